"""cleanpress as a datatrove step: a real datatrove pipeline (reader, step, writer) over JSONL shards."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

import cleanpress
from cleanpress.result import Edit
from helpers import aeb_pages

pytest.importorskip("datatrove", reason="datatrove is a test extra: pip install -e '.[test]'")
from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from cleanpress.datatrove import EDITS_KEY, CleanpressFormatter  # noqa: E402

ALL_CHROME = "Home | World | Politics\nSubscribe\nShare on Facebook\n"


@pytest.fixture(scope="module")
def shards(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("shards")
    pages = {p["id"]: p["scraped_text"] for p in aeb_pages("htmltext")[:12]}
    pages["all-chrome"] = ALL_CHROME
    items = list(pages.items())
    for n in range(2):
        with (folder / f"part-{n}.jsonl").open("w", encoding="utf-8") as f:
            for pid, text in items[n::2]:
                f.write(json.dumps({"id": pid, "text": text}) + "\n")
    return folder, pages


def run(shards: Path, out: Path, step: CleanpressFormatter, tasks: int) -> tuple[dict[str, dict], dict]:
    LocalPipelineExecutor(pipeline=[JsonlReader(str(shards)), step, JsonlWriter(str(out / "data"))],
                          tasks=tasks, workers=tasks, logging_dir=str(out / "logs")).run()
    docs = {}
    for path in sorted((out / "data").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                docs[doc["id"]] = doc
    stats = json.loads((out / "logs" / "stats.json").read_text())
    mine = next(s["stats"] for s in stats if "cleanpress" in s["name"])
    # A count is a number, or a summary of values with their total.
    return docs, {k: v if isinstance(v, int) else v["total"] for k, v in mine.items()}


@pytest.mark.parametrize("tasks", [1, 2])
def test_a_datatrove_pipeline_cleans_each_document_as_cleanpress_does(shards, tmp_path, tasks):
    folder, pages = shards
    docs, stats = run(folder, tmp_path, CleanpressFormatter(drop_empty=True), tasks)
    # Every page cleaned as clean() cleans it; the page that was all chrome is not passed on.
    assert set(docs) == set(pages) - {"all-chrome"}
    for pid, doc in docs.items():
        assert doc["text"] == cleanpress.clean(pages[pid]).text
    assert stats["dropped"] == 1 and stats["forwarded"] == len(pages) - 1
    # Removals counted by rule code, as the edits say.
    expected: dict[str, int] = {}
    for text in pages.values():
        for e in cleanpress.clean(text).edits:
            expected[e.code] = expected.get(e.code, 0) + 1
    assert {k: v for k, v in stats.items() if k.startswith("CP")} == expected


def test_kept_edits_put_back_what_was_removed_and_metadata_lines_move_into_metadata(shards, tmp_path):
    folder, pages = shards
    docs, _ = run(folder, tmp_path, CleanpressFormatter(keep_edits=True), 1)
    assert "text" not in docs["all-chrome"]  # datatrove's writer leaves out an empty text
    for pid, doc in docs.items():
        edits = [Edit.from_dict(e) for e in doc["metadata"][EDITS_KEY]]
        assert cleanpress.replay(pages[pid], edits) == doc.get("text", "")
    # The founding sample's URL and publication time go into the document's metadata.
    sample = tmp_path / "sample"
    sample.mkdir()
    text = (Path(__file__).resolve().parent.parent / "samples" / "sputnik-biden-putin-call.txt").read_text()
    (sample / "part.jsonl").write_text(json.dumps({"id": "sputnik", "text": text}) + "\n")
    docs, _ = run(sample, tmp_path / "sample-out", CleanpressFormatter(), 1)
    meta = docs["sputnik"]["metadata"]
    assert meta["url"].startswith("https://sputniknews.com/") and meta["published"].startswith("2021-12-3")


def test_without_datatrove_the_step_says_how_to_install_it_and_nothing_else_imports_it(tmp_path):
    (tmp_path / "datatrove").mkdir()  # a package that hides the real one and fails to import
    (tmp_path / "datatrove" / "__init__.py").write_text("raise ImportError('no datatrove here')\n")

    def python(code: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path,
                              env={"PYTHONPATH": str(tmp_path)})

    run = python("import cleanpress.datatrove")
    assert run.returncode != 0 and "pip install 'cleanpress[datatrove]'" in run.stderr
    run = python("import sys, cleanpress, cleanpress.cli, cleanpress.batch; assert 'datatrove' not in sys.modules")
    assert run.returncode == 0, run.stderr
