#!/usr/bin/env python3
"""A corpus with known near-duplicate clusters, made from real article text.

    python bench/corpusgen.py OUT.jsonl [--articles N] [--copies-max K] [--seed S] [--scale X]

Each article of the AEB pages (their gold text, real prose) is one cluster; a cluster gets 0 to
K variants, each made by editing 5-20% of the words (substitute, delete, insert), maybe
reordering paragraphs, and adding site chrome lines. Records carry ``cluster`` (the truth) and
``variant`` (0 for the original). ``--scale`` adds more variants of every article, to grow the
corpus for speed and memory figures.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AEB = ROOT / "tests" / "data" / "aeb-htmltext.jsonl.gz"
CHROME = ["Subscribe", "Share this article", "Advertisement", "Follow us on Twitter", "Read more",
          "© 2024 All rights reserved", "Sign up for our newsletter", "Comments (3)", "Related stories"]


def articles() -> list[str]:
    with gzip.open(AEB, "rt", encoding="utf-8") as f:
        texts = [json.loads(line)["gold_text"] for line in f]
    return [t for t in texts if len(t.split()) >= 60]


def variant(text: str, rng: random.Random, vocabulary: list[str]) -> str:
    rate = rng.uniform(0.05, 0.20)
    paragraphs = [p for p in text.split("\n") if p.strip()]
    out = []
    for p in paragraphs:
        words = []
        for w in p.split():
            r = rng.random()
            if r < rate / 3:
                continue  # delete
            if r < 2 * rate / 3:
                words.append(rng.choice(vocabulary))  # substitute
                continue
            words.append(w)
            if r < rate:
                words.append(rng.choice(vocabulary))  # insert
        out.append(" ".join(words))
    if len(out) > 2 and rng.random() < 0.5:
        i, j = rng.sample(range(len(out)), 2)
        out[i], out[j] = out[j], out[i]
    for _ in range(rng.randint(0, 4)):
        out.insert(rng.choice([0, len(out)]), rng.choice(CHROME))
    return "\n".join(out) + "\n"


def generate(n_articles: int | None, copies_max: int, seed: int, scale: int = 1) -> list[dict]:
    base = articles()[:n_articles]
    vocabulary = sorted({w for t in base for w in t.split()})
    records = []
    for s in range(scale):
        rng = random.Random(seed + s)
        for n, text in enumerate(base):
            cluster = str(n)  # every copy of an article, at any scale, is one cluster
            members = [(0, text if s == 0 else variant(text, rng, vocabulary))]
            members += [(v, variant(text, rng, vocabulary)) for v in range(1, rng.randint(0, copies_max) + 1)]
            for v, t in members:
                records.append({"id": f"{s}-{n}-{v}", "cluster": cluster, "variant": v, "text": t})
    random.Random(seed).shuffle(records)
    return records


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=None)
    ap.add_argument("--copies-max", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--scale", type=int, default=1)
    args = ap.parse_args()
    records = generate(args.articles, args.copies_max, args.seed, args.scale)
    with open(args.out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(records)} records, {len({r['cluster'] for r in records})} clusters -> {args.out}")


if __name__ == "__main__":
    main()
