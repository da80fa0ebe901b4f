"""Shallow features of a block, the evidence boilerplate detection weighs.

After Kohlschütter et al. (WSDM 2010) and jusText: length, stop-word density, terminal
punctuation, capitalisation; language-neutral where it can be, so pages in Korean or Japanese
are judged too.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import regex

from .stopwords import ALL, CJK_FUNCTION_CHARS

WORD = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’_-]*")
# WORD on lower-case ASCII text, where the standard library's engine is faster.
_ASCII_WORD = re.compile(r"[a-z0-9][a-z0-9'_-]*")
# WORD on text in the Latin, Greek and Cyrillic blocks and general punctuation, which hold no
# combining mark: there the standard library's \w is exactly letters and numbers (a test checks
# every character of these ranges).
_SIMPLE_WORD = re.compile(r"[^\W_][\w'’-]*")
SIMPLE_RANGES = ((0x0000, 0x02FF), (0x0370, 0x0482), (0x048A, 0x052F), (0x1E00, 0x1EFF), (0x2000, 0x208E))
_NOT_SIMPLE = re.compile("[^" + "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in SIMPLE_RANGES) + "]")
# Scripts written without spaces between words.
CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
# Any character from Hiragana on, where CJK begins: a scan in C (``max(text)`` makes a string of
# every character).
_FROM_KANA = re.compile("[\u3040-\U0010ffff]")
_END = re.compile(r"""[.!?…。！？।॥؟:;](?:["'”’»)\]]|\s)*$""")
_SENTENCE_END = re.compile(r"""[.!?…。！？।॥؟](?:["'”’»)\]])*(?:\s|$)""")
_BULLET_CHARS = frozenset("*•·▪►▸›»–—-0123456789")
_BULLET = re.compile(r"^\s*(?:[*•·▪►▸›»–—-]|\d{1,2}[.)])\s")


class Features(NamedTuple):
    words: int
    #: Length in "Latin characters": CJK characters count three, since each carries a word or so.
    weight: int
    stop_density: float
    #: Share of words that start with a capital letter, among words that start with a cased letter.
    capitalised: float
    #: Letters, none of them cased (Chinese, Japanese, Korean, Arabic, Thai...): no case to tell a
    #: headline or a menu item by.
    caseless: bool
    #: Ends like a sentence (., !, ?, 。, closing quote after them).
    terminal: bool
    #: Number of sentence ends inside the block.
    sentence_ends: int
    #: Starts with a list bullet ("* ", "• ", "1. ").
    bullet: bool


def words(text: str) -> list[str]:
    """Lower-cased words (:data:`WORD`), through the standard library's engine where the text
    allows it: every character ASCII, or in ranges without combining marks.

    >>> words("Moscow time.Later, the White-House")
    ['moscow', 'time', 'later', 'the', 'white-house']
    """
    low = text.lower()
    if low.isascii():
        return _ASCII_WORD.findall(low)
    return (WORD if _NOT_SIMPLE.search(low) else _SIMPLE_WORD).findall(low)


@lru_cache(maxsize=1 << 12)  # a page's blocks, for its decision rounds: small, or memory grows
def tokens(text: str) -> tuple[str, ...]:
    """The :func:`words` of a block, cached: every decision round of a page asks again.

    >>> tokens("Moscow time.Later, the White-House")
    ('moscow', 'time', 'later', 'the', 'white-house')
    """
    return tuple(words(text))


_made = tuple.__new__

#: Stop words as they appear between white space: bare, or with a comma or a full stop after.
_STOP_TOKENS = frozenset(w + p for w in ALL for p in ("", ",", ".", ";", ":"))


@lru_cache(maxsize=1 << 14)
def ends_like_a_sentence(flat: str) -> bool:
    """Whether a block ends as a sentence does: a full stop, a question or exclamation mark (in
    the scripts we cover, Hindi's danda among them), a colon or a semicolon, maybe a closing
    quotation mark or bracket after it (:attr:`Features.terminal`)."""
    return _END.search(flat[-4:]) is not None


def features(text: str, stoplist: frozenset[str] = ALL) -> Features:
    """Features of one block (``text`` with white space folded).

    Counting is left to ``str`` methods mapped in C: this runs on every block of every page,
    and menus repeat, so results are cached by text.

    >>> f = features("The council approved the budget on Monday, officials said.")
    >>> f.words, round(f.stop_density, 2), f.terminal, f.capitalised
    (9, 0.44, True, 0.2222222222222222)
    >>> hindi = "नगर निगम के अधिकारियों ने बताया कि पंप लगाए गए हैं। स्थिति पर नजर रखी जा रही है।"
    >>> features(hindi).terminal, features(hindi).sentence_ends  # a sentence ends with a danda
    (True, 2)
    """
    flat = text.strip()
    words = flat.split()
    n = len(words)
    stops = _STOP_TOKENS if stoplist is ALL else stoplist
    cjk = len(CJK.findall(flat)) if not flat.isascii() and _FROM_KANA.search(flat) else 0
    if cjk > len(flat) / 3:
        # No spaces between words: count function characters instead of words.
        density = sum(map(CJK_FUNCTION_CHARS.__contains__, flat)) / max(cjk, 1) * 2.5
        n = max(n, cjk // 2)
    else:
        density = sum(map(stops.__contains__, flat.lower().split())) / n if n else 0.0
    upper = sum(map(str.istitle, words))
    lower = sum(map(str.islower, words))
    terminal = ends_like_a_sentence(flat)
    return _made(Features, (  # positional, in the order of the fields: keywords cost a third more
        n,  # words
        len(flat) + 2 * cjk,  # weight
        density,  # stop_density
        upper / (upper + lower) if upper + lower else 0.0,  # capitalised
        not (upper or lower) and flat.upper() == flat.lower() and any(map(str.isalpha, flat)),  # caseless
        terminal,
        # sentence_ends: only blocks long enough to be prose need theirs counted.
        len(_SENTENCE_END.findall(flat)) if len(flat) >= 70 else int(terminal),
        flat[:1] in _BULLET_CHARS and _BULLET.match(flat) is not None,  # bullet
    ))
