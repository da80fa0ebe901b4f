"""Checking a corpus: what ``clean`` would change, as findings with file, line and column.

A finding is an edit of :func:`cleanpress.clean` seen from the file: the line and column where
its span starts (for JSONL, the line of the record; the column is 1 and the field is named), the
rule code and a message. ``fix_text``/``fix_jsonl`` are pure: they return the new content, and the
caller decides whether to write it (atomically, and only when it changed).
"""
from __future__ import annotations

import difflib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from .result import CleanResult
from .rules import RULES


@dataclass(frozen=True)
class Location:
    path: str
    line: int
    column: int = 1


@dataclass(frozen=True)
class Finding:
    location: Location
    code: str
    message: str
    #: For JSONL: the field that holds the text.
    field: str | None = None
    #: For a duplicate: where the copy that stays begins.
    related: Location | None = None
    #: The text the edit removes or replaces (shortened).
    excerpt: str = ""

    @property
    def rule(self) -> str:
        return RULES[self.code].name

    def to_dict(self) -> dict[str, Any]:
        d = {"path": self.location.path, "line": self.location.line, "column": self.location.column,
             "code": self.code, "rule": self.rule, "message": self.message, "excerpt": self.excerpt}
        if self.field:
            d["field"] = self.field
        if self.related:
            d["related"] = asdict(self.related)
        return d


def _column(text: str, offset: int) -> int:
    return offset - (text.rfind("\n", 0, offset) + 1) + 1


def excerpt(text: str, width: int = 60) -> str:
    """``text`` on one line, shortened; white space alone is shown escaped ("\\n")."""
    shown = " ".join(text.split()) if text.strip() else repr(text)[1:-1]
    return shown if len(shown) <= width else shown[:width - 3] + "..."


def text_findings(path: str, text: str, result: CleanResult) -> list[Finding]:
    """Findings of one plain-text file."""
    out = []
    for e in result.edits:
        related = None
        if e.duplicate_of is not None:
            s = e.duplicate_of[0]
            related = Location(path, text.count("\n", 0, s) + 1, _column(text, s))
        elif e.copy_of is not None:
            related = Location(*e.copy_of)
        out.append(Finding(Location(path, e.line, _column(text, e.start)), e.code, e.reason,
                           related=related, excerpt=excerpt(text[e.start:e.end])))
    return out


def record_findings(path: str, line: int, field_name: str, text: str, result: CleanResult) -> list[Finding]:
    """Findings of one JSONL record: located at the record's line, naming the field."""
    return [Finding(Location(path, line, 1), e.code, f"{e.reason} (line {e.line} of the text)", field=field_name,
                    related=Location(*e.copy_of) if e.copy_of else
                    Location(path, line, 1) if e.duplicate_of is not None else None,
                    excerpt=excerpt(text[e.start:e.end]))
            for e in result.edits]


def fixed_jsonl(raw: str, changes: dict[int, dict[str, Any]]) -> str:
    """``raw`` JSONL with the records on the lines in ``changes`` replaced; other lines, blank
    ones included, stay byte for byte."""
    lines = raw.split("\n")
    for n, record in changes.items():
        lines[n - 1] = json.dumps(record, ensure_ascii=False)
    return "\n".join(lines)


def unified_diff(path: str, before: str, after: str) -> str:
    return "".join(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                        fromfile=path, tofile=path))


@dataclass
class Report:
    """What a check found and fixed; owns the exit code (0 clean, 1 findings or fixes)."""

    findings: list[Finding] = field(default_factory=list)
    fixed: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 1 if self.findings or self.fixed else 0

    def statistics(self) -> list[tuple[str, int]]:
        counts: dict[str, int] = {}
        for f in self.findings:
            counts[f.code] = counts.get(f.code, 0) + 1
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
