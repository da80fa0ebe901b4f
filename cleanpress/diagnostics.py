"""Findings written for people and for machines: concise, JSON, GitHub annotations, SARIF 2.1.0."""
from __future__ import annotations

import json
from typing import Sequence

from . import __version__
from .check import Finding
from .rules import RULES

FORMATS = ("concise", "json", "github", "sarif")


def concise(findings: Sequence[Finding]) -> str:
    """``path:line:col: CODE message "excerpt"``, one per line, like ruff's concise output."""
    lines = []
    for f in findings:
        where = f"{f.location.path}:{f.location.line}:{f.location.column}:"
        field = f" [{f.field}]" if f.field else ""
        also = f" (kept at {f.related.path}:{f.related.line})" if f.related else ""
        lines.append(f'{where} {f.code}{field} {f.message}{also} "{f.excerpt}"')
    return "".join(line + "\n" for line in lines)


def as_json(findings: Sequence[Finding]) -> str:
    return json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=1) + "\n"


def github(findings: Sequence[Finding]) -> str:
    """GitHub Actions workflow commands: each finding becomes an annotation on the file."""
    def esc(s: str) -> str:
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    def prop(s: str) -> str:
        return esc(s).replace(":", "%3A").replace(",", "%2C")

    return "".join(
        f"::warning file={prop(f.location.path)},line={f.location.line},col={f.location.column},"
        f"title={prop(f.code + ' ' + f.rule)}::{esc(f.message)}\n" for f in findings)


def sarif(findings: Sequence[Finding]) -> str:
    """A SARIF 2.1.0 log with one run: the rules, and a result per finding."""
    used = sorted({f.code for f in findings})
    index = {code: n for n, code in enumerate(used)}
    rules = [{"id": c, "name": RULES[c].name, "shortDescription": {"text": RULES[c].summary},
              "help": {"text": f"Removes: {RULES[c].example.rstrip('.')}. Keeps: {RULES[c].keeps.rstrip('.')}."}} for c in used]

    def location(loc) -> dict:
        return {"physicalLocation": {"artifactLocation": {"uri": loc.path},
                                     "region": {"startLine": loc.line, "startColumn": loc.column}}}

    results = []
    for f in findings:
        r = {"ruleId": f.code, "ruleIndex": index[f.code], "level": "warning",
             "message": {"text": f.message}, "locations": [location(f.location)]}
        if f.related:
            r["relatedLocations"] = [{"id": 1, **location(f.related), "message": {"text": "the copy that stays"}}]
        results.append(r)
    log = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
           "runs": [{"tool": {"driver": {"name": "cleanpress", "version": __version__, "rules": rules}},
                     "results": results}]}
    return json.dumps(log, ensure_ascii=False, indent=1) + "\n"


def render(fmt: str, findings: Sequence[Finding]) -> str:
    return {"concise": concise, "json": as_json, "github": github, "sarif": sarif}[fmt](findings)
