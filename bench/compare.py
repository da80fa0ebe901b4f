#!/usr/bin/env python3
"""This checkout's cleanpress against another one, page by page in one process.

    python bench/compare.py OTHER_CHECKOUT [--pages aeb|generated] [--repeat N]

On a noisy machine two runs minutes apart can differ by more than a change does. Here both
versions are loaded side by side (copied under the names ``cleanpress_base`` and
``cleanpress_this``) and every page is cleaned by one and then the other, the order alternating
from run to run, so that both meet the same machine. Prints MB/s of ``clean()`` for each (the best
of N runs, caches of blocks and words emptied before each) and the ratio, run by run.

  aeb        the 181 AEB pages (scraped pages, most of their lines menus and links)
  generated  876 documents of article text with near-duplicate variants (bench/corpusgen.py)
"""
from __future__ import annotations

import argparse
import gzip
import importlib
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import corpusgen  # noqa: E402
from bench import forget  # noqa: E402


def pages(which: str) -> list[str]:
    if which == "aeb":
        with gzip.open(ROOT / "tests" / "data" / "aeb-htmltext.jsonl.gz", "rt", encoding="utf-8") as f:
            return [json.loads(line)["scraped_text"] for line in f]
    return [r["text"] for r in corpusgen.generate(None, 3, seed=7, scale=2)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("other", type=Path, help="a checkout of cleanpress (a git worktree, say)")
    ap.add_argument("--pages", choices=("aeb", "generated"), default="aeb")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if not (args.other / "cleanpress" / "pipeline.py").is_file():
        sys.exit(f"error: {args.other} holds no cleanpress package (cleanpress/pipeline.py)")
    texts = pages(args.pages)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(args.other / "cleanpress", Path(tmp) / "cleanpress_base")
        shutil.copytree(ROOT / "cleanpress", Path(tmp) / "cleanpress_this")
        sys.path.insert(0, tmp)
        base = importlib.import_module("cleanpress_base").clean
        this = importlib.import_module("cleanpress_this").clean
        times: dict[str, list[float]] = {"base": [], "this": []}
        for run in range(args.repeat):
            forget("cleanpress_base")
            forget("cleanpress_this")
            spent = {"base": 0.0, "this": 0.0}
            order = [("base", base), ("this", this)] if run % 2 == 0 else [("this", this), ("base", base)]
            for text in texts:
                for name, clean in order:
                    t0 = time.perf_counter()
                    clean(text)
                    spent[name] += time.perf_counter() - t0
            for name in times:
                times[name].append(spent[name])
    best = {k: min(v) for k, v in times.items()}
    print(f"pages: {args.pages}, {len(texts)} documents, {mb:.2f} MB; best of {args.repeat} runs; "
          f"python {sys.version.split()[0]}")
    print(f"  base ({args.other})  {mb / best['base']:6.2f} MB/s")
    print(f"  this ({ROOT})  {mb / best['this']:6.2f} MB/s")
    runs = ", ".join(f"{b / t:.3f}" for b, t in zip(times["base"], times["this"]))
    print(f"  speed this / base: {best['base'] / best['this']:.3f}  (run by run: {runs})")


if __name__ == "__main__":
    main()
