"""Shallow features of a block, the evidence boilerplate detection weighs.

After Kohlschütter et al. (WSDM 2010) and jusText: length, stop-word density, terminal
punctuation, capitalisation; language-neutral where it can be, so pages in Korean or Japanese
are judged too.
"""
from __future__ import annotations

from dataclasses import dataclass
import regex

from .stopwords import ALL, CJK_FUNCTION_CHARS

WORD = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’_-]*")
# Scripts written without spaces between words.
CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_END = regex.compile(r"""[.!?…。！？:;](?:["'”’»)\]]|\s)*$""")
_SENTENCE_END = regex.compile(r"""[.!?…。！？](?:["'”’»)\]])*(?:\s|$)""")
_BULLET = regex.compile(r"^\s*(?:[*•·▪►▸›»–—-]|\d{1,2}[.)])\s")


@dataclass(frozen=True)
class Features:
    chars: int
    words: int
    #: Length in "Latin characters": CJK characters count three, since each carries a word or so.
    weight: int
    stop_density: float
    #: Share of words that start with a capital letter, among words that start with a cased letter.
    capitalised: float
    #: No word starts with a cased letter (Korean, Japanese, numbers): no case to tell a headline by.
    caseless: bool
    #: Ends like a sentence (., !, ?, 。, closing quote after them).
    terminal: bool
    #: Number of sentence ends inside the block.
    sentence_ends: int
    #: Starts with a list bullet ("* ", "• ", "1. ").
    bullet: bool
    commas: int


def tokens(text: str) -> list[str]:
    """Lower-cased words.

    >>> tokens("Moscow time.Later, the White-House")
    ['moscow', 'time', 'later', 'the', 'white-house']
    """
    return [w.lower() for w in WORD.findall(text)]


_PUNCT = "\"'“”‘’«»()[]{}<>.,;:!?…*•·|/-–—"


def features(text: str, stoplist: frozenset[str] = ALL) -> Features:
    """Features of one block (``text`` with white space folded)."""
    flat = text.strip()
    # Words by white space: several times cheaper than a regular expression, and as good for
    # counting and stop words.
    words = [w for w in (t.strip(_PUNCT) for t in flat.split()) if w]
    n = len(words)
    cjk = len(CJK.findall(flat)) if flat and max(flat) >= "\u3040" else 0
    if cjk > len(flat) / 3:
        # No spaces between words: count function characters instead of words.
        stops = sum(1 for ch in flat if ch in CJK_FUNCTION_CHARS)
        density = stops / max(cjk, 1) * 2.5
        n = max(n, cjk // 2)
    else:
        stops = sum(1 for w in words if w.lower() in stoplist)
        density = stops / n if n else 0.0
    cased = [w for w in words if w[0].isupper() or w[0].islower()]
    caps = sum(1 for w in cased if w[0].isupper()) / len(cased) if cased else 0.0
    return Features(
        chars=len(flat),
        words=n,
        weight=len(flat) + 2 * cjk,
        stop_density=density,
        capitalised=caps,
        caseless=not cased,
        terminal=bool(_END.search(flat[-4:])),
        sentence_ends=len(_SENTENCE_END.findall(flat)),
        bullet=bool(_BULLET.match(flat)),
        commas=flat.count(",") + flat.count("，") + flat.count("、"),
    )
