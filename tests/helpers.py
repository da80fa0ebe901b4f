"""Shared helpers for the tests: paths, a gold scorer, a CLI runner, the bundled AEB pages."""
from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import textwrap
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CASES = Path(__file__).resolve().parent / "cases"
DATA = Path(__file__).resolve().parent / "data"


def squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


def gold_problems(gold: dict, out: str) -> list[str]:
    """What keeps ``out`` from matching ``gold`` (the founding sample's scoring): empty when perfect."""
    problems = []
    o = squeeze(out)
    lines = {" ".join(line.split()) for line in out.splitlines()}
    last = -1
    for unit in gold["units"]:
        t = squeeze(unit["text"])
        n, head = o.count(t), o.count(t[:50])
        if n == 0:
            problems.append(f"missing {unit['name']}")
        elif n > 1 or head > 1:
            problems.append(f"repeated {unit['name']}")
        else:
            pos = o.find(t)
            if pos < last:
                problems.append(f"out of order {unit['name']}")
            last = pos
    for f in gold.get("forbidden", []):
        if " ".join(f.split()) in lines or (len(f) >= 25 and squeeze(f) in o):
            problems.append(f"forbidden left: {f[:60]}")
    return problems


def cli(*args: str, input: bytes | str | None = None, cwd: Path | None = None, check: bool = False,
        env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m cleanpress ARGS`` in a real subprocess (bytes in, bytes out)."""
    if isinstance(input, str):
        input = input.encode("utf-8")
    full_env = dict(os.environ)
    full_env.update(env or {})
    run = subprocess.run([sys.executable, "-m", "cleanpress", *args], input=input, capture_output=True,
                         cwd=cwd, env=full_env, timeout=300)
    if check and run.returncode != 0:
        raise AssertionError(run.stderr.decode())
    return run


def aeb_pages(name: str) -> list[dict]:
    with gzip.open(DATA / f"aeb-{name}.jsonl.gz", "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


_TOK = re.compile(r"\w+")


def _shingles(text: str, n: int = 4) -> Counter:
    t = _TOK.findall((text or "").lower())
    return Counter(tuple(t[i:i + n]) for i in range(max(1, len(t) - n + 1)))


def word4_f1(gold: str, out: str) -> float:
    """The article-extraction-benchmark measure: F1 of word 4-gram multisets."""
    g, o = _shingles(gold), _shingles(out)
    hit = sum((g & o).values())
    p = hit / sum(o.values()) if o else 0.0
    r = hit / sum(g.values()) if g else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def content_lines_lost(page: dict, out: str) -> tuple[int, int]:
    """(content lines removed, content lines) of one labelled page."""
    pool = Counter(" ".join(line.split()) for line in out.split("\n") if line.strip())
    lost = total = 0
    for label, line in zip(page["line_labels"], page["scraped_text"].split("\n")):
        key = " ".join(line.split())
        kept = pool.get(key, 0) > 0
        if kept:
            pool[key] -= 1
        if label == "content":
            total += 1
            lost += not kept
    return lost, total


def hard_wrapped(page: dict, width: int = 76) -> dict:
    """A labelled page as ``lynx -dump`` or ``w3m`` writes it: lines longer than ``width``
    wrapped at it and set off by blank lines, shorter ones (menus, headlines, bylines) left as
    they were, one after another. Each output line keeps the label of the line it comes from."""
    lines, labels = [], []
    for line, label in zip(page["scraped_text"].split("\n"), page["line_labels"]):
        if len(line) <= width:
            lines.append(line)
            labels.append(label)
            continue
        if lines and lines[-1]:
            lines.append("")
            labels.append("blank")
        for part in textwrap.wrap(line, width):
            lines.append(part)
            labels.append(label)
        lines.append("")
        labels.append("blank")
    return {**page, "scraped_text": "\n".join(lines), "line_labels": labels}
