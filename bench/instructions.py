#!/usr/bin/env python3
"""Instructions that clean() executes over the AEB pages, counted by valgrind's callgrind.

    python bench/instructions.py [OTHER_CHECKOUT] [--pages aeb|generated]

Wall-clock time on a shared machine drifts by 20% or more from one minute to the next; the number
of instructions a run executes does not. This counts them for one pass of ``clean()`` over the
pages, in a process that has already cleaned them once (imports done, patterns compiled, caches
of blocks and words emptied before the pass): a run with the pass minus a run without it. With
another checkout, it counts that one too and prints the ratio. Instructions are not time (a cache
miss costs more than an add), but a change that saves a tenth of them is seldom slower.

Needs ``valgrind`` on the PATH; a pass takes a minute or two under it.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Run under callgrind in a checkout's folder: that checkout's cleanpress and bench helpers.
_PASS = """
import sys
sys.path[:0] = [{root!r}, {root!r} + "/bench"]
import bench, cleanpress
{load}
for t in texts:
    cleanpress.clean(t)
for _ in range({passes}):
    bench.forget()
    for t in texts:
        cleanpress.clean(t)
"""
_LOAD = {
    "aeb": "texts = [p['scraped_text'] for p in bench.load(bench.DEFAULT)]",
    "generated": "import corpusgen\ntexts = [r['text'] for r in corpusgen.generate(None, 3, seed=7, scale=2)]",
}


def count(root: Path, pages: str, passes: int) -> int:
    """Instructions of a process that cleans the pages once, then ``passes`` more times."""
    code = _PASS.format(root=str(root), load=_LOAD[pages], passes=passes)
    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out",
                              sys.executable, "-c", code], capture_output=True, text=True)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode != 0 or not found:
        sys.exit(f"error: the run under valgrind failed:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def per_pass(root: Path, pages: str) -> int:
    """Instructions of one pass of clean() over the pages (two counts, in parallel)."""
    with ThreadPoolExecutor(2) as pool:
        without, with_pass = pool.map(lambda n: count(root, pages, n), (0, 1))
    return with_pass - without


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("other", type=Path, nargs="?", help="another checkout of cleanpress, to compare with")
    ap.add_argument("--pages", choices=tuple(_LOAD), default="aeb")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("error: valgrind is not installed (apt install valgrind); bench/compare.py times two "
                 "checkouts without it")
    if args.other is not None and not (args.other / "cleanpress" / "pipeline.py").is_file():
        sys.exit(f"error: {args.other} holds no cleanpress package (cleanpress/pipeline.py)")
    this = per_pass(ROOT, args.pages)
    print(f"pages: {args.pages}; instructions of one pass of clean(), python {sys.version.split()[0]}")
    print(f"  this ({ROOT})  {this / 1e9:.3f} G")
    if args.other is not None:
        other = per_pass(args.other.resolve(), args.pages)
        print(f"  other ({args.other})  {other / 1e9:.3f} G")
        print(f"  this / other: {this / other:.3f}")


if __name__ == "__main__":
    main()
