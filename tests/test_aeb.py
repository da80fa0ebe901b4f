"""Quality on real pages: the 181 article-extraction-benchmark pages (MIT), as two tools scraped them.

Run through the CLI as a JSONL filter, the way ../shared/eval/score_pages.py runs it. The bars are
the issue's: word-4-gram F1 >= 0.85 and at most 10% of content lines lost. Known hard pages (tables
without prose, deal lists) keep the figures from being higher; see the README's figures.
"""
import json

import pytest

from cleanpress import Config, clean
from cleanpress.segment import PARAGRAPHS, blocks
from helpers import aeb_pages, cli, content_lines_lost, hard_wrapped, word4_f1


def score(pages: list[dict]) -> tuple[float, float]:
    """Word-4-gram F1 and the share of content lines lost, with the pages cleaned by the CLI as
    one JSONL feed."""
    feed = "".join(json.dumps({"id": p["id"], "text": p["scraped_text"]}, ensure_ascii=False) + "\n" for p in pages)
    run = cli("clean", "--format", "jsonl", input=feed, check=True)
    outs = {r["id"]: r["text"] for r in map(json.loads, run.stdout.decode().splitlines())}
    assert len(outs) == len(pages)
    f1 = sum(word4_f1(p["gold_text"], outs[p["id"]]) for p in pages) / len(pages)
    lost = total = 0
    for p in pages:
        a, b = content_lines_lost(p, outs[p["id"]])
        lost, total = lost + a, total + b
    return f1, lost / total


@pytest.mark.parametrize("name", ["htmltext", "inscriptis"])
def test_aeb_pages_f1_and_content_kept(name):
    f1, lost = score(aeb_pages(name))
    assert f1 >= 0.85, f"F1 {f1:.3f}"
    assert lost <= 0.10, f"content lines lost {lost:.3f}"
    # A ratchet under the bars: what the rules reach now (F1 0.950 and 0.948, 3.9% and
    # 3.4% lost), less a margin. A change that costs more than that must say why here.
    assert f1 >= 0.94, f"F1 {f1:.3f}: lower than the rules reached"
    assert lost <= 0.05, f"content lines lost {lost:.3f}: more than the rules lost"


@pytest.mark.parametrize("name", ["htmltext", "inscriptis"])
def test_aeb_pages_hard_wrapped_as_lynx_writes_them_clean_as_well(name):
    # Wrapped prose under a menu of short lines is still wrapped prose: each paragraph is one
    # block, and no wrapped line is judged alone as if it were a menu item.
    pages = [hard_wrapped(p) for p in aeb_pages(name)]
    assert sum(blocks(p["scraped_text"])[1] == PARAGRAPHS for p in pages) >= 0.95 * len(pages)
    f1, lost = score(pages)
    assert f1 >= 0.90, f"F1 {f1:.3f}"
    assert lost <= 0.05, f"content lines lost {lost:.3f}"
    for p in pages:
        once = clean(p["scraped_text"]).text
        assert clean(once).text == once, (name, p["id"])


@pytest.mark.parametrize("ignore", [(), ("CP2",), ("CP3",), ("CP1",)])
def test_aeb_pages_clean_to_their_own_clean_text_whatever_rules_are_ignored(ignore):
    # With CP2 ignored, share buttons stay, and each decision round can find a new title among
    # them: rounds go on until one over exactly the kept blocks removes nothing.
    config = Config(ignore=ignore)
    for name in ("htmltext", "inscriptis"):
        for p in aeb_pages(name):
            once = clean(p["scraped_text"], config).text
            assert clean(once, config).text == once, (name, p["id"])
