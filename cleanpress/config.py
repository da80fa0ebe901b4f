"""One immutable configuration for the cleaner.

Every option is documented where it is defined. Override by keyword::

    >>> from cleanpress import Config
    >>> import dataclasses
    >>> dataclasses.replace(Config(), near_duplicate_threshold=0.9).near_duplicate_threshold
    0.9

The library never reads configuration files: callers build a ``Config`` and pass it in.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass

import regex

from .errors import ConfigError, InputError


@dataclass(frozen=True)
class Config:
    #: Rule codes (or code prefixes such as ``"CP1"``) whose removals are applied.
    #: Empty means every rule.
    select: tuple[str, ...] = ()
    #: Rule codes or prefixes that are never applied (wins over ``select``).
    ignore: tuple[str, ...] = ()

    #: Remove chrome lines recognised by the pattern rules (CP1xx).
    chrome_patterns: bool = True
    #: Judge blocks by their features and context, and keep the main body of prose (CP2xx).
    boilerplate: bool = True
    #: Remove repeated titles and duplicate blocks inside a document (CP3xx).
    duplicates: bool = True

    #: Repair the text that stays (CP4xx): mojibake, Unicode NFC, odd and invisible spaces,
    #: trailing spaces, control characters, glued sentences, a final newline. Turn one repair
    #: off by ignoring its code (``ignore=("CP402",)``).
    canonical: bool = True
    #: Straighten curly quotes (CP409). Off: the author's punctuation is kept.
    uncurl_quotes: bool = False

    #: Estimated Jaccard similarity of word shingles (MinHash) at or above which two blocks
    #: are near-duplicates. Lower finds more edited copies, at some risk to distinct
    #: paragraphs that share phrasing. 0.6 with word pairs finds 94% of AEB paragraphs with
    #: 1-3 words changed and no more distinct pairs than exact matching does.
    near_duplicate_threshold: float = 0.6
    #: Share of a block's words that must occur in other blocks for the block to count as
    #: a copy of them (a teaser repeating the lead, a summary glued from the paragraphs).
    containment_threshold: float = 0.9
    #: Words per shingle for duplicate detection (pairs: a changed word spoils fewer shingles).
    shingle_size: int = 2
    #: MinHash permutations (more is more accurate and slower).
    num_perm: int = 128
    #: Blocks shorter than this many words are not compared as near-duplicates or contained
    #: copies: list items and short lines share shingles by chance.
    min_duplicate_words: int = 8

    #: Extra chrome patterns (regular expressions searched in each block, white space folded,
    #: case-insensitive; anchor them with ^ and $), reported as CP199.
    extra_chrome: tuple[str, ...] = ()
    #: Patterns (searched like ``extra_chrome``) for blocks that must always stay, whatever any
    #: rule says.
    keep: tuple[str, ...] = ()

    #: Move metadata lines (a leading URL, a publication timestamp) into
    #: ``CleanResult.metadata`` as well as removing them.
    extract_metadata: bool = True

    def __post_init__(self) -> None:
        from .rules import RULES

        for name in ("select", "ignore", "extra_chrome", "keep"):
            value = getattr(self, name)
            if isinstance(value, str) or not isinstance(value, (tuple, list)):
                raise ConfigError(f"{name} must be a list of strings, got {value!r}")
            object.__setattr__(self, name, tuple(value))
        for name in ("near_duplicate_threshold", "containment_threshold"):
            v = getattr(self, name)
            if not isinstance(v, (int, float)) or not 0.0 < v <= 1.0:
                raise ConfigError(f"{name} must be a number in (0, 1], got {v!r}")
        for name in ("shingle_size", "num_perm", "min_duplicate_words"):
            v = getattr(self, name)
            if not isinstance(v, int) or v < 1:
                raise ConfigError(f"{name} must be a positive integer, got {v!r}")
        for name in ("select", "ignore"):
            for prefix in getattr(self, name):
                if not any(code.startswith(prefix) for code in RULES):
                    fixed = "CP" + prefix[2:].upper().replace("O", "0").replace("I", "1").replace("L", "1")
                    near = [fixed] if any(c.startswith(fixed) for c in RULES) else difflib.get_close_matches(prefix, RULES, n=1)
                    hint = f"; did you mean {near[0]}?" if near else "; see 'cleanpress rules'"
                    raise ConfigError(f"{name}: no rule code starts with {prefix!r}{hint}")
        # The rules this configuration applies, looked up for every edit.
        object.__setattr__(self, "_enabled", frozenset(
            code for code, rule in RULES.items()
            if not any(code.startswith(p) for p in self.ignore)
            and (any(code.startswith(p) and (rule.default or len(p) > 2) for p in self.select)
                 or (not self.select and rule.default))))
        for name in ("extra_chrome", "keep"):
            for pattern in getattr(self, name):
                try:
                    regex.compile(pattern)
                except regex.error as e:
                    raise ConfigError(f"{name}: invalid regular expression {pattern!r}: {e}") from None

    def wants(self, code: str) -> bool:
        """True when the rule ``code`` is enabled by ``select`` and ``ignore``.

        >>> Config(select=("CP1",), ignore=("CP105",)).wants("CP101")
        True
        >>> Config(select=("CP1",), ignore=("CP105",)).wants("CP105")
        False
        >>> Config(select=("CP1",)).wants("CP301")
        False
        >>> Config().wants("CP306"), Config(select=("CP",)).wants("CP306"), Config(select=("CP3",)).wants("CP306")
        (False, False, True)
        """
        return code in self._enabled


DEFAULT = Config()


# Near-duplicate documents across a corpus (``cleanpress dedup``, :mod:`cleanpress.dedup`) ----------
#: Defaults chosen on corpora of real articles with variants that edit 5-20% of the words, swap
#: paragraphs and add chrome (bench/corpusgen.py, two seeds): word pairs separate true copies
#: (lowest exact Jaccard 0.27) from distinct articles (highest 0.15) best; three-word shingles
#: narrow the gap (0.15 against 0.11). Pair precision and recall are both 1.0 from 0.25 to 0.3
#: with pairs; 0.3 is the safer end on precision.
SHINGLE_SIZE = 2
THRESHOLD = 0.3
NUM_PERM = 128


@dataclass(frozen=True)
class DedupConfig:
    """The settings of near-duplicate search across documents: the estimated Jaccard similarity
    of word shingles at which two documents are copies, words per shingle, signature length."""

    threshold: float = THRESHOLD
    shingle_size: int = SHINGLE_SIZE
    num_perm: int = NUM_PERM

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0:
            raise InputError(f"threshold must be in (0, 1], not {self.threshold}")
        if self.shingle_size < 1 or self.num_perm < 16:
            raise InputError("shingle size must be at least 1 and num-perm at least 16")
