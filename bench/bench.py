#!/usr/bin/env python3
"""Speed of cleanpress on the AEB pages, beside baselines measured in the same run.

    python bench/bench.py [--repeat N] [--corpus PATH.jsonl(.gz)]

Prints, for each measure, the median over N runs (and min..max), in MB/s of input (the JSONL
feed: {"id", "text"} lines), and ratios to the baselines. Machines are noisy: compare ratios,
and only figures from one run.

  cli         `cleanpress clean --format jsonl --jobs 1` in a fresh process, as installed
              (bytecode compiled once): what a user gets, start-up, imports and cold caches
              included
  cli-steady  the same, less the start-up (the median wall time on an empty file): the rate
              a long input runs at
  library     cleanpress.clean() over every page in one warm process (a long-running pipeline),
              its caches of blocks and words emptied before each run
  json-floor  json.loads + json.dumps of each record: the floor any JSONL filter pays
  line-rules  a C4-style line filter (keep lines of 5+ words that end in punctuation) in Python:
              the cheapest cleaner worth the name
  word-floor  white space folded, words found (cleanpress's word pattern) and function words
              counted on every line, nothing decided: the least a cleaner that finds the words
              of every line with a Unicode word pattern does in Python
Single core: every measure runs in one process.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests" / "data" / "aeb-htmltext.jsonl.gz"


def load(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def feed_of(pages: list[dict]) -> bytes:
    return "".join(json.dumps({"id": p["id"], "text": p.get("scraped_text", p.get("text", ""))},
                              ensure_ascii=False) + "\n" for p in pages).encode("utf-8")


def json_floor(feed: bytes) -> None:
    for line in feed.splitlines():
        json.dumps(json.loads(line), ensure_ascii=False)


def line_rules(feed: bytes) -> None:
    for line in feed.splitlines():
        rec = json.loads(line)
        kept = [ln for ln in rec["text"].split("\n")
                if len(ln.split()) >= 5 and ln.rstrip().endswith((".", "!", "?", '"', "”"))]
        rec["text"] = "\n".join(kept)
        json.dumps(rec, ensure_ascii=False)


def word_floor(feed: bytes) -> None:
    from cleanpress.features import tokens
    from cleanpress.stopwords import ALL

    words = tokens.__wrapped__  # uncached: every line is new to it
    for line in feed.splitlines():
        rec = json.loads(line)
        for ln in rec["text"].split("\n"):
            flat = " ".join(ln.split())
            sum(map(ALL.__contains__, words(flat)))
        json.dumps(rec, ensure_ascii=False)


#: Caches that hold compiled patterns, not data: kept warm, as in any long-running process.
_COMPILED = {"_compiled", "permutations", "_ftfy_config", "_symbol_members"}


def forget(package: str = "cleanpress") -> None:
    """Empty the caches of blocks, words and tokens of cleanpress (or of a copy of it loaded as
    ``package``), so that a run of the library over the corpus pays for every block once, as a
    stream of new pages would, instead of finding them all remembered from the run before."""
    for name, mod in list(sys.modules.items()):
        if name == package or name.startswith(package + "."):
            for attr, value in vars(mod).items():
                if attr in ("_WORD_HASH",):
                    value.clear()
                elif callable(getattr(value, "cache_clear", None)) and attr not in _COMPILED:
                    value.cache_clear()


def library(feed: bytes) -> None:
    import cleanpress

    forget()
    for line in feed.splitlines():
        rec = json.loads(line)
        rec["text"] = cleanpress.clean(rec["text"]).text
        json.dumps(rec, ensure_ascii=False)


def timed(fn, *args) -> float:
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def cli(path: str, pycache: str) -> tuple[float, int]:
    exe = [sys.executable, "-m", "cleanpress", "clean", "--format", "jsonl", "--jobs", "1", "--quiet", path]
    # As installed: modules compiled once to bytecode (pip does it at install), kept in ``pycache``
    # so that the source tree stays as it is, even where PYTHONDONTWRITEBYTECODE is set.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache
    t0 = time.perf_counter()
    run = subprocess.run(exe, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    wall = time.perf_counter() - t0
    if run.returncode != 0:
        sys.exit(f"cleanpress failed: {run.stderr.decode()[-2000:]}")
    return wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    args = ap.parse_args()
    pages = load(args.corpus)
    feed = feed_of(pages)
    mb = len(feed) / 1e6
    with tempfile.NamedTemporaryFile("wb", suffix=".jsonl", delete=False) as f:
        f.write(feed)
        path = f.name
    with tempfile.NamedTemporaryFile("wb", suffix=".jsonl", delete=False) as f:
        empty = f.name
    pycache = tempfile.TemporaryDirectory()
    try:
        runs: dict[str, list[float]] = {"cli": [], "cli-steady": [], "library": [], "json-floor": [],
                                        "line-rules": [], "word-floor": []}
        peak = 0
        starts = []
        library(feed[: feed.index(b"\n") + 1])  # import and compile once: the library figure is warm
        cli(empty, pycache.name)  # bytecode written once, as an install does
        for _ in range(args.repeat):
            starts.append(cli(empty, pycache.name)[0])
            wall, rss = cli(path, pycache.name)
            runs["cli"].append(wall)
            peak = max(peak, rss)
            runs["library"].append(timed(library, feed))
            runs["json-floor"].append(timed(json_floor, feed))
            runs["line-rules"].append(timed(line_rules, feed))
            runs["word-floor"].append(timed(word_floor, feed))
        startup = statistics.median(starts)
        runs["cli-steady"] = [max(w - startup, 1e-9) for w in runs["cli"]]
    finally:
        os.unlink(path)
        os.unlink(empty)
        pycache.cleanup()
    print(f"corpus: {args.corpus.name}, {len(pages)} pages, {mb:.2f} MB of JSONL; {args.repeat} runs; "
          f"python {sys.version.split()[0]}, 1 core")
    rate = {k: mb / statistics.median(v) for k, v in runs.items()}
    for k, v in runs.items():
        lo, hi = mb / max(v), mb / min(v)
        print(f"  {k:<11} {rate[k]:8.2f} MB/s  (median; {lo:.2f}..{hi:.2f})  {statistics.median(v):6.2f} s")
    print(f"  cli start-up: {statistics.median(starts):.2f} s (median, an empty file)")
    print(f"  cli peak memory: {peak / 1024:.0f} MB (max RSS)")
    print("ratios:")
    print(f"  library / line-rules: {rate['library'] / rate['line-rules']:.3f}")
    print(f"  library / json-floor: {rate['library'] / rate['json-floor']:.3f}")
    print(f"  library / word-floor: {rate['library'] / rate['word-floor']:.3f}")
    print(f"  cli / library:        {rate['cli'] / rate['library']:.3f}  (start-up and cold caches)")


if __name__ == "__main__":
    main()
