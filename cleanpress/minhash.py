"""MinHash signatures of word shingles, computed in bulk, identical to datasketch's.

datasketch's ``MinHash.update`` hashes one shingle at a time in Python. Here every word of a
document is hashed once (CRC-32, stable across runs and machines, unlike ``hash()``), shingle
hashes are combined from word hashes with numpy, and one broadcast applies datasketch's own
``affine32`` permutations. The result equals ``datasketch.MinHash(hashfunc=int).update_batch``
over the same shingle hashes (a test checks it), so the signatures work with ``LeanMinHash``
and ``MinHashLSH``.
"""
from __future__ import annotations

import zlib
from functools import lru_cache
from itertools import chain
from typing import Sequence

import numpy as np

SEED = 1
SCHEME = "affine32"
_MIX = (np.uint32(0x9E3779B1), np.uint32(0x85EBCA77), np.uint32(0xC2B2AE3D), np.uint32(0x27D4EB2F))


class _WordHashes(dict):
    """word -> CRC-32, filled on first use; a dict lookup costs a tenth of an ``lru_cache`` call."""

    LIMIT = 1 << 17

    def __missing__(self, word: str) -> int:
        if len(self) >= self.LIMIT:
            self.clear()
        h = self[word] = zlib.crc32(word.encode("utf-8", "surrogatepass"))
        return h


_WORD_HASH = _WordHashes()


def word_hashes(words: Sequence[str]) -> np.ndarray:
    """Stable 32-bit hashes of words (CRC-32: the same on every machine and under every seed)."""
    return np.fromiter(map(_WORD_HASH.__getitem__, words), dtype=np.uint32, count=len(words))


def shingle_hashes(wh: np.ndarray, k: int) -> np.ndarray:
    """Hashes of the word k-grams of one block (one shingle for a block shorter than ``k``).

    >>> len(shingle_hashes(word_hashes("a b c d".split()), 3))
    2
    >>> len(shingle_hashes(word_hashes(["a"]), 3))
    1
    """
    n = len(wh)
    if n == 0:
        return wh[:0]
    k = min(k, n)
    with np.errstate(over="ignore"):
        h = np.zeros(n - k + 1, dtype=np.uint32)
        for j in range(k):
            h = h * _MIX[j % 4] + wh[j:n - k + 1 + j] + np.uint32(j)
    return h


def _fmix32(h: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        h = h ^ (h >> np.uint32(16))
        h = h * np.uint32(0x85EBCA6B)
        h = h ^ (h >> np.uint32(13))
        h = h * np.uint32(0xC2B2AE35)
        return h ^ (h >> np.uint32(16))


@lru_cache(maxsize=8)
def permutations(num_perm: int, seed: int = SEED) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's permutation parameters for ``num_perm`` and ``seed`` (affine32 scheme).

    Drawn the way ``datasketch.MinHash`` draws them (a test checks they are equal), without
    importing datasketch, which pulls in scipy and costs a second at start-up.
    """
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def signatures(groups: Sequence[np.ndarray], num_perm: int, seed: int = SEED) -> np.ndarray:
    """One MinHash signature per group of shingle hashes, shape ``(len(groups), num_perm)``.

    Every group must be non-empty.
    """
    a, b = permutations(num_perm, seed)
    sizes = np.fromiter((len(g) for g in groups), dtype=np.int64, count=len(groups))
    if len(groups) == 0:
        return np.zeros((0, num_perm), dtype=np.uint32)
    if (sizes == 0).any():
        raise ValueError("every group needs at least one shingle")
    hv = _fmix32(np.concatenate(groups))[:, None]
    with np.errstate(over="ignore"):
        phv = hv * a[None, :] + b[None, :]
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    return np.minimum.reduceat(phv, starts, axis=0)


def similar_pairs(sigs: np.ndarray, threshold: float) -> list[tuple[int, int, float]]:
    """Every pair of rows ``(i, j)``, ``i < j``, whose signatures estimate a Jaccard similarity
    of at least ``threshold``, with that estimate: each row against all later ones at once.

    >>> similar_pairs(np.array([[1, 2, 3, 4], [1, 2, 3, 0], [9, 9, 9, 9]]), 0.5)
    [(0, 1, 0.75)]
    """
    out = []
    for i in range(len(sigs) - 1):
        sims = (sigs[i + 1:] == sigs[i]).mean(axis=1)
        out += [(i, i + 1 + m, float(sims[m])) for m in np.flatnonzero(sims >= threshold).tolist()]
    return out


def lean(signature: np.ndarray, seed: int = SEED):
    """A datasketch ``LeanMinHash`` holding ``signature``."""
    from datasketch import LeanMinHash

    return LeanMinHash(seed=seed, hashvalues=signature, scheme=SCHEME)


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted: ``np.unique`` without its fixed cost (several times a sort
    of a page's shingles).

    >>> _distinct(np.array([3, 1, 3, 2], dtype=np.uint64)).tolist()
    [1, 2, 3]
    """
    s = np.sort(values)
    keep = np.ones(len(s), dtype=bool)
    keep[1:] = s[1:] != s[:-1]
    return s[keep]


class ShingleIndex:
    """The shingles of a document's blocks, in flat numpy arrays, for finding copies.

    Built with a handful of array operations per document instead of a Python set per block:
    which blocks share a shingle with another, and how many each pair shares.
    """

    def __init__(self, token_lists: Sequence[Sequence[str]], k: int):
        n = len(token_lists)
        sizes = np.fromiter(map(len, token_lists), dtype=np.int64, count=n)
        wh = word_hashes(list(chain.from_iterable(token_lists)))
        ends = np.cumsum(sizes)
        starts = ends - sizes
        parts_h, parts_b = [], []
        if len(wh) >= k:
            # Windows over the whole document; keep those inside one block.
            win = shingle_hashes(wh, k) if k > 1 else wh
            block_of = np.repeat(np.arange(n), sizes)
            ok = block_of[:len(win)] == block_of[k - 1:]
            parts_h.append(win[ok])
            parts_b.append(block_of[:len(win)][ok])
        short = np.flatnonzero((sizes < k) & (sizes > 0))
        for b in short:  # a block shorter than k words is one shingle of all its words
            parts_h.append(shingle_hashes(wh[starts[b]:ends[b]], k))
            parts_b.append(np.array([b]))
        h = np.concatenate(parts_h) if parts_h else np.zeros(0, np.uint32)
        b = np.concatenate(parts_b) if parts_b else np.zeros(0, np.int64)
        if len(short):
            order = np.argsort(b, kind="stable")  # by block, shingles in text order
            h, b = h[order], b[order]
        #: shingle hashes and their block, in text order within each block
        self.hashes, self.blocks = h, b
        self.bounds = np.searchsorted(b, np.arange(n + 1))
        pairs = _distinct((b.astype(np.uint64) << np.uint64(32)) | h.astype(np.uint64))
        #: each block's distinct shingles, block-major, hashes sorted within a block
        self.ub = (pairs >> np.uint64(32)).astype(np.int64)
        self.uh = (pairs & np.uint64(0xFFFFFFFF)).astype(np.uint32)
        # One stable sort by hash tells which shingles occur in more than one block (a block's
        # shingles are distinct, so equal neighbours belong to different blocks).
        by_hash = np.argsort(self.uh, kind="stable")
        sh = self.uh[by_hash]
        same = sh[1:] == sh[:-1]
        shared_sorted = np.zeros(len(sh), dtype=bool)
        shared_sorted[1:] |= same
        shared_sorted[:-1] |= same
        self.shared = np.empty(len(sh), dtype=bool)
        self.shared[by_hash] = shared_sorted
        #: distinct shingles per block, and how many of them occur in another block
        self.size = np.bincount(self.ub, minlength=n)
        self.shared_count = np.bincount(self.ub, weights=self.shared, minlength=n)
        # The shared (hash, block) pairs sorted by hash, to look up who else has a shingle.
        self._sh = sh[shared_sorted]
        self._sb = self.ub[by_hash][shared_sorted]

    def ordered(self, b: int) -> np.ndarray:
        """Block ``b``'s shingle hashes in text order."""
        return self.hashes[self.bounds[b]:self.bounds[b + 1]]

    def distinct(self, b: int) -> np.ndarray:
        lo, hi = np.searchsorted(self.ub, [b, b + 1])
        return self.uh[lo:hi]

    def overlaps_of(self, bs: Sequence[int]) -> dict[int, dict[int, int]]:
        """For each block in ``bs``, how many distinct shingles it shares with each other block,
        computed at once: every shared shingle of a block meets the other blocks in its run of
        equal hashes.

        >>> ShingleIndex([["a", "b", "c"], ["a", "b", "x"], ["q", "r"]], 2).overlaps_of([0, 2])
        {0: {1: 1}, 2: {}}
        """
        out: dict[int, dict[int, int]] = {b: {} for b in bs}
        sh, sb = self._sh, self._sb
        if not out or not len(sh):
            return out
        n = len(self.size)
        new = np.ones(len(sh), dtype=bool)
        new[1:] = sh[1:] != sh[:-1]
        group = np.cumsum(new) - 1
        gstart = np.flatnonzero(new)
        gsize = np.diff(np.append(gstart, len(sh)))
        mine = np.flatnonzero(np.isin(sb, np.fromiter(out, dtype=np.int64, count=len(out))))
        lengths = gsize[group[mine]]
        total = int(lengths.sum())
        # For each shingle of a block in bs, every entry of its run: (that block, the other).
        first = np.repeat(gstart[group[mine]] - (np.cumsum(lengths) - lengths), lengths)
        other = sb[first + np.arange(total)]
        src = np.repeat(sb[mine], lengths)
        keys = np.sort(src[src != other] * n + other[src != other])
        if len(keys):
            edge = np.ones(len(keys), dtype=bool)
            edge[1:] = keys[1:] != keys[:-1]
            starts = np.flatnonzero(edge)
            counts = np.diff(np.append(starts, len(keys)))
            for key, c in zip(keys[starts].tolist(), counts.tolist()):
                out[key // n][key % n] = c
        return out
