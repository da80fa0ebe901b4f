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


#: Shingles per bulk computation: the permuted hashes (shingles x num_perm) stay a few MB, in
#: cache, instead of growing with the input.
BATCH_SHINGLES = 2048


def signatures(groups: Sequence[np.ndarray], num_perm: int, seed: int = SEED) -> np.ndarray:
    """One MinHash signature per group of shingle hashes, shape ``(len(groups), num_perm)``,
    computed for batches of about :data:`BATCH_SHINGLES` shingles at a time.

    Every group must be non-empty.
    """
    a, b = permutations(num_perm, seed)
    out, batch, size = [], [], 0
    for g in groups:
        if not len(g):
            raise ValueError("every group needs at least one shingle")
        if len(g) > BATCH_SHINGLES:  # a long document alone: the minimum of its batches' minima
            if batch:
                out.append(_signatures(batch, a, b))
                batch, size = [], 0
            parts = [_signatures([g[i:i + BATCH_SHINGLES]], a, b) for i in range(0, len(g), BATCH_SHINGLES)]
            out.append(np.minimum.reduce(parts))
            continue
        batch.append(g)
        size += len(g)
        if size >= BATCH_SHINGLES:
            out.append(_signatures(batch, a, b))
            batch, size = [], 0
    if batch or not out:
        out.append(_signatures(batch, a, b))
    return np.concatenate(out)


def _signatures(groups: list[np.ndarray], a: np.ndarray, b: np.ndarray) -> np.ndarray:
    if not groups:
        return np.zeros((0, len(a)), dtype=np.uint32)
    sizes = np.fromiter(map(len, groups), dtype=np.int64, count=len(groups))
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
