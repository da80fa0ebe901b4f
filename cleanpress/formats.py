"""Reading and writing documents: plain text and JSON lines. Plain data at the boundary.

Readers yield :class:`Document` objects and raise :class:`~cleanpress.errors.InputError` naming
the source and line for input that cannot be used. Invalid UTF-8 is not an error: the bytes are
replaced with U+FFFD and a warning says where, so no line is lost.
"""
from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field
from typing import IO, Any, Callable, Iterable, Iterator

from .errors import InputError

TEXT, JSONL = "text", "jsonl"

#: Called with a warning message (source, line, what happened).
Warn = Callable[[str], None]


@dataclass
class Document:
    source: str
    #: 1-based line of the source where the document starts (its record line for JSONL).
    line: int
    text: str
    #: The JSON record the text came from (None for plain text).
    record: dict[str, Any] | None = field(default=None)


def guess_format(path: str) -> str:
    """``jsonl`` for ``.jsonl``/``.ndjson`` files, else ``text``.

    >>> guess_format("a/b.jsonl"), guess_format("page.txt"), guess_format("-")
    ('jsonl', 'text', 'text')
    """
    return JSONL if path.lower().endswith((".jsonl", ".ndjson")) else TEXT


def open_binary(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError("no such file", source=path, hint="check the path") from None
    except IsADirectoryError:
        raise InputError("is a directory", source=path, hint="pass the files inside it") from None
    except PermissionError:
        raise InputError("permission denied", source=path) from None


def decode(data: bytes, source: str, warn: Warn, first_line: int = 1) -> str:
    """Decode UTF-8; invalid bytes become U+FFFD with a warning naming the line."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = first_line + data.count(b"\n", 0, e.start)
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
        warn(f"{source}:{line}: invalid UTF-8 ({bad} byte sequence{'s' if bad != 1 else ''}) "
             f"replaced with U+FFFD; the lines are kept")
        return text


# A page's HTML, not its text: a doctype or an <html> tag opens it (after comments or an XML
# declaration). Text scraped from a page may hold a stray tag; it does not open with these.
_HTML_START = re.compile(r"(?:\s|<!--.*?-->|<\?xml[^>]*>)*(?:<!doctype\s+html\b|<html[\s>])", re.IGNORECASE | re.DOTALL)


def refuse_html(text: str, source: str, line: int | None = None) -> None:
    """An :class:`InputError` for a document that is a page's HTML: cleanpress cleans the text
    of a page, and an HTML source would come out as tag soup.

    >>> refuse_html("Home | News\\nA story about <html> tags.", "page.txt")
    >>> refuse_html("<!DOCTYPE html><html><body>Hi</body></html>", "page.txt")
    Traceback (most recent call last):
    ...
    cleanpress.errors.InputError: page.txt: this is HTML, not text (...)
    """
    if text[:1] in "<\ufeff \t\r\n" and text and _HTML_START.match(text[:4096]):
        raise InputError("this is HTML, not text", source=source, line=line,
                         hint="cleanpress cleans the text of a page: extract it first, with html-text, inscriptis "
                              "or 'lynx -dump' for the whole page, or trafilatura for its main text")


def read_text(path: str, warn: Warn) -> Iterator[Document]:
    name = "<stdin>" if path == "-" else path
    stream = open_binary(path)
    try:
        data = stream.read()
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    yield text_document(data, name, warn)


def text_document(data: bytes, name: str, warn: Warn) -> Document:
    """A text file's bytes as its one document: decoded, without a byte-order mark, and refused
    when it is a page's HTML."""
    text = decode(data, name, warn)
    if text.startswith("\ufeff"):
        text = text[1:]
    refuse_html(text, name)
    return Document(name, 1, text)


def read_jsonl(path: str, text_field: str, warn: Warn) -> Iterator[Document]:
    name = "<stdin>" if path == "-" else path
    stream = open_binary(path)
    try:
        yield from parse_jsonl(stream, name, text_field, warn)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def parse_jsonl(lines: Iterable[bytes], name: str, text_field: str, warn: Warn) -> Iterator[Document]:
    """Documents from JSONL lines (bytes); blank lines are skipped, bad ones are errors."""
    for lineno, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        line = decode(raw, name, warn, lineno)
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"not valid JSON: {e.msg} at column {e.colno}", source=name, line=lineno,
                             hint="each line must hold one JSON object") from None
        if not isinstance(record, dict):
            raise InputError(f"expected a JSON object, found {type(record).__name__}", source=name,
                             line=lineno, hint="each line must hold one JSON object") from None
        if text_field not in record:
            raise InputError(f"record has no {text_field!r} field", source=name, line=lineno,
                             hint="choose the field with --text-field")
        value = record[text_field]
        if value is not None and not isinstance(value, str):
            raise InputError(f"field {text_field!r} is {type(value).__name__}, not a string",
                             source=name, line=lineno)
        if value:
            refuse_html(value, name, lineno)
        yield Document(name, lineno, value if value is not None else "", record)


def read(path: str, fmt: str, text_field: str, warn: Warn) -> Iterator[Document]:
    if fmt == JSONL:
        return read_jsonl(path, text_field, warn)
    return read_text(path, warn)


def jsonl_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def record_line(record: dict[str, Any]) -> str:
    """One JSONL line; a lone surrogate (from a ``\\ud800`` escape in the input) stays escaped."""
    try:
        line = jsonl_line(record)
        line.encode("utf-8")
        return line
    except UnicodeEncodeError:
        return json.dumps(record, ensure_ascii=True) + "\n"


class AtomicOutput:
    """A text file written beside its destination and renamed into place on success.

    A failed or interrupted run leaves no partial file behind (and an old file untouched).
    """

    def __init__(self, path: str, binary: bool = False):
        self.path = path
        directory = os.path.dirname(os.path.abspath(path))
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=".cleanpress-", suffix=".tmp", dir=directory)
        except OSError as e:
            raise InputError(f"cannot write here: {e.strerror}", source=path,
                             hint="check that the folder exists and is writable") from None
        self.stream = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")

    def commit(self) -> None:
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        if os.path.exists(self.path):
            os.chmod(self.tmp, os.stat(self.path).st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.tmp, 0o666 & ~umask)
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self.stream.close()
        try:
            os.unlink(self.tmp)
        except FileNotFoundError:
            pass
