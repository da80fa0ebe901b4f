"""One immutable configuration for the cleaner.

Every option is documented where it is defined. Override by keyword::

    >>> from cleanpress import Config
    >>> import dataclasses
    >>> dataclasses.replace(Config(), near_duplicate_threshold=0.9).near_duplicate_threshold
    0.9

The library never reads configuration files: callers build a ``Config`` and pass it in.
"""
from __future__ import annotations

from dataclasses import dataclass, field


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

    #: Estimated Jaccard similarity of word shingles at or above which two blocks are
    #: near-duplicates (MinHash LSH). Lower finds more edited copies, at some risk to
    #: distinct paragraphs that share boilerplate phrasing.
    near_duplicate_threshold: float = 0.7
    #: Share of a block's words that must occur in other blocks for the block to count as
    #: a copy of them (a teaser repeating the lead, a summary glued from the paragraphs).
    containment_threshold: float = 0.9
    #: Words per shingle for duplicate detection.
    shingle_size: int = 3
    #: MinHash permutations (more is more accurate and slower).
    num_perm: int = 128
    #: Blocks shorter than this many words are not compared as near-duplicates
    #: (only exact repeats are); short lines share shingles by chance.
    min_duplicate_words: int = 8

    #: Extra chrome patterns (regular expressions matched against a whole stripped
    #: block, case-insensitive), reported as CP199.
    extra_chrome: tuple[str, ...] = ()
    #: Patterns for blocks that must always stay, whatever any rule says.
    keep: tuple[str, ...] = ()

    #: Move metadata lines (a leading URL, a publication timestamp) into
    #: ``CleanResult.metadata`` as well as removing them.
    extract_metadata: bool = True

    def wants(self, code: str) -> bool:
        """True when the rule ``code`` is enabled by ``select`` and ``ignore``.

        >>> Config(select=("CP1",), ignore=("CP105",)).wants("CP101")
        True
        >>> Config(select=("CP1",), ignore=("CP105",)).wants("CP105")
        False
        >>> Config(select=("CP1",)).wants("CP301")
        False
        """
        if any(code.startswith(p) for p in self.ignore):
            return False
        return not self.select or any(code.startswith(p) for p in self.select)


DEFAULT = Config()
