"""The Ray engine gives the local engine's answer, on a real local Ray (ray.init(num_cpus=2))."""
from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

import cleanpress
from cleanpress.dedup import DedupConfig, document_signatures
from helpers import ROOT, SAMPLES, cli

sys.path.insert(0, str(ROOT / "bench"))
import corpusgen  # noqa: E402

ray = pytest.importorskip("ray", reason="Ray is a test extra: pip install -e '.[test]'")
cpray = pytest.importorskip("cleanpress.ray")


def chain() -> list[str]:
    """A~B and B~C while A and C are far apart: 20% of A's words changed in B, 20% more in C."""
    base = next(a for a in corpusgen.articles()[24:] if 400 < len(a.split()) < 900).split()  # not in corpus()
    positions = list(range(len(base)))
    random.Random(3).shuffle(positions)
    n = len(base) // 5
    b = list(base)
    for i in positions[:n]:
        b[i] = f"bx{i}"
    c = list(b)
    for i in positions[n:2 * n]:
        c[i] = f"cx{i}"
    return [" ".join(base), " ".join(b), " ".join(c)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, list[dict]]:
    """Known clusters, a chain among them, shuffled so that clusters span blocks."""
    recs = corpusgen.generate(24, 3, seed=11)
    a, b, c = chain()
    sig = document_signatures([a, b, c], DedupConfig())
    sim = lambda i, j: float((sig[i] == sig[j]).mean())  # noqa: E731
    assert sim(0, 1) >= 0.35 and sim(1, 2) >= 0.35 and sim(0, 2) < 0.25  # the chain is a chain
    recs += [{"id": f"chain-{k}", "cluster": "chain", "variant": k, "text": t} for k, t in enumerate((a, b, c))]
    random.Random(5).shuffle(recs)
    path = tmp_path_factory.mktemp("ray") / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs))
    return path, recs


@pytest.fixture(scope="module")
def local_ray():
    from ray.data.context import ShuffleStrategy

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    ray.data.DataContext.get_current().enable_progress_bars = False
    ray.data.DataContext.get_current().shuffle_strategy = ShuffleStrategy.SORT_SHUFFLE_PULL_BASED
    yield
    ray.shutdown()


def local_answer(path: Path, tmp: Path) -> tuple[list[str], list[list]]:
    cli("dedup", str(path), "-o", str(tmp / "kept.jsonl"), "--clusters", str(tmp / "c.jsonl"), "-q", check=True)
    kept = [json.loads(line)["id"] for line in (tmp / "kept.jsonl").read_text().splitlines()]
    clusters = [[(m["line"] - 1, m["kept"], m["similarity"]) for m in json.loads(line)["members"]]
                for line in (tmp / "c.jsonl").read_text().splitlines()]
    return kept, clusters


@pytest.mark.parametrize("components", ["driver", "distributed"])
def test_ray_dedup_equals_the_local_engine_across_blocks_and_chains(local_ray, corpus, tmp_path, components):
    path, recs = corpus
    want_kept, want_clusters = local_answer(path, tmp_path)
    ds = ray.data.from_items(recs, override_num_blocks=4)
    kept, clusters = cpray.dedup(ds, components=components)
    assert [r["id"] for r in kept.iter_rows()] == want_kept
    assert [[(m["order"], m["kept"], m["similarity"]) for m in c["members"]] for c in clusters] == want_clusters
    # The chain is one cluster of three, A first; its members sit in different blocks.
    order = {r["id"]: n for n, r in enumerate(recs)}
    [chained] = [c for c in clusters if {m["order"] for m in c["members"]} & {order["chain-0"]}]
    assert sorted(m["order"] for m in chained["members"]) == sorted(order[f"chain-{k}"] for k in range(3))
    assert len({order[f"chain-{k}"] * 4 // len(recs) for k in range(3)}) > 1


def test_ray_clean_is_the_core_cleaner_as_map_batches(local_ray):
    texts = [(SAMPLES / name).read_text() for name in sorted(p.name for p in SAMPLES.glob("*.txt"))]
    rows = [{"id": i, "text": t, "keep": f"field {i}"} for i, t in enumerate(texts)]
    out = cpray.clean(ray.data.from_items(rows, override_num_blocks=2)).take_all()
    assert out == [{**r, "text": cleanpress.clean(r["text"]).text} for r in rows]


def test_cli_engine_ray_reads_and_writes_with_ray_and_matches_local(corpus, tmp_path):
    path, _ = corpus
    run = cli("dedup", str(path), "-o", str(tmp_path / "ray-out"), "--clusters", str(tmp_path / "ray-c.jsonl"),
              "--engine", "ray", "--jobs", "2")
    assert run.returncode == 0, run.stderr.decode()[-3000:]
    cli("dedup", str(path), "-o", str(tmp_path / "local.jsonl"), "--clusters", str(tmp_path / "local-c.jsonl"),
        "-q", check=True)
    got = sorted(line for f in (tmp_path / "ray-out").iterdir() for line in f.read_text().splitlines())
    want = sorted(json.dumps(json.loads(line), separators=(",", ":"), ensure_ascii=False)
                  for line in (tmp_path / "local.jsonl").read_text().splitlines())
    assert [json.loads(x) for x in got] == [json.loads(x) for x in want]
    assert sorted((tmp_path / "ray-c.jsonl").read_text().splitlines()) == \
        sorted((tmp_path / "local-c.jsonl").read_text().splitlines())
    # clean through Ray's reader and writer: the same records as the local engine.
    cli("clean", str(path), "-o", str(tmp_path / "ray-clean"), "--engine", "ray", "-q", check=True)
    cleaned = sorted((json.loads(line) for f in (tmp_path / "ray-clean").iterdir()
                      for line in f.read_text().splitlines()), key=lambda r: r["id"])
    local = [json.loads(line) for line in cli("clean", str(path), "--no-metadata", check=True).stdout.splitlines()]
    assert cleaned == sorted(local, key=lambda r: r["id"])


def test_without_ray_the_engine_says_how_to_install_it_and_nothing_else_imports_ray(tmp_path):
    fake = tmp_path / "fake" / "ray"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text("raise ImportError('No module named ray')\n")
    (tmp_path / "in.jsonl").write_text('{"text": "hello"}\n')
    run = cli("dedup", str(tmp_path / "in.jsonl"), "-o", str(tmp_path / "out"), "--engine", "ray",
              env={"PYTHONPATH": str(fake.parent)})
    assert run.returncode == 2
    assert "pip install 'cleanpress[ray]'" in run.stderr.decode() and "Traceback" not in run.stderr.decode()
    probe = ("import sys, cleanpress, cleanpress.cli, cleanpress.corpus, cleanpress.report\n"
             "from click.testing import CliRunner\n"
             "CliRunner().invoke(cleanpress.cli.main, ['clean', sys.argv[1], '-o', sys.argv[2]])\n"
             "assert 'ray' not in sys.modules, 'ray was imported'\n")
    subprocess.run([sys.executable, "-c", probe, str(SAMPLES / "clean-essay.txt"), str(tmp_path / "o.txt")],
                   check=True)


def test_wet_files_on_ray_give_the_local_engines_records_and_clusters(tmp_path):
    from test_warc import PAGES, wet

    data = tmp_path / "data"
    data.mkdir()
    (data / "a.warc.wet.gz").write_bytes(wet(PAGES[:3]))
    (data / "b.warc.wet").write_bytes(wet([PAGES[1], PAGES[3]], compressed=False))  # a page crawled twice
    files = [str(data / "a.warc.wet.gz"), str(data / "b.warc.wet")]
    run = cli("clean", *files, "-o", str(tmp_path / "ray-clean"), "--engine", "ray", "--jobs", "2")
    assert run.returncode == 0, run.stderr.decode()[-3000:]
    got = [json.loads(line) for f in sorted((tmp_path / "ray-clean").iterdir()) for line in f.read_text().splitlines()]
    local = [json.loads(line) for line in cli("clean", *files, "--no-metadata", check=True).stdout.splitlines()]
    assert sorted(got, key=json.dumps) == sorted(local, key=json.dumps) and len(local) == 5
    # dedup: the same pages kept, the same clusters, members named by the line their record starts on.
    cli("dedup", *files, "-o", str(tmp_path / "ray-kept"), "--clusters", str(tmp_path / "ray-c.jsonl"),
        "--engine", "ray", "--jobs", "2", check=True)
    cli("dedup", *files, "-o", str(tmp_path / "kept.jsonl"), "--clusters", str(tmp_path / "c.jsonl"), "-q", check=True)
    kept = [json.loads(line)["url"] for f in sorted((tmp_path / "ray-kept").iterdir()) for line in f.read_text().splitlines()]
    assert sorted(kept) == sorted(json.loads(line)["url"] for line in (tmp_path / "kept.jsonl").read_text().splitlines())
    assert (tmp_path / "ray-c.jsonl").read_text() == (tmp_path / "c.jsonl").read_text()
    assert len(kept) == 4 and json.loads((tmp_path / "c.jsonl").read_text())["members"][1]["line"] > 1


def test_a_broken_record_on_ray_is_an_input_error_and_leaves_no_output(tmp_path):
    from test_warc import PAGES, wet

    raw = wet(PAGES[:2], compressed=False)[:-3000]
    (tmp_path / "cut.warc.wet").write_bytes(raw)
    run = cli("clean", str(tmp_path / "cut.warc.wet"), "-o", str(tmp_path / "out"), "--engine", "ray")
    err = run.stderr.decode()
    line = raw[:raw.rindex(b"WARC/1.0")].count(b"\n") + 1
    assert run.returncode == 2 and "Traceback" not in err, err
    assert re.fullmatch(re.escape(f"cleanpress: error: {tmp_path / 'cut.warc.wet'}:{line}: the record is cut short: ")
                        + r"Content-Length says \d+ bytes, the file holds \d+ \(the file is truncated; restore it "
                        r"or leave it out with --exclude\)", err.strip()), err
    assert not (tmp_path / "out").exists()


def test_what_reading_wet_files_on_ray_warns_of_reaches_the_user_as_the_local_engine_says_it(tmp_path):
    # A task's stderr is not the user's terminal: records passed over and invalid UTF-8 replaced
    # are told on the driver's stderr, file by file, naming each file as it was given.
    from test_warc import PAGES, wet

    response = ("response", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>Hi</html>",
                "application/http; msgtype=response")
    raw = wet(PAGES[:2], compressed=False, extra=[response])
    body = PAGES[0]["scraped_text"].encode()
    raw = raw.replace(body, body[:40] + b"\xff" + body[40:]).replace(
        b"Content-Length: %d" % len(body), b"Content-Length: %d" % (len(body) + 1))
    (tmp_path / "a.warc.wet").write_bytes(raw)
    (tmp_path / "b.warc.wet.gz").write_bytes(wet(PAGES[2:3], extra=[response, response]))
    files = ["b.warc.wet.gz", "a.warc.wet"]

    def warnings(*args: str) -> list[str]:
        run = cli(*args, cwd=tmp_path, check=True)
        return [line for line in run.stderr.decode().splitlines() if line.startswith("cleanpress: warning:")]

    local = warnings("clean", *files, "-o", "local.jsonl")
    assert local == warnings("clean", *files, "-o", "ray-clean", "--engine", "ray", "--jobs", "2")
    assert local == warnings("dedup", *files, "-o", "ray-dedup", "--engine", "ray", "--jobs", "2")
    line = raw[:raw.index(b"\xff")].count(b"\n") + 1
    passed_over = "of HTML or other media passed over (response or non-text resource)"
    assert [line.split(": cleanpress cleans text")[0] for line in local] == [
        f"cleanpress: warning: b.warc.wet.gz: 2 records {passed_over}",
        f"cleanpress: warning: a.warc.wet:{line}: invalid UTF-8 (1 byte sequence) replaced with U+FFFD; "
        "the lines are kept",
        f"cleanpress: warning: a.warc.wet: 1 record {passed_over}"], local
