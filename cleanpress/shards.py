"""Corpus files ("shards"): finding them, reading their documents, writing their mirror.

A shard is a text file (one document), a JSONL file (one document per line), a WARC file of
text such as Common Crawl's WET files (one document per text record; :mod:`cleanpress.warc`), each
plain, ``.gz`` or ``.zst``, or a Parquet file (one document per row; needs ``pyarrow``). Readers yield
:class:`~cleanpress.formats.Document` objects in file order; writers take the documents back,
cleaned, in the same order and write the same format beside the destination, renaming it into
place on success: a failed run leaves no partial file.

Plain data at the boundary: records go in and out as dicts, every field kept.
"""
from __future__ import annotations

import fnmatch
import gzip
import io
import os
import sys
import zlib
from dataclasses import dataclass
from typing import IO, Any, Callable, Iterable, Iterator

from . import formats, warc
from .errors import InputError
from .formats import Document

TEXT, JSONL, PARQUET, WARC = "text", "jsonl", "parquet", "warc"
#: Suffixes found in folders, by format. Compression (.gz, .zst) may follow a JSONL, WARC or text
#: suffix (Common Crawl's WET files end in .warc.wet.gz).
SUFFIXES = {TEXT: (".txt",), JSONL: (".jsonl", ".ndjson"), PARQUET: (".parquet",), WARC: (".warc", ".wet")}
COMPRESSIONS = (".gz", ".zst")


@dataclass(frozen=True)
class Kind:
    """How a shard is stored: its format and its compression (``""``, ``"gz"`` or ``"zst"``)."""

    fmt: str
    compression: str = ""


def kind_of(path: str, fmt: str = "auto") -> Kind:
    """The kind of ``path`` from its suffixes (``fmt`` overrides the format).

    >>> kind_of("a/b.jsonl.gz"), kind_of("x.parquet").fmt, kind_of("page.txt").fmt, kind_of("-").fmt
    (Kind(fmt='jsonl', compression='gz'), 'parquet', 'text', 'text')
    >>> kind_of("CC-MAIN-20241201-00000.warc.wet.gz")
    Kind(fmt='warc', compression='gz')
    """
    name = path.lower()
    compression = ""
    for c in COMPRESSIONS:
        if name.endswith(c):
            compression, name = c[1:], name[: -len(c)]
    if fmt == "auto":
        fmt = next((f for f, sfx in SUFFIXES.items() if name.endswith(sfx)), TEXT)
    return Kind(fmt, compression)


def is_shard(name: str) -> bool:
    low = name.lower()
    for c in COMPRESSIONS:
        if low.endswith(c):
            low = low[: -len(c)]
    return any(low.endswith(s) for sfx in SUFFIXES.values() for s in sfx)


@dataclass(frozen=True)
class Shard:
    """A file to process: where it is, and where it sits relative to the root it was found under."""

    path: str
    relative: str


def discover(paths: Iterable[str], include: Iterable[str] = (), exclude: Iterable[str] = (),
             accept: Callable[[str], bool] = is_shard) -> list[Shard]:
    """Files named, and the shard files in folders named (recursively, in sorted order, hidden
    files and folders skipped). ``include``/``exclude`` are globs matched against the path
    relative to the folder (``**/*.jsonl.gz``, ``drafts/*``); a file named outright is always taken.
    """
    include, exclude = tuple(include), tuple(exclude)
    found: list[Shard] = []
    for p in paths:
        if p == "-":
            found.append(Shard("-", "-"))
        elif os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    full = os.path.join(root, f)
                    rel = os.path.relpath(full, p).replace(os.sep, "/")
                    if f.startswith(".") or not accept(f):
                        continue
                    if include and not any(_glob(rel, g) for g in include):
                        continue
                    if any(_glob(rel, g) for g in exclude):
                        continue
                    found.append(Shard(os.path.normpath(full), rel))
        elif os.path.exists(p):
            found.append(Shard(p, os.path.basename(p)))
        else:
            raise InputError("no such file or folder", source=p, hint="check the path")
    return found


def _glob(rel: str, pattern: str) -> bool:
    """Glob match where ``**/`` also matches no folder at all (``**/*.txt`` matches ``a.txt``)."""
    return fnmatch.fnmatchcase(rel, pattern) or (pattern.startswith("**/") and fnmatch.fnmatchcase(rel, pattern[3:]))


# Reading -----------------------------------------------------------------------------------------

def _decompressed(raw: IO[bytes], compression: str) -> IO[bytes]:
    if compression == "gz":
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if compression == "zst":
        zstandard = _require("zstandard", "zstd")
        return zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True)
    return raw


def read(path: str, kind: Kind, text_field: str, warn: formats.Warn) -> Iterator[Document]:
    """The documents of one shard, in order; a corrupt or unreadable file is an InputError."""
    if kind.fmt == PARQUET:
        return _read_parquet(path, text_field)
    return documents(formats.open_binary(path), "<stdin>" if path == "-" else path, kind, text_field, warn)


def documents(raw: IO[bytes], name: str, kind: Kind, text_field: str, warn: formats.Warn) -> Iterator[Document]:
    """The documents of a text, JSONL or WARC shard read from ``raw`` (compressed as ``kind``
    says), in order; ``raw`` is closed at the end (unless it is stdin)."""
    stream = _decompressed(raw, kind.compression)
    line = 0
    try:
        if kind.fmt in (JSONL, WARC):
            lines = _line_reader(stream, kind)
            parse = formats.parse_jsonl if kind.fmt == JSONL else warc.read
            for doc in parse(lines, name, text_field, warn):
                line = doc.line
                yield doc
        else:
            yield formats.text_document(stream.read(), name, warn)
    except (InputError, FileNotFoundError, PermissionError, IsADirectoryError):
        raise
    except Exception as e:
        # gzip.BadGzipFile, EOFError, zlib.error, zstandard.ZstdError: corrupt or truncated data
        if not isinstance(e, (OSError, EOFError, zlib.error)) and type(e).__name__ != "ZstdError":
            raise
        at = f" after line {line}" if line else ""
        raise InputError(f"cannot read the {kind.compression or kind.fmt} data{at}: {e}", source=name,
                         hint="the file is corrupt or truncated; restore it or leave it out with --exclude") from None
    finally:
        if raw is not sys.stdin.buffer:
            stream.close()
            raw.close()


def _read_parquet(path: str, text_field: str) -> Iterator[Document]:
    pq = _require("pyarrow.parquet", "parquet")
    try:
        pf = pq.ParquetFile(path)
    except FileNotFoundError:
        raise InputError("no such file", source=path, hint="check the path") from None
    except Exception as e:  # pyarrow.ArrowInvalid and friends
        raise InputError(f"not a readable Parquet file: {e}", source=path) from None
    if text_field not in pf.schema_arrow.names:
        raise InputError(f"no {text_field!r} column (columns: {', '.join(pf.schema_arrow.names)})", source=path,
                         hint="choose the column with --text-field")
    row = 0
    for batch in pf.iter_batches(batch_size=1024):
        for record in batch.to_pylist():
            row += 1
            value = record[text_field]
            if value is not None and not isinstance(value, str):
                raise InputError(f"column {text_field!r} is {type(value).__name__}, not a string", source=path,
                                 line=row, hint="row number, counted from 1")
            if value:
                formats.refuse_html(value, path, row)
            yield Document(path, row, value if value is not None else "", record)


def _line_reader(stream: IO[bytes], kind: Kind) -> IO[bytes]:
    """``stream`` with a ``readline`` that reads whole lines (zstandard's reader has none)."""
    return stream if hasattr(stream, "readline") and kind.compression != "zst" else io.BufferedReader(stream)


def warc_info(path: str, kind: Kind) -> bytes:
    """The leading ``warcinfo`` record of a WARC shard, to open its mirror with."""
    raw = formats.open_binary(path)
    stream = _decompressed(raw, kind.compression)
    try:
        return warc.info(_line_reader(stream, kind), path)
    except (InputError, OSError, EOFError, zlib.error):
        return b""  # reading the documents reports what is wrong with the file
    finally:
        stream.close()
        raw.close()


def parquet_schema(path: str):
    return _require("pyarrow.parquet", "parquet").ParquetFile(path).schema_arrow


def _require(module: str, extra: str):
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise InputError(f"reading and writing this format needs the {module.split('.')[0]!r} package",
                         hint=f"pip install 'cleanpress[{extra}]'") from None


# Writing -----------------------------------------------------------------------------------------

class Writer:
    """Writes one shard's documents, in the shard's own format, atomically.

    ``write(doc, text, record)``: for a text shard the text, for JSONL and Parquet the record, for
    WARC the text in a record with the headers it was read with (``head``, the source's
    ``warcinfo`` record, goes first). Gzip output carries no time stamp, so the same input gives
    byte-identical files.
    """

    def __init__(self, path: str, kind: Kind, schema=None, make_dirs: bool = False, head: bytes = b""):
        self.path, self.kind = path, kind
        if make_dirs:  # a mirror creates its folders; a named output file needs its folder to exist
            os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        self._out = formats.AtomicOutput(path, binary=True)
        raw = self._out.stream
        self._closers: list[Any] = []
        if kind.fmt == PARQUET:
            self._rows: list[dict[str, Any]] = []
            self._schema = schema
            self._pq = None
            return
        if kind.fmt == WARC and kind.compression == "gz":
            stream = raw  # one gzip member per record (warc.compress)
        elif kind.compression == "gz":
            stream = gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0)
            self._closers.append(stream)
        elif kind.compression == "zst":
            stream = _require("zstandard", "zstd").ZstdCompressor(level=3).stream_writer(raw, closefd=False)
            self._closers.append(stream)
        else:
            stream = raw
        self._stream = stream
        if head:
            self._write_record(head)

    def _write_record(self, data: bytes) -> None:
        self._stream.write(warc.compress(data) if self.kind.compression == "gz" else data)

    def write(self, text: str, record: dict[str, Any] | None) -> None:
        if self.kind.fmt == PARQUET:
            self._rows.append(record or {})
            if len(self._rows) >= 4096:
                self._flush_rows()
        elif self.kind.fmt == WARC:
            self._write_record(warc.record_bytes(text, record, self.path))
        elif record is None:
            self._stream.write(text.encode("utf-8"))
        else:
            self._stream.write(formats.record_line(record).encode("utf-8"))

    def _flush_rows(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist(self._rows, schema=self._schema)
        if self._pq is None:
            self._pq = pq.ParquetWriter(self._out.stream, table.schema)
        self._pq.write_table(table)
        self._rows = []

    def commit(self) -> None:
        if self.kind.fmt == PARQUET:
            if self._rows or self._pq is None:
                self._flush_rows()
            self._pq.close()
        for c in self._closers:
            c.close()
        self._out.commit()

    def abort(self) -> None:
        self._out.abort()
