"""The word shingles of a document's blocks: which blocks share them, and how many.

A page has a few hundred blocks and a few thousand shingles: Python's sets of word tuples, built
and intersected in C, answer faster than arrays of hashes would (numpy's fixed cost per call
outweighs the work at this size), and they are exact: two shingles are shared only when their
words are equal, never because two hashes collide. MinHash signatures (:mod:`cleanpress.minhash`)
are computed only for the few blocks that can be near-duplicates.
"""
from __future__ import annotations

from collections import Counter
from itertools import chain
from typing import Sequence

Shingle = tuple[str, ...]


def shingles(words: Sequence[str], k: int) -> list[Shingle]:
    """The word k-grams of one block, in text order; a block of ``k`` words or fewer is one.

    >>> shingles(("a", "b", "c"), 2)
    [('a', 'b'), ('b', 'c')]
    >>> shingles(("a",), 2)
    [('a',)]
    """
    return list(_windows(words, k))


def _windows(words: Sequence[str], k: int):
    if len(words) <= k:
        return (tuple(words),) if words else ()
    if k == 2:
        return zip(words, words[1:])
    return zip(*(words[j:] for j in range(k)))


class ShingleIndex:
    """The shingles of a document's blocks (one list of words per block), for finding copies.

    >>> index = ShingleIndex([["a", "b", "c"], ["a", "b", "x"], ["q", "r"]], 2)
    >>> index.size, index.shared_count
    ([2, 2, 1], [1, 1, 0])
    >>> index.overlaps_of([0, 2])
    {0: {1: 1}, 2: {}}
    """

    def __init__(self, token_lists: Sequence[Sequence[str]], k: int):
        self.words, self.k = token_lists, k
        #: each block's distinct shingles
        self.distinct = [set(_windows(t, k)) for t in token_lists]
        # Shingles found in more than one block, by two set operations per block in C.
        seen: set[Shingle] = set()
        shared: set[Shingle] = set()
        for s in self.distinct:
            shared |= s & seen
            seen |= s
        self.shared = shared
        #: distinct shingles per block, and how many of them occur in another block
        self.size = [len(s) for s in self.distinct]
        self.shared_count = [len(s & shared) for s in self.distinct] if shared else [0] * len(self.distinct)

    def ordered(self, b: int) -> list[Shingle]:
        """Block ``b``'s shingles in text order."""
        return shingles(self.words[b], self.k)

    def overlaps_of(self, bs: Sequence[int]) -> dict[int, dict[int, int]]:
        """For each block in ``bs``, how many distinct shingles it shares with each other block
        that shares any, by block number."""
        mine = {b: self.distinct[b] & self.shared for b in bs}
        wanted = set().union(*mine.values())
        owners: dict[Shingle, list[int]] = {x: [] for x in wanted}
        if wanted:
            for b, s in enumerate(self.distinct):
                for x in s & wanted:
                    owners[x].append(b)
        out = {}
        for b in bs:
            counts = Counter(chain.from_iterable(map(owners.__getitem__, mine[b])))
            del counts[b]
            out[b] = dict(sorted(counts.items()))
        return out
