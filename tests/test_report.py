"""The HTML audit report, rendered in real headless Chromium (Debian's, driven by Playwright)."""
from __future__ import annotations

import gzip
import json
import os
import shutil
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

import cleanpress
from helpers import DATA, ROOT, SAMPLES, cli

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")

MALICIOUS = ("<script>alert(1)</script>\nThe council approved the budget on Monday, officials said.\n"
             '<img src=x onerror="alert(2)">\nSubscribe\n')


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The samples, the AEB pages (with their URLs) and a page of markup, as one folder."""
    root = tmp_path_factory.mktemp("report")
    data = root / "data"
    shutil.copytree(SAMPLES, data, ignore=shutil.ignore_patterns("*.json"))
    with gzip.open(DATA / "aeb-htmltext.jsonl.gz", "rt", encoding="utf-8") as f:
        pages = [json.loads(line) for line in f]
    (data / "aeb.jsonl").write_text("".join(json.dumps({"id": p["id"], "url": p["url"], "text": p["scraped_text"]})
                                            + "\n" for p in pages))
    (data / "zz-malicious.txt").write_text(MALICIOUS)
    run = cli("report", "data", "-o", "report.html", "--jobs", "2",
              "--title", "cleanpress report: the samples and the AEB pages", cwd=root)
    assert run.returncode == 0, run.stderr.decode()
    return root


def documents(corpus: Path) -> list[tuple[str, str]]:
    """(source, text) of every document, in the order the report lists them."""
    out = []
    for name in sorted(os.listdir(corpus / "data")):
        path = corpus / "data" / name
        if name.endswith(".jsonl"):
            out += [(str(path), json.loads(line)["text"]) for line in path.read_text().splitlines()]
        elif name.endswith(".txt"):
            out.append((str(path), path.read_text()))
        elif name.endswith(".wet"):
            with open(path, "rb") as f:
                out += [(str(path), r.content_stream().read().decode()) for r in ArchiveIterator(f)
                        if r.rec_type == "conversion"]
    return out


def test_the_marks_are_exactly_the_edits_of_clean(browser, corpus: Path):
    page = browser.new_page()
    page.goto((corpus / "report.html").as_uri())
    shown = page.evaluate("""() => [...document.querySelectorAll('section.doc')].map(s => ({
        marks: [...s.querySelectorAll('pre.orig mark')].map(m => [m.dataset.code, +m.dataset.start, +m.dataset.end,
                                                                 m.textContent]),
        clean: s.querySelector('pre.clean').textContent}))""")
    docs = documents(corpus)
    assert len(shown) == len(docs) > 180
    for (source, text), got in zip(docs, shown):
        result = cleanpress.clean(text)
        want = [[e.code, e.start, e.end, text[e.start:e.end] or "⏎"] for e in result.edits]
        assert got["marks"] == want, source
        assert got["clean"] == result.text, source
    page.close()


def test_markup_in_the_input_is_shown_as_text_and_never_runs(browser, corpus: Path):
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto((corpus / "report.html").as_uri())
    page.wait_for_timeout(300)
    assert dialogs == []
    last = page.locator("section.doc").last
    assert "<script>alert(1)</script>" in last.locator("pre.orig").inner_text()
    assert '<img src=x onerror="alert(2)">' in last.locator("pre.orig").inner_text()
    assert page.locator("section.doc img").count() == 0
    page.close()


def test_filters_keyboard_and_a_screenshot(browser, corpus: Path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto((corpus / "report.html").as_uri())
    total = page.locator("section.doc").count()
    page.select_option("#f-code", "CP305")
    visible = page.locator("section.doc:not([hidden])")
    assert 0 < visible.count() < total
    assert all("CP305" in visible.nth(i).get_attribute("data-codes").split() for i in range(visible.count()))
    page.select_option("#f-code", "")
    page.fill("#f-min", "90")
    assert all(float(page.locator("section.doc:not([hidden])").nth(i).get_attribute("data-removed")) > 0.9
               for i in range(page.locator("section.doc:not([hidden])").count()))
    page.fill("#f-min", "0")
    assert page.locator("section.doc:not([hidden])").count() == total
    page.evaluate("document.activeElement.blur()")  # as after a click outside the filters
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.id") == "doc1"
    # A duplicate's link leads to the copy that stays.
    link = page.locator("a.kept").first
    target = link.get_attribute("href")
    assert page.locator(target).count() == 1
    # Screenshots for the README: the overview, and the founding sample side by side.
    page.evaluate("window.scrollTo(0, 0)")
    (ROOT / "build").mkdir(exist_ok=True)
    page.screenshot(path=str(ROOT / "build" / "report.png"))
    page.locator("section.doc", has_text="sputnik-biden-putin-call.txt").screenshot(
        path=str(ROOT / "build" / "report-document.png"))
    assert (ROOT / "build" / "report.png").stat().st_size > 10_000
    assert (ROOT / "build" / "report-document.png").stat().st_size > 10_000
    page.close()


def test_without_javascript_every_document_is_shown(browser, corpus: Path):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto((corpus / "report.html").as_uri())
    assert page.locator("section.doc:visible").count() == len(documents(corpus))
    assert not page.locator("#filters").is_visible()
    context.close()


def test_a_large_corpus_is_sampled_and_the_page_says_so(tmp_path: Path):
    recs = [{"text": f"Subscribe\nStory {i} about the harbour and the town, reported on day {i}.\n"} for i in range(50)]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in recs))
    cli("report", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "r.html"), "--max-documents", "10", check=True)
    page = (tmp_path / "r.html").read_text()
    assert page.count('<section class="doc"') == 10
    assert "This report shows 10 of 50 documents" in page
