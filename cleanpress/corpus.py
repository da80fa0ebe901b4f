"""Cleaning a corpus: many shards in, their mirror out, documents cleaned in parallel and in order.

``run`` reads the shards in order, cuts their documents into chunks, cleans the chunks in
``jobs`` processes (:func:`cleanpress.parallel.ordered_map`) and hands each document back with
its result, in input order, to a :class:`Sink`. Only a bounded window of chunks is in flight, so
memory stays flat however large the corpus; the output is byte-identical for any ``jobs``.
"""
from __future__ import annotations

import os
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, Callable, Iterator

from . import formats, learned, shards
from .config import Config, DedupConfig
from .errors import InputError
from .formats import Document
from .parallel import ordered_map
from .pipeline import clean
from .result import CleanResult

if TYPE_CHECKING:
    from . import dedup

#: A chunk sent to a worker holds at most this many documents or characters.
CHUNK_DOCS = 64
CHUNK_CHARS = 1 << 20


@dataclass
class Summary:
    """What a run did, for the closing line and for ``--report``-style accounting."""

    files: int = 0
    documents: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    removals: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, doc: Document, result: CleanResult) -> None:
        self.documents += 1
        self.bytes_in += _size(doc.text)
        self.bytes_out += _size(result.text)
        self.removals.update(e.code for e in result.edits)

    def render(self) -> str:
        share = 1 - self.bytes_out / self.bytes_in if self.bytes_in else 0.0
        rate = self.bytes_in / 1e6 / self.seconds if self.seconds else 0.0
        lines = [f"cleaned {self.documents} document{'s' if self.documents != 1 else ''} in {self.files} "
                 f"file{'s' if self.files != 1 else ''}: {_mb(self.bytes_in)} in, {_mb(self.bytes_out)} out "
                 f"({share:.1%} removed), {self.seconds:.1f} s, {rate:.2f} MB/s"]
        if self.removals:
            top = sorted(self.removals.items(), key=lambda kv: (-kv[1], kv[0]))
            lines.append("edits by rule: " + ", ".join(f"{c} {n}" for c, n in top))
        return "\n".join(lines)


def _size(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def _mb(n: int) -> str:
    return f"{n / 1e6:.2f} MB" if n >= 10_000 else f"{n} B"


class Progress:
    """One line on stderr, redrawn at most ten times a second: documents, MB, MB/s, ETA."""

    def __init__(self, total_bytes: int | None, enabled: bool, stream: IO[str] = sys.stderr):
        self.total, self.enabled, self.stream = total_bytes, enabled, stream
        self.start = self.last = time.monotonic()
        self.shown = False

    def update(self, documents: int, bytes_in: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < 0.1:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        rate = bytes_in / elapsed
        line = f"{documents:,} docs  {bytes_in / 1e6:,.1f} MB  {rate / 1e6:.2f} MB/s"
        if self.total and rate > 0:
            left = max(self.total - bytes_in, 0) / rate
            line += f"  {min(bytes_in / self.total, 1):.0%}  ETA {int(left // 60)}:{int(left % 60):02d}"
        self.stream.write("\r\x1b[2K" + line)
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()


class Sink:
    """Where cleaned documents go. ``begin`` opens a shard, ``write`` takes its documents in
    order, ``end`` closes it; ``abort`` throws away what is not finished."""

    def begin(self, shard: shards.Shard, kind: shards.Kind) -> None: ...

    def write(self, doc: Document, text: str, record: dict[str, Any] | None) -> None: ...

    def end(self) -> None: ...

    def close(self) -> None:
        """After the last shard: make the output final."""

    def abort(self) -> None: ...


class StreamSink(Sink):
    """Every document to one text stream (stdout): text as it is, records as JSON lines."""

    def __init__(self, stream: IO[str]):
        self.stream = stream

    def write(self, doc: Document, text: str, record: dict[str, Any] | None) -> None:
        self.stream.write(text if record is None else formats.record_line(record))

    def end(self) -> None:
        self.stream.flush()


class FileSink(Sink):
    """Every document to one file, in the format its name says, renamed into place at the end."""

    def __init__(self, path: str):
        self.writer = shards.Writer(path, shards.kind_of(path))

    def write(self, doc: Document, text: str, record: dict[str, Any] | None) -> None:
        self.writer.write(text, record)

    def close(self) -> None:
        self.writer.commit()

    def abort(self) -> None:
        self.writer.abort()


class MirrorSink(Sink):
    """Each shard to the same relative path under ``root``, in its own format."""

    def __init__(self, root: str):
        self.root = root
        self.writer: shards.Writer | None = None

    def begin(self, shard: shards.Shard, kind: shards.Kind) -> None:
        if shard.path == "-":
            raise InputError("standard input cannot be mirrored into a folder", source="<stdin>",
                             hint="give -o a file name, or no -o for stdout")
        schema = shards.parquet_schema(shard.path) if kind.fmt == shards.PARQUET else None
        head = shards.warc_info(shard.path, kind) if kind.fmt == shards.WARC else b""
        self.writer = shards.Writer(os.path.join(self.root, shard.relative), kind, schema, make_dirs=True, head=head)

    def write(self, doc: Document, text: str, record: dict[str, Any] | None) -> None:
        assert self.writer is not None
        self.writer.write(text, record)

    def end(self) -> None:
        if self.writer:
            self.writer.commit()
            self.writer = None

    def abort(self) -> None:
        if self.writer:
            self.writer.abort()
            self.writer = None


# The worker's configuration and what the corpus taught, set once per process rather than sent
# with every chunk.
_CONFIG: Config | None = None
_LEARNED: learned.Learned | None = None
_SEEN: learned.FirstSeen | None = None


def _init(config: Config, taught: learned.Learned | None = None, seen: learned.FirstSeen | None = None) -> None:
    global _CONFIG, _LEARNED, _SEEN
    _CONFIG, _LEARNED, _SEEN = config, taught, seen


def _clean_chunk(item: tuple[list[str], list[str], int]) -> list[CleanResult]:
    assert _CONFIG is not None
    texts, sites, first = item
    if _LEARNED is None and _SEEN is None:
        return [clean(t, _CONFIG) for t in texts]
    out = []
    for n, t in enumerate(texts):
        views = ((_LEARNED.view(sites[n]),) if _LEARNED else ()) + ((_SEEN.view(first + n),) if _SEEN else ())
        out.append(clean(t, _CONFIG, learned.Views(views)))
    return out


def _seen_chunk(item: tuple[DedupConfig | None, list[tuple[int, str, str, int | None]]]) -> learned.FirstSeen:
    near, docs = item
    seen = learned.FirstSeen(near)
    for n, source, text, record_line in docs:
        seen.add(n, source, text, record_line)
    return seen


def first_seen(found: list[shards.Shard], config: Config, *, fmt: str = "auto", text_field: str = "text",
               jobs: int = 1, warn: formats.Warn = lambda m: None) -> learned.FirstSeen:
    """A first pass over the corpus: where each paragraph first occurs (CP306), near copies
    found with the configuration's near-duplicate threshold."""
    near = near_config(config)
    seen = learned.FirstSeen(near)

    def chunks() -> Iterator[tuple[DedupConfig, list[tuple[int, str, str, int | None]]]]:
        n = 0
        for _, docs in _batches(found, fmt, text_field, warn, CHUNK_DOCS):
            yield near, [(n + i, d.source, d.text, None if d.record is None else d.line) for i, d in enumerate(docs)]
            n += len(docs)

    for part in ordered_map(_seen_chunk, chunks(), jobs):  # in document order: the first occurrence wins
        seen.merge(part)
    return seen


def near_config(config: Config) -> DedupConfig:
    """Paragraphs across documents are near copies at the in-document near-duplicate threshold."""
    return DedupConfig(config.near_duplicate_threshold, config.shingle_size, config.num_perm)


def _keys_chunk(texts: list[str]) -> list[set[bytes]]:
    return [learned.block_keys(t) for t in texts]


def learn(found: list[shards.Shard], *, fmt: str = "auto", text_field: str = "text", url_field: str = "url",
          jobs: int = 1, min_docs: int = learned.MIN_DOCS, min_sites: int = learned.MIN_SITES,
          warn: formats.Warn = lambda m: None) -> learned.Learned:
    """A first pass over the corpus: which blocks recur (CP116)."""
    learner = learned.Learner()
    sites: list[list[str]] = []

    def chunks() -> Iterator[list[str]]:
        for _, docs in _batches(found, fmt, text_field, warn, CHUNK_DOCS):
            sites.append([_site(d, url_field) for d in docs])
            yield [d.text for d in docs]

    for keys in ordered_map(_keys_chunk, chunks(), jobs):
        for site, k in zip(sites.pop(0), keys):
            learner.add(site, k)
    return learner.learn(min_docs, min_sites)


def _site(doc: Document, url_field: str) -> str:
    return learned.site_of(_field(doc, url_field), doc.source)


@dataclass
class _Chunk:
    shard: int
    docs: list[Document]


def _batches(found: list[shards.Shard], fmt: str, text_field: str, warn: formats.Warn, max_docs: int,
             max_chars: int | None = None, empty: bool = False) -> Iterator[tuple[int, list[Document]]]:
    """The documents of ``found`` in order, as (shard number, documents) batches that never cross
    a shard; with ``empty``, a shard without documents still gives one (empty) batch."""
    for n, shard in enumerate(found):
        docs: list[Document] = []
        size = 0
        for doc in shards.read(shard.path, shards.kind_of(shard.path, fmt), text_field, warn):
            docs.append(doc)
            size += len(doc.text)
            if len(docs) >= max_docs or (max_chars is not None and size >= max_chars):
                yield n, docs
                docs, size = [], 0
        if docs or empty:
            yield n, docs


def run(found: list[shards.Shard], sink: Sink, config: Config, *, fmt: str = "auto", text_field: str = "text",
        jobs: int = 1, warn: formats.Warn = lambda m: None,
        each: Callable[[Document, CleanResult], None] | None = None,
        record_of: Callable[[Document, CleanResult], dict[str, Any]] | None = None,
        progress: Progress | None = None, taught: learned.Learned | None = None,
        seen: learned.FirstSeen | None = None, url_field: str = "url") -> Summary:
    """Clean every document of ``found`` into ``sink``; ``each`` sees every document and its
    result in input order (for ``--explain`` and ``--report``)."""
    summary = Summary()
    kinds = [shards.kind_of(s.path, fmt) for s in found]
    in_flight: list[_Chunk] = []
    started = time.perf_counter()

    numbered = [0]

    def item(docs: list[Document]) -> tuple[list[str], list[str], int]:
        first = numbered[0]
        numbered[0] += len(docs)
        return [d.text for d in docs], [_site(d, url_field) for d in docs] if taught else [], first

    def chunks() -> Iterator[tuple[list[str], list[str], int]]:
        # Every shard sends at least one chunk, so that an empty shard still gets its mirror.
        for n, docs in _batches(found, fmt, text_field, warn, CHUNK_DOCS, CHUNK_CHARS, empty=True):
            in_flight.append(_Chunk(n, docs))
            yield item(docs)

    current = -1
    try:
        for results in ordered_map(_clean_chunk, chunks(), jobs, initializer=_init, initargs=(config, taught, seen)):
            chunk = in_flight.pop(0)
            if chunk.shard != current:
                if current >= 0:
                    sink.end()
                current = chunk.shard
                sink.begin(found[current], kinds[current])
                summary.files += 1
            for doc, result in zip(chunk.docs, results):
                record = None if doc.record is None else (record_of(doc, result) if record_of else
                                                         {**doc.record, text_field: result.text})
                sink.write(doc, result.text, record)
                summary.add(doc, result)
                if each:
                    each(doc, result)
            if progress:
                progress.update(summary.documents, summary.bytes_in)
        if current >= 0:
            sink.end()
        sink.close()
    except BaseException:
        sink.abort()
        raise
    finally:
        if progress:
            progress.close()
    summary.seconds = time.perf_counter() - started
    return summary


# Deduplication -----------------------------------------------------------------------------------

@dataclass
class DedupSummary:
    documents: int = 0
    dropped: int = 0
    clusters: int = 0
    indexed_before: int = 0
    bytes_in: int = 0
    seconds: float = 0.0
    #: Bytes the in-memory index held at the end (signatures, band keys, ids).
    index_bytes: int = 0

    def render(self) -> str:
        rate = self.bytes_in / 1e6 / self.seconds if self.seconds else 0.0
        before = f", against {self.indexed_before} indexed before" if self.indexed_before else ""
        per_doc = self.index_bytes // max(self.documents, 1)
        return (f"deduplicated {self.documents} documents{before}: {self.documents - self.dropped} kept, "
                f"{self.dropped} dropped in {self.clusters} cluster{'s' if self.clusters != 1 else ''}; "
                f"{_mb(self.bytes_in)} in {self.seconds:.1f} s, {rate:.2f} MB/s; "
                f"index in memory {per_doc:,} bytes per document")


def _signature_chunk(item: tuple[DedupConfig, list[str]]):
    from . import dedup

    config, texts = item
    return dedup.document_signatures(texts, config)


def dedup_corpus(found: list[shards.Shard], sink: Sink, config: DedupConfig, *, fmt: str = "auto",
                 text_field: str = "text", jobs: int = 1, index_path: str | None = None,
                 priority_field: str | None = None, id_field: str = "id", warn: formats.Warn = lambda m: None,
                 progress: Progress | None = None) -> tuple[DedupSummary, list[dict[str, Any]]]:
    """Drop near-duplicate documents of ``found`` (and of the index) and write the rest to
    ``sink``. Reads the corpus twice: signatures first (only they stay in memory), then the
    survivors. Returns the summary and the clusters."""
    from . import dedup  # numpy with it: imported by the commands that need it

    if any(s.path == "-" for s in found):
        raise InputError("dedup reads its input twice and cannot take standard input", source="<stdin>",
                         hint="save it to a file first")
    started = time.perf_counter()
    summary = DedupSummary()
    kinds = [shards.kind_of(s.path, fmt) for s in found]
    index = dedup.open_index(index_path, config)
    try:
        summary.indexed_before = _indexed(index)
        deduper = dedup.Deduper(index, config)
        in_flight: list[list[Document]] = []

        def chunks() -> Iterator[tuple[DedupConfig, list[str]]]:
            for _, docs in _batches(found, fmt, text_field, warn, CHUNK_DOCS * 4):
                in_flight.append(docs)
                yield config, [d.text for d in docs]

        for sigs in ordered_map(_signature_chunk, chunks(), jobs):
            for doc, sig in zip(in_flight.pop(0), sigs):
                deduper.add(sig, dedup.Member(doc.source, doc.line, _field(doc, id_field),
                                              _priority(doc, priority_field)))
                summary.documents += 1
                summary.bytes_in += _size(doc.text)
            if progress:
                progress.update(summary.documents, summary.bytes_in)
        if progress:
            progress.close()
        summary.index_bytes = index.memory()
        dropped, clusters = deduper.resolve()
        dropped_run = {k for k, n in enumerate(deduper.order) if n in dropped}
        summary.dropped, summary.clusters = len(dropped_run), len(clusters)

        k = 0
        try:
            for n, shard in enumerate(found):
                docs = shards.read(shard.path, kinds[n], text_field, warn)
                if kinds[n].fmt == shards.TEXT:
                    doc = next(iter(docs))
                    keep = k not in dropped_run
                    k += 1
                    if keep:
                        sink.begin(shard, kinds[n])
                        sink.write(doc, doc.text, None)
                        sink.end()
                    continue
                sink.begin(shard, kinds[n])
                for doc in docs:
                    if k not in dropped_run:
                        sink.write(doc, doc.text, doc.record)
                    k += 1
                sink.end()
            sink.close()
        except BaseException:
            sink.abort()
            raise
        index.commit()
    finally:
        index.close()
    summary.seconds = time.perf_counter() - started
    return summary, clusters


def _indexed(index: dedup.MemoryIndex) -> int:
    from . import dedup

    if isinstance(index, dedup.SqliteIndex):
        return index.db.execute("SELECT COUNT(*) FROM docs").fetchone()[0]
    if isinstance(index, dedup.RedisIndex):
        return index.indexed()
    return 0


def _field(doc: Document, name: str) -> Any:
    return None if doc.record is None else doc.record.get(name)


def _priority(doc: Document, name: str | None) -> float | None:
    if not name:
        return None
    value = _field(doc, name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InputError(f"priority field {name!r} is {type(value).__name__}, not a number", source=doc.source,
                         line=doc.line, hint="the priority field must hold numbers; higher survives")
    return float(value)
