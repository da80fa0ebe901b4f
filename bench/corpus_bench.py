#!/usr/bin/env python3
"""Corpus-scale figures, side by side in one run on one generated corpus.

    python bench/corpus_bench.py [--scale N] [--repeat R] [--ray]

The corpus: bench/corpusgen.py (real AEB article text with near-duplicate variants), grown with
--scale. Prints MB/s per core of `cleanpress clean` (--jobs 1 and 2), of `cleanpress dedup`, of
MinHash signatures alone (cleanpress's bulk numpy path against datasketch's MinHash.update() per
shingle, the baseline), and the peak memory (max RSS) of each CLI run. Medians of R runs.
With --ray, also `--engine ray` with 1 and 2 workers on the same corpus, and Ray's overhead (the
same commands on a corpus of one document: starting Ray and its stages).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpusgen  # noqa: E402


def cli(*args: str) -> tuple[float, float]:
    """Wall time and peak RSS (MB) of one CLI run in a fresh process."""
    code = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
            "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
            "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)")
    out = subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "cleanpress", *args, "-q"],
                         capture_output=True, text=True, check=True).stdout.split()
    if out[2] != "0":
        sys.exit(f"cleanpress {' '.join(args)} failed")
    return float(out[0]), int(out[1]) / 1024


def signatures_bulk(texts: list[str]) -> None:
    from cleanpress.dedup import DedupConfig, document_signatures

    config = DedupConfig()
    for i in range(0, len(texts), 256):
        document_signatures(texts[i:i + 256], config)


def signatures_datasketch(texts: list[str]) -> None:
    from datasketch import MinHash

    from cleanpress.features import WORD

    for t in texts:
        words = WORD.findall(t.lower())
        m = MinHash(num_perm=128)
        for i in range(max(1, len(words) - 1)):
            m.update(" ".join(words[i:i + 2]).encode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=int, default=8)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--ray", action="store_true", help="also measure --engine ray")
    args = ap.parse_args()
    records = corpusgen.generate(None, 3, seed=7, scale=args.scale)
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "corpus.jsonl"
        feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        mb = feed.stat().st_size / 1e6
        texts = [r["text"] for r in records]
        commands = [("clean -j1", ("clean", "-j", "1")), ("clean -j2", ("clean", "-j", "2")),
                    ("dedup -j1", ("dedup", "-j", "1")), ("dedup -j2", ("dedup", "-j", "2"))]
        if args.ray:
            commands += [(f"{name} ray", (*extra, "--engine", "ray")) for name, extra in commands]
        runs: dict[str, list[float]] = {k: [] for k, _ in commands}
        runs.update({"signatures (bulk)": [], "signatures (datasketch)": []})
        peak: dict[str, float] = {}
        tiny = Path(tmp) / "tiny.jsonl"
        tiny.write_text(json.dumps(records[0]) + "\n", encoding="utf-8")
        overhead: dict[str, list[float]] = {}
        for _ in range(args.repeat):
            for name, extra in commands:
                out = Path(tmp) / ("out-ray" if "ray" in name else "out.jsonl")
                wall, rss = cli(extra[0], str(feed), "-o", str(out), *extra[1:])
                runs[name].append(wall)
                peak[name] = max(peak.get(name, 0), rss)
                if "ray" in name and "-j2" in name:
                    overhead.setdefault(name, []).append(cli(extra[0], str(tiny), "-o", str(out) + "-tiny",
                                                             *extra[1:])[0])
            for name, fn in [("signatures (bulk)", signatures_bulk), ("signatures (datasketch)", signatures_datasketch)]:
                t = time.perf_counter()
                fn(texts)
                runs[name].append(time.perf_counter() - t)
    rate = {k: mb / statistics.median(v) for k, v in runs.items()}
    print(f"corpus: {len(records)} documents, {mb:.1f} MB of JSONL (corpusgen --scale {args.scale}); "
          f"median of {args.repeat} runs; python {sys.version.split()[0]}")
    for k in runs:
        cores = 2 if "-j2" in k else 1
        mem = f"  peak {peak[k]:.0f} MB" if k in peak else ""
        print(f"  {k:<24} {rate[k]:7.2f} MB/s  {rate[k] / cores:7.2f} MB/s per core{mem}")
    print("ratios:")
    print(f"  clean -j2 / clean -j1:             {rate['clean -j2'] / rate['clean -j1']:.2f}")
    print(f"  dedup -j2 / dedup -j1:             {rate['dedup -j2'] / rate['dedup -j1']:.2f}")
    print(f"  signatures bulk / datasketch:      {rate['signatures (bulk)'] / rate['signatures (datasketch)']:.1f}")
    for k, v in overhead.items():
        print(f"  {k}: {statistics.median(v):.1f} s on one document (Ray's start-up and stages);"
              f" ray / local on the corpus: {rate[k] / rate[k.removesuffix(' ray')]:.2f}")


if __name__ == "__main__":
    main()
