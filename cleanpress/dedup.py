"""Near-duplicate documents across a corpus: MinHash signatures, LSH bands, clusters, survivors.

1. Each document's words (lower-cased, as :func:`cleanpress.features.words` finds them) are cut
   into ``shingle_size``-word shingles and turned into a MinHash signature, in bulk for a chunk of
   documents (:func:`cleanpress.minhash.signatures`, equal to datasketch's).
2. The signature is cut into LSH bands (``bands`` x ``rows``, datasketch's optimal choice for the
   threshold); documents that share a band are candidates, and a candidate pair is an edge when
   the signatures estimate a Jaccard similarity at or above ``threshold``.
3. Clusters are the connected components of the edges (A~B and B~C put A, B and C together
   even when A and C differ more). Survivor rule, deterministic: the document already in the
   index, else the one with the highest ``priority`` (when a priority field is given), else the
   earliest in input order. Every other member is dropped.

Indexes: :class:`MemoryIndex` for one run; :class:`SqliteIndex` persists signatures and band keys
in one file (``--index PATH``), so a later run dedupes against everything indexed before.
"""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Sequence

import numpy as np

# The defaults and DedupConfig are plain data, kept with Config: importing them needs no numpy.
from .config import NUM_PERM, SHINGLE_SIZE, THRESHOLD, DedupConfig  # noqa: F401
from .errors import InputError
from .features import words as words_of
from .minhash import shingle_hashes, signatures, word_hashes


@lru_cache(maxsize=64)
def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands and rows that balance false positives and negatives at ``threshold``: datasketch's
    own choice with equal weights (a test checks they are equal), computed without importing
    datasketch, which pulls in scipy and costs a second and a half at start-up.

    The probability that a pair of similarity ``s`` shares a band is ``1 - (1 - s**r)**b``; false
    positives are its integral below the threshold, false negatives that of its complement
    above. Both are polynomials of degree ``b * r <= num_perm``, which Gauss-Legendre quadrature
    with ``num_perm // 2 + 1`` nodes integrates exactly, for every (b, r) at once.

    >>> lsh_params(0.3, 128)
    (37, 3)
    """
    pairs = np.array([(b, r) for b in range(1, num_perm + 1) for r in range(1, num_perm // b + 1)], dtype=float)
    b, r = pairs[:, :1], pairs[:, 1:]
    nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 1)

    def integral(f, lo: float, hi: float) -> np.ndarray:
        s = (hi - lo) / 2 * nodes + (hi + lo) / 2
        return (hi - lo) / 2 * (f(s) * weights).sum(axis=1)

    false_positive = integral(lambda s: 1 - (1 - s ** r) ** b, 0.0, threshold)
    false_negative = integral(lambda s: (1 - s ** r) ** b, threshold, 1.0)
    best = int(np.argmin(0.5 * false_positive + 0.5 * false_negative))  # the first of equals
    return int(pairs[best, 0]), int(pairs[best, 1])


#: The default parameters.
DEFAULT = DedupConfig()


def document_signatures(texts: Sequence[str], config: DedupConfig) -> np.ndarray:
    """One signature per text, shape ``(len(texts), num_perm)``, a chunk of texts in bulk.

    An empty text gets the signature of one empty shingle, so all empty texts are one cluster.
    """
    groups = []
    for t in texts:
        words = words_of(t)  # not tokens(): whole documents are not worth caching
        groups.append(shingle_hashes(word_hashes(words), config.shingle_size) if words
                      else np.zeros(1, dtype=np.uint32))
    return signatures(groups, config.num_perm)  # in batches that stay in cache


@dataclass
class Member:
    """A document of the run or of the index."""

    source: str
    line: int
    id: Any = None
    #: A number; higher survives (documents without one rank below all that have one).
    priority: float | None = None
    #: In the index before this run.
    indexed: bool = False
    #: Its number in the index (the order of the runs and documents that added it).
    indexed_at: int = 0


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures: the share of equal values (``np.mean``
    gives the same number, at several times the cost, for each of millions of pairs).

    >>> similarity(np.array([1, 2, 3, 4]), np.array([1, 2, 0, 0]))
    0.5
    """
    return int(np.count_nonzero(a == b)) / a.size


@lru_cache(maxsize=16)
def _band_numbers(bands: int) -> tuple[bytes, ...]:
    return tuple(b.to_bytes(1 if bands < 256 else 2, "big") for b in range(bands))


def band_keys(sig: np.ndarray, bands: int, rows: int) -> list[bytes]:
    """The LSH band keys of a signature: each band's number (two bytes from 256 bands on), then
    its rows' bytes. Sliced from the signature's bytes: a numpy slice per band costs three times
    as much.

    >>> band_keys(np.array([7, 9], dtype=np.uint32), 2, 1)
    [b'\\x00\\x07\\x00\\x00\\x00', b'\\x01\\t\\x00\\x00\\x00']
    """
    raw = sig.tobytes()
    w = rows * sig.itemsize
    return [number + raw[b * w:(b + 1) * w] for b, number in enumerate(_band_numbers(bands))]


class MemoryIndex:
    """Band keys in a dict: one run, nothing kept."""

    def __init__(self, bands: int, rows: int):
        self.bands, self.rows = bands, rows
        self.table: dict[bytes, list[int]] = {}
        self.sigs: list[np.ndarray] = []
        self.members: list[Member] = []

    def __len__(self) -> int:
        return len(self.members)

    def keys(self, sig: np.ndarray) -> list[bytes]:
        return band_keys(sig, self.bands, self.rows)

    def candidates(self, sig: np.ndarray, keys: list[bytes]) -> set[int]:
        """Documents that share a band with ``sig`` (whose band keys are ``keys``)."""
        out: set[int] = set()
        for k in keys:
            out.update(self.table.get(k, ()))
        return out

    def add(self, sig: np.ndarray, keys: list[bytes], member: Member) -> int:
        n = len(self.members)
        self.members.append(member)
        self.sigs.append(sig)
        for k in keys:
            self.table.setdefault(k, []).append(n)
        return n

    def signature(self, n: int) -> np.ndarray:
        return self.sigs[n]

    def memory(self) -> int:
        """Bytes this index holds in memory: band tables, signatures, members (Python's own sizes)."""
        import sys

        size = sys.getsizeof(self.table) + sys.getsizeof(self.sigs) + sys.getsizeof(self.members)
        size += sum(sys.getsizeof(k) + sys.getsizeof(v) for k, v in self.table.items())
        size += sum(s.nbytes + 112 for s in self.sigs)  # an array's data and its header
        size += sum(sys.getsizeof(m) + sys.getsizeof(m.__dict__) + sys.getsizeof(m.source) for m in self.members)
        return size

    def commit(self) -> None:
        pass

    def close(self) -> None:
        pass


class SqliteIndex(MemoryIndex):
    """Signatures and band keys in an SQLite file: embedded, no server, safe for concurrent
    runs (SQLite's own locking), growing with every run that commits.

    The run's own documents are held in memory like :class:`MemoryIndex`; documents indexed by
    earlier runs are looked up on disk by band key. ``commit`` appends the run's documents.
    """

    def __init__(self, path: str, bands: int, rows: int, config: DedupConfig):
        super().__init__(bands, rows)
        self.path = path
        try:
            self.db = sqlite3.connect(path, timeout=60)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.executescript("""
                CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
                CREATE TABLE IF NOT EXISTS docs (n INTEGER PRIMARY KEY, source TEXT, line INTEGER,
                                                 id TEXT, sig BLOB);
                CREATE TABLE IF NOT EXISTS bands (key BLOB, doc INTEGER);
                CREATE INDEX IF NOT EXISTS bands_key ON bands (key);
            """)
        except sqlite3.DatabaseError as e:
            raise InputError(f"not a cleanpress index: {e}", source=path,
                             hint="give --index a new file name, or the file an earlier dedup wrote") from None
        params = f"shingle_size={config.shingle_size} num_perm={config.num_perm} bands={bands} rows={rows}"
        row = self.db.execute("SELECT value FROM meta WHERE key='params'").fetchone()
        if row is None:
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('params', ?)", (params,))
            self.db.commit()
        elif row[0] != params:
            raise InputError(f"the index was built with {row[0]}; this run uses {params}", source=path,
                             hint="use the same --threshold, --shingle-size and --num-perm, or a new index")
        self.num_perm = config.num_perm
        self._prior: dict[int, int] = {}  # index row -> member number in this run

    def candidates(self, sig: np.ndarray, keys: list[bytes]) -> set[int]:
        out = super().candidates(sig, keys)
        q = "SELECT DISTINCT doc FROM bands WHERE key IN (%s) ORDER BY doc" % ",".join("?" * len(keys))
        for (doc,) in self.db.execute(q, keys).fetchall():
            out.add(self._load(doc))
        return out

    def _load(self, doc: int) -> int:
        if doc not in self._prior:
            source, line, ident, sig = self.db.execute(
                "SELECT source, line, id, sig FROM docs WHERE n=?", (doc,)).fetchone()
            n = len(self.members)
            self.members.append(Member(source, line, ident, indexed=True, indexed_at=doc))
            self.sigs.append(np.frombuffer(sig, dtype=np.uint32))
            self._prior[doc] = n
        return self._prior[doc]

    def commit(self) -> None:
        with self.db:
            for n, m in enumerate(self.members):
                if m.indexed:
                    continue
                cur = self.db.execute("INSERT INTO docs (source, line, id, sig) VALUES (?, ?, ?, ?)",
                                      (m.source, m.line, None if m.id is None else str(m.id),
                                       self.sigs[n].astype(np.uint32).tobytes()))
                self.db.executemany("INSERT INTO bands VALUES (?, ?)",
                                    [(k, cur.lastrowid) for k in self.keys(self.sigs[n])])

    def close(self) -> None:
        self.db.close()


class RedisIndex(MemoryIndex):
    """A shared index in Redis (``--index redis://host:port/db``): datasketch's ``MinHashLSH``
    with its Redis storage holds the band tables; each document's signature, source, line and id
    sit in a Redis hash beside them. Several machines can dedupe against one index.
    """

    def __init__(self, url: str, bands: int, rows: int, config: DedupConfig, prefix: str = "cleanpress"):
        super().__init__(bands, rows)
        try:
            import redis
        except ImportError:
            raise InputError("a Redis index needs the 'redis' package", source=url,
                             hint="pip install 'cleanpress[redis]'") from None
        from datasketch import MinHashLSH

        self.url, self.prefix = url, prefix
        self.client = redis.Redis.from_url(url)
        try:
            self.client.ping()
        except redis.exceptions.RedisError as e:
            raise InputError(f"cannot reach Redis: {e}", source=url, hint="start redis-server or check the URL") from None
        params = f"shingle_size={config.shingle_size} num_perm={config.num_perm} bands={bands} rows={rows}"
        self.client.setnx(f"{prefix}:params", params)
        stored = self.client.get(f"{prefix}:params").decode()
        if stored != params:
            raise InputError(f"the index was built with {stored}; this run uses {params}", source=url,
                             hint="use the same --threshold, --shingle-size and --num-perm, or another index")
        kwargs = self.client.connection_pool.connection_kwargs
        self.lsh = MinHashLSH(num_perm=config.num_perm, params=(bands, rows), storage_config={
            "type": "redis", "basename": prefix.encode(),
            "redis": {k: kwargs[k] for k in ("host", "port", "db", "password") if kwargs.get(k) is not None}})
        self._prior: dict[bytes, int] = {}

    def candidates(self, sig: np.ndarray, keys: list[bytes]) -> set[int]:
        from .minhash import lean

        out = super().candidates(sig, keys)
        found = (k if isinstance(k, bytes) else str(k).encode() for k in self.lsh.query(lean(sig)))
        for key in sorted(found, key=int):  # a set: load in index order, whatever the hash seed
            out.add(self._load(key))
        return out

    def _load(self, key: bytes) -> int:
        if key not in self._prior:
            doc = self.client.hgetall(f"{self.prefix}:doc:".encode() + key)
            ident = doc.get(b"id")
            n = len(self.members)
            self.members.append(Member(doc[b"source"].decode(), int(doc[b"line"]),
                                       None if ident is None else ident.decode(), indexed=True, indexed_at=int(key)))
            self.sigs.append(np.frombuffer(doc[b"sig"], dtype=np.uint32))
            self._prior[key] = n
        return self._prior[key]

    def indexed(self) -> int:
        return int(self.client.get(f"{self.prefix}:count") or 0)

    def commit(self) -> None:
        from .minhash import lean

        with self.lsh.insertion_session() as session:
            for n, m in enumerate(self.members):
                if m.indexed:
                    continue
                key = str(self.client.incr(f"{self.prefix}:count")).encode()
                fields = {"source": m.source, "line": m.line, "sig": self.sigs[n].astype(np.uint32).tobytes()}
                if m.id is not None:
                    fields["id"] = str(m.id)
                self.client.hset(f"{self.prefix}:doc:".encode() + key, mapping=fields)
                session.insert(key, lean(self.sigs[n]))

    def close(self) -> None:
        self.client.close()


def open_index(path: str | None, config: DedupConfig) -> MemoryIndex:
    bands, rows = lsh_params(config.threshold, config.num_perm)
    if not path:
        return MemoryIndex(bands, rows)
    if path.startswith(("redis://", "rediss://", "unix://")):
        return RedisIndex(path, bands, rows, config)
    if os.path.isdir(path):
        raise InputError("is a folder", source=path, hint="--index takes a file name")
    return SqliteIndex(path, bands, rows, config)


@dataclass
class Clusters:
    """Union-find over document numbers, with the edges' similarities kept for the report."""

    parent: list[int] = field(default_factory=list)
    edges: list[tuple[int, int, float]] = field(default_factory=list)

    def grow(self, n: int) -> None:
        while len(self.parent) < n:
            self.parent.append(len(self.parent))

    def find(self, a: int) -> int:
        root = a
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[a] != root:
            self.parent[a], a = root, self.parent[a]
        return root

    def union(self, a: int, b: int, sim: float) -> None:
        self.edges.append((a, b, sim))
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def components(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for a, _, _ in self.edges:
            out.setdefault(self.find(a), [])
        for n in range(len(self.parent)):
            r = self.find(n)
            if r in out:
                out[r].append(n)
        return out


class Deduper:
    """Feed documents in input order (``add``), then ask which to keep (``resolve``)."""

    def __init__(self, index: MemoryIndex, config: DedupConfig):
        self.index, self.config = index, config
        self.clusters = Clusters()
        self.order: list[int] = []  # member numbers of this run's documents, in input order

    def add(self, sig: np.ndarray, member: Member) -> None:
        keys = self.index.keys(sig)
        found = sorted(self.index.candidates(sig, keys))
        n = self.index.add(sig, keys, member)
        self.clusters.grow(len(self.index))
        self.order.append(n)
        for c in found:
            sim = similarity(self.index.signature(c), sig)
            if sim >= self.config.threshold:
                self.clusters.union(c, n, round(sim, 4))

    def resolve(self) -> tuple[set[int], list[dict[str, Any]]]:
        """The member numbers to drop, and each cluster (survivor first) as plain data."""
        members = self.index.members
        dropped: set[int] = set()
        report = []
        for _, group in sorted(self.clusters.components().items()):
            survivor = min(group, key=lambda n: _rank(members[n], n))
            sig = self.index.signature(survivor)
            rows = []
            for n in sorted(group, key=lambda n: _rank(members[n], n)):
                m = members[n]
                if n != survivor:
                    dropped.add(n)
                row = {"source": m.source, "line": m.line, "kept": n == survivor,
                       "similarity": round(similarity(self.index.signature(n), sig), 4)}
                if m.id is not None:
                    row["id"] = m.id
                if m.indexed:
                    row["indexed"] = True
                rows.append(row)
            report.append({"size": len(group), "members": rows})
        return dropped, report


def _rank(m: Member, n: int) -> tuple:
    # Lower ranks survive: indexed before (the earliest indexed first), then the highest
    # priority, then input order.
    return (not m.indexed, m.indexed_at, m.priority is None, -(m.priority or 0), n)


def pairs_in(clusters: Iterable[Iterable[Any]]) -> set[tuple[Any, Any]]:
    """Every unordered pair inside each cluster: for measuring precision and recall."""
    out = set()
    for c in clusters:
        c = sorted(c, key=str)
        out.update((a, b) for i, a in enumerate(c) for b in c[i + 1:])
    return out
