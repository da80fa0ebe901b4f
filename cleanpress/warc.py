"""WARC files of text: Common Crawl's WET shards, read as documents and written back.

A WET file is a WARC file (ISO 28500) whose ``conversion`` records each hold the text of one
crawled page, with its URL, crawl date and record id in the record's headers. Each such record,
and each ``resource`` record of ``text/plain``, is one document; its record (plain data, as for
JSONL) carries the fields a pipeline wants flat (``id``, ``url``, ``date``, ``language``), the
text, and its other headers in order (``warc_headers``) so that the record can be written back.

Other records are not text: ``warcinfo`` (the file's description) is kept for the mirror of a
WARC file, ``request`` and ``metadata`` records are passed over, and ``response`` records (HTML)
are counted in a warning, since cleanpress cleans text, not HTML.

Written back, a record keeps its headers in order, less those that describe its bytes: a new
``Content-Length`` and ``WARC-Block-Digest`` (SHA-1, base 32, as Common Crawl writes it) are made
of the cleaned text. Compressed output has one gzip member per record, as Common Crawl's
files do, so that tools can seek to a record.
"""
from __future__ import annotations

import base64
import gzip
import hashlib
from collections import Counter
from typing import IO, Any, Iterator

from . import formats
from .errors import InputError
from .formats import Document

#: Records that hold a document's text.
TEXT_RECORDS = ("conversion", "resource")
_FLAT = (("id", "WARC-Record-ID"), ("url", "WARC-Target-URI"), ("date", "WARC-Date"),
         ("language", "WARC-Identified-Content-Language"))
_BLANK = (b"\r\n", b"\n")
#: Headers that describe a record's bytes: left out of ``warc_headers`` (the cleaned text has
#: other bytes) and made anew when a record is written.
_DERIVED = ("content-length", "warc-block-digest", "warc-payload-digest")


def _header(headers: list[list[str]], name: str) -> str | None:
    low = name.lower()
    return next((v for k, v in headers if k.lower() == low), None)


class _Records:
    """The records of a WARC stream, in order: (first line, first line of the block, version,
    headers, block). Lines are counted in the decompressed stream, from 1."""

    def __init__(self, stream: IO[bytes], source: str):
        self.stream, self.source, self.line = stream, source, 0

    def _readline(self) -> bytes:
        raw = self.stream.readline()
        if raw:
            self.line += 1
        return raw

    def __iter__(self) -> Iterator[tuple[int, int, str, list[list[str]], bytes]]:
        while True:
            first = self._readline()
            while first in _BLANK:  # the CRLF pair that ends each record
                first = self._readline()
            if not first:
                return
            start = self.line
            if not first.startswith(b"WARC/"):
                hint = ("it is gzip-compressed: give the file's name (.gz), or decompress it first"
                        if first.startswith(b"\x1f\x8b") else
                        "a WARC record opens with its version line, WARC/1.0 or WARC/1.1")
                raise InputError(f"not a WARC record: the line reads {_show(first)}", source=self.source,
                                 line=start, hint=hint)
            version = first.decode("ascii", "replace").strip()
            headers: list[list[str]] = []
            while True:
                raw = self._readline()
                if not raw:
                    raise InputError("the file ends inside a record's headers", source=self.source, line=start,
                                     hint="the file is truncated; restore it or leave it out with --exclude")
                if raw in _BLANK:
                    break
                text = raw.decode("utf-8", "replace").rstrip("\r\n")
                if text[:1] in " \t" and headers:  # a header folded onto the next line
                    headers[-1][1] += " " + text.strip()
                    continue
                name, sep, value = text.partition(":")
                if not sep or not name.strip():
                    raise InputError(f"not a WARC header: {_show(raw)}", source=self.source, line=self.line,
                                     hint="each header line reads 'Name: value'")
                headers.append([name.strip(), value.strip()])
            length = _header(headers, "Content-Length")
            if length is None or not length.isdigit():
                raise InputError(f"the record has {'no' if length is None else 'a bad'} Content-Length",
                                 source=self.source, line=start, hint="each WARC record states its length in bytes")
            block = self.stream.read(int(length))
            if len(block) < int(length):
                raise InputError(f"the record is cut short: Content-Length says {length} bytes, the file holds "
                                 f"{len(block)}", source=self.source, line=start,
                                 hint="the file is truncated; restore it or leave it out with --exclude")
            yield start, self.line + 1, version, headers, block
            self.line += block.count(b"\n")


def _show(raw: bytes) -> str:
    return repr(raw[:40].decode("utf-8", "replace").rstrip("\r\n"))


def read(stream: IO[bytes], source: str, text_field: str, warn: formats.Warn) -> Iterator[Document]:
    """The text records of a WARC stream as documents, in order."""
    skipped: Counter[str] = Counter()
    for start, body_line, version, headers, block in _Records(stream, source):
        kind = (_header(headers, "WARC-Type") or "").lower()
        ctype = (_header(headers, "Content-Type") or "").lower()
        if kind not in TEXT_RECORDS or (kind == "resource" and not ctype.startswith("text/plain")):
            skipped[kind] += 1
            continue
        # Not refused when it looks like HTML, as JSONL text is: the record says it is text, and
        # one odd page among a crawl's millions must not stop the run.
        text = formats.decode(block, source, warn, body_line)
        record: dict[str, Any] = {key: _header(headers, name) for key, name in _FLAT}
        record[text_field] = text
        record["warc_version"] = version
        record["warc_headers"] = [h for h in headers if h[0].lower() not in _DERIVED]
        yield Document(source, start, text, record)
    passed_over = skipped["response"] + skipped["resource"]
    if passed_over:
        warn(f"{source}: {passed_over} record{'s' if passed_over != 1 else ''} of HTML or other media passed over "
             f"(response or non-text resource): cleanpress cleans text; use the WET files, or extract the text first")


def info(stream: IO[bytes], source: str) -> bytes:
    """The file's leading ``warcinfo`` record, as it would be written (empty when there is none)."""
    for _, _, version, headers, block in _Records(stream, source):
        if (_header(headers, "WARC-Type") or "").lower() == "warcinfo":
            return _record_bytes(version, headers, block)
        return b""
    return b""


def record_bytes(text: str, record: dict[str, Any] | None, source: str = "") -> bytes:
    """One WARC record holding ``text``, with the headers ``record`` was read with."""
    headers = (record or {}).get("warc_headers")
    if not headers:
        raise InputError("this record was not read from a WARC file, so it has no WARC headers to write",
                         source=source, hint="write JSONL or Parquet instead (-o out.jsonl)")
    return _record_bytes(record.get("warc_version") or "WARC/1.0", headers, text.encode("utf-8", "surrogatepass"))


def _record_bytes(version: str, headers: list[list[str]], block: bytes) -> bytes:
    lines = [version, *(f"{name}: {value}" for name, value in headers if name.lower() not in _DERIVED)]
    lines.append("WARC-Block-Digest: sha1:" + base64.b32encode(hashlib.sha1(block).digest()).decode("ascii"))
    lines.append(f"Content-Length: {len(block)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"


def compress(record: bytes) -> bytes:
    """One gzip member for one record (no time stamp: the same input gives the same bytes)."""
    return gzip.compress(record, mtime=0)
