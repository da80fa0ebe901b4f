"""WARC files of text (Common Crawl's WET shards): read as documents, cleaned, written back.

The WET files here are written by warcio, an independent WARC library, and what cleanpress
writes is read back by it with its digests checked. Every test drives the real CLI.
"""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from warcio.archiveiterator import ArchiveIterator
from warcio.warcwriter import WARCWriter

import cleanpress
from cleanpress import warc
from helpers import aeb_pages, cli

PAGES = aeb_pages("htmltext")[:4]


def wet(pages: list[dict], compressed: bool = True, extra: list[tuple[str, bytes, str]] = ()) -> bytes:
    """A WET file as Common Crawl writes one: a warcinfo record, then one conversion record per
    page. ``extra``: (WARC type, block, content type) records appended after them."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compressed, warc_version="WARC/1.0")
    writer.write_record(writer.create_warcinfo_record("x.warc.wet.gz", {"isPartOf": "CC-MAIN-2024-51"}))
    for n, p in enumerate(pages):
        writer.write_record(writer.create_warc_record(p["url"], "conversion", payload=io.BytesIO(p["scraped_text"].encode()),
                                                      warc_headers_dict={
                                                          "Content-Type": "text/plain",
                                                          "WARC-Date": f"2024-12-0{n + 1}T10:00:00Z",
                                                          "WARC-Record-ID": f"<urn:uuid:00000000-0000-0000-0000-00000000000{n}>",
                                                          "WARC-Identified-Content-Language": "eng"}))
    for kind, block, ctype in extra:
        writer.write_record(writer.create_warc_record("https://example.com/", kind, payload=io.BytesIO(block),
                                                      warc_headers_dict={"Content-Type": ctype}))
    return out.getvalue()


def records_of(raw: bytes) -> list[tuple[str, dict, bytes]]:
    """(type, headers, block) of each record, read by warcio with every digest checked."""
    found = []
    it = ArchiveIterator(io.BytesIO(raw), check_digests="raise")
    for r in it:
        found.append((r.rec_type, dict(r.rec_headers.headers), r.content_stream().read()))
    return found


@pytest.fixture
def shard(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "CC-MAIN-20241201-00000.warc.wet.gz"
    path.parent.mkdir()
    path.write_bytes(wet(PAGES))
    return path


def test_a_wet_file_gives_one_json_line_per_page_with_its_url_date_id_and_language(shard: Path):
    run = cli("clean", str(shard), "--no-metadata", check=True)
    got = [json.loads(line) for line in run.stdout.decode().splitlines()]
    assert [r["url"] for r in got] == [p["url"] for p in PAGES]  # the warcinfo record is no page
    assert [r["text"] for r in got] == [cleanpress.clean(p["scraped_text"]).text for p in PAGES]
    first = got[0]
    assert (first["id"], first["date"], first["language"]) == (
        "<urn:uuid:00000000-0000-0000-0000-000000000000>", "2024-12-01T10:00:00Z", "eng")
    headers = dict(first["warc_headers"])
    assert headers["WARC-Type"] == "conversion" and headers["Content-Type"] == "text/plain"
    assert "Content-Length" not in headers  # it described the dirty text's bytes, not these


def test_a_mirrored_wet_file_is_a_wet_file_again_whose_digests_hold(shard: Path, tmp_path: Path):
    out = tmp_path / "out"
    run = cli("clean", str(shard.parent), "-o", str(out), check=True)
    assert "cleaned 4 documents in 1 file" in run.stderr.decode()
    written = (out / shard.name).read_bytes()
    before, after = records_of(shard.read_bytes()), records_of(written)
    assert [t for t, _, _ in after] == ["warcinfo"] + ["conversion"] * 4
    assert after[0] == before[0]  # the file's description, as it was
    for (_, old, _), (_, new, block), page in zip(before[1:], after[1:], PAGES):
        assert block.decode() == cleanpress.clean(page["scraped_text"]).text
        assert int(new["Content-Length"]) == len(block) < int(old["Content-Length"])
        assert {k: v for k, v in new.items() if k not in ("Content-Length", "WARC-Block-Digest")} == \
               {k: v for k, v in old.items() if k not in ("Content-Length", "WARC-Block-Digest", "WARC-Payload-Digest")}
    # One gzip member per record, as Common Crawl writes them, so a reader can seek to any.
    assert written.count(b"\x1f\x8b\x08") >= 5 and gzip.decompress(written).startswith(b"WARC/1.0\r\n")


def test_the_same_wet_input_gives_the_same_bytes_for_any_jobs(shard: Path, tmp_path: Path):
    outs = []
    for jobs in ("1", "2"):
        cli("clean", str(shard.parent), "-o", str(tmp_path / jobs), "--jobs", jobs, "-q", check=True)
        outs.append((tmp_path / jobs / shard.name).read_bytes())
    assert outs[0] == outs[1]


def test_a_wet_file_converts_to_jsonl_or_parquet_by_the_output_name(shard: Path, tmp_path: Path):
    import pyarrow.parquet as pq

    cli("clean", str(shard), "-o", str(tmp_path / "pages.jsonl.gz"), check=True)
    rows = [json.loads(line) for line in gzip.decompress((tmp_path / "pages.jsonl.gz").read_bytes()).splitlines()]
    cli("clean", str(shard), "-o", str(tmp_path / "pages.parquet"), check=True)
    assert pq.read_table(tmp_path / "pages.parquet").to_pylist() == rows
    assert [r["url"] for r in rows] == [p["url"] for p in PAGES]


def test_a_wet_stream_on_stdin_reads_like_the_file(shard: Path):
    from_file = cli("clean", str(shard), check=True).stdout
    piped = cli("clean", "--format", "warc", input=gzip.decompress(shard.read_bytes()), check=True).stdout
    assert piped == from_file
    compressed = cli("clean", "--format", "warc", input=shard.read_bytes())
    assert compressed.returncode == 2 and b"it is gzip-compressed" in compressed.stderr


def test_dedup_drops_a_page_crawled_twice_and_writes_a_wet_file(tmp_path: Path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.warc.wet.gz").write_bytes(wet(PAGES[:3]))
    (data / "b.warc.wet").write_bytes(wet([PAGES[1], PAGES[3]], compressed=False))
    run = cli("dedup", str(data), "-o", str(tmp_path / "out"), "--clusters", str(tmp_path / "c.jsonl"))
    assert run.returncode == 0, run.stderr.decode()
    kept = records_of((tmp_path / "out" / "b.warc.wet").read_bytes())
    assert [h.get("WARC-Target-URI") for t, h, _ in kept if t == "conversion"] == [PAGES[3]["url"]]
    cluster = json.loads((tmp_path / "c.jsonl").read_text())
    assert sorted(m["id"] for m in cluster["members"]) == ["<urn:uuid:00000000-0000-0000-0000-000000000000>",
                                                         "<urn:uuid:00000000-0000-0000-0000-000000000001>"]


def test_response_records_are_passed_over_with_a_warning_and_text_resources_are_pages(tmp_path: Path):
    path = tmp_path / "mixed.warc"
    path.write_bytes(wet(PAGES[:1], compressed=False, extra=[
        ("response", b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>Hi</body></html>",
         "application/http; msgtype=response"),
        ("resource", b"The council approved the budget on Monday.\n", "text/plain"),
        ("resource", b"\x89PNG\r\n", "image/png")]))
    run = cli("clean", str(path), check=True)
    got = [json.loads(line) for line in run.stdout.decode().splitlines()]
    assert [r["text"] for r in got][1:] == ["The council approved the budget on Monday.\n"]
    assert "2 records of HTML or other media passed over" in run.stderr.decode()


@pytest.mark.parametrize("content, message", [
    (b"<html><body>not a WARC</body></html>\n", "bad.warc:1: not a WARC record: the line reads '<html><body>"),
    (b"WARC/1.0\r\nWARC-Type: conversion\r\nno colon here\r\n\r\n", "bad.warc:3: not a WARC header"),
    (b"WARC/1.0\r\nWARC-Type: conversion\r\n\r\nHello\r\n\r\n", "bad.warc:1: the record has no Content-Length"),
])
def test_a_broken_warc_file_names_the_file_and_line_exits_2_and_leaves_no_output(tmp_path: Path, content, message):
    (tmp_path / "bad.warc").write_bytes(content)
    out = tmp_path / "out.jsonl"
    run = cli("clean", str(tmp_path / "bad.warc"), "-o", str(out))
    err = run.stderr.decode()
    assert run.returncode == 2 and message in err and "Traceback" not in err, err
    assert not out.exists() and not list(tmp_path.glob(".cleanpress-*"))


def test_a_truncated_record_is_named_by_the_line_it_starts_on(tmp_path: Path):
    raw = wet(PAGES[:2], compressed=False)[:-3000]
    (tmp_path / "cut.warc.wet").write_bytes(raw)
    run = cli("clean", str(tmp_path / "cut.warc.wet"))
    line = raw[:raw.rindex(b"WARC/1.0")].count(b"\n") + 1
    assert run.returncode == 2 and not run.stdout
    assert f"cut.warc.wet:{line}: the record is cut short: Content-Length says" in run.stderr.decode()


def test_invalid_utf8_in_a_record_is_replaced_with_a_warning_naming_its_line(tmp_path: Path):
    path = tmp_path / "x.wet"
    raw = wet(PAGES[:1], compressed=False).replace(b"Gaming used to be so simple.", b"Gaming used to be so simple.\xff")
    raw = raw.replace(b"Content-Length: %d" % len(PAGES[0]["scraped_text"].encode()),
                      b"Content-Length: %d" % (len(PAGES[0]["scraped_text"].encode()) + 1))
    path.write_bytes(raw)
    run = cli("clean", str(path), check=True)
    line = raw[:raw.index(b"\xff")].count(b"\n") + 1
    assert f"x.wet:{line}: invalid UTF-8 (1 byte sequence) replaced with U+FFFD" in run.stderr.decode()
    assert "Gaming used to be so simple.\ufffd" in json.loads(run.stdout)["text"]


def test_text_cannot_be_written_as_warc_without_warc_headers(tmp_path: Path):
    (tmp_path / "page.txt").write_text("The council approved the budget on Monday.\n")
    run = cli("clean", str(tmp_path / "page.txt"), "-o", str(tmp_path / "out.warc"))
    assert run.returncode == 2 and b"has no WARC headers to write" in run.stderr
    assert not (tmp_path / "out.warc").exists()


HEADER_VALUE = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=30).map(str.strip)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(texts=st.lists(st.text(st.characters(blacklist_categories=("Cs",))), min_size=1, max_size=4),
       values=st.lists(HEADER_VALUE, min_size=4, max_size=4))
def test_any_text_written_as_warc_records_reads_back_as_it_was(texts, values):
    headers = [["WARC-Type", "conversion"], ["WARC-Target-URI", values[0]], ["WARC-Date", values[1]],
               ["WARC-Record-ID", values[2]], ["X-Note", values[3]], ["Content-Type", "text/plain"]]
    record = {"warc_version": "WARC/1.0", "warc_headers": headers}
    raw = b"".join(warc.record_bytes(t, record) for t in texts)
    for data in (raw, b"".join(warc.compress(warc.record_bytes(t, record)) for t in texts)):
        stream = gzip.GzipFile(fileobj=io.BytesIO(data)) if data[:2] == b"\x1f\x8b" else io.BytesIO(data)
        docs = list(warc.read(stream, "x.warc", "text", lambda m: pytest.fail(m)))
        assert [d.text for d in docs] == texts
        assert all(d.record["warc_headers"] == headers and d.record["url"] == values[0] for d in docs)
