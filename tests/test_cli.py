"""The command line, driven as a user would: real subprocesses, pipes and files."""
import json
import os
import subprocess
import sys

import pytest

import cleanpress
from helpers import ROOT, SAMPLES, cli, gold_problems

SPUTNIK = SAMPLES / "sputnik-biden-putin-call.txt"
GOLD = json.loads((SAMPLES / "sputnik-biden-putin-call.gold.json").read_text(encoding="utf-8"))
PAGE = "Home | World | Politics\nThe council approved the budget on Monday after a long debate, officials said.\nSubscribe\n"


def test_file_and_stdin_give_the_founding_sample_its_gold():
    from_file = cli("clean", str(SPUTNIK), check=True).stdout.decode()
    from_stdin = cli("clean", input=SPUTNIK.read_bytes(), check=True).stdout.decode()
    dash = cli("clean", "-", input=SPUTNIK.read_bytes(), check=True).stdout.decode()
    assert gold_problems(GOLD, from_file) == []
    assert from_file == from_stdin == dash


def test_pipe_between_processes():
    cat = subprocess.Popen(["cat", str(SPUTNIK)], stdout=subprocess.PIPE)
    run = subprocess.run([sys.executable, "-m", "cleanpress", "clean"], stdin=cat.stdout, capture_output=True)
    cat.wait()
    assert run.returncode == 0
    assert gold_problems(GOLD, run.stdout.decode()) == []


def test_explain_prints_each_removal_on_stderr_and_data_stays_clean():
    run = cli("clean", "--explain", input=PAGE)
    assert run.returncode == 0
    assert run.stdout.decode() == "The council approved the budget on Monday after a long debate, officials said.\n"
    err = run.stderr.decode()
    assert '<stdin>:1: CP104 navigation:' in err and '"Home | World | Politics"' in err
    assert "<stdin>:3: CP101 subscribe-prompt:" in err
    assert "<stdin>: edits: CP101 1, CP104 1" in err


def test_report_writes_every_edit_as_json_lines(tmp_path):
    report = tmp_path / "edits.jsonl"
    cli("clean", str(SPUTNIK), "--report", str(report), check=True)
    rows = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    text = SPUTNIK.read_text(encoding="utf-8")
    assert {r["code"] for r in rows} >= {"CP101", "CP112", "CP113", "CP301", "CP305"}
    for r in rows:
        assert text[r["start"]:r["end"]] == r["text"]
        assert r["rule"] and r["reason"] and r["source"] == str(SPUTNIK)
    dup = next(r for r in rows if r["code"] == "CP305")
    assert len(dup["duplicate_of"]) == 2 and dup["similarity"] > 0.9
    # The report is enough to make the output from the input: Edit.from_dict reads its lines.
    out = cli("clean", str(SPUTNIK), check=True).stdout.decode()
    assert cleanpress.replay(text, [cleanpress.Edit.from_dict(r) for r in rows]) == out


def test_jsonl_keeps_every_field_and_the_order(tmp_path):
    records = [{"id": 2, "text": PAGE, "lang": "en", "meta": {"a": [1, 2]}},
               {"id": 1, "text": SPUTNIK.read_text(encoding="utf-8")},
               {"id": 3, "text": None, "note": "no text"}]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = [json.loads(line) for line in cli("clean", str(src), check=True).stdout.decode().splitlines()]
    assert [r["id"] for r in out] == [2, 1, 3]
    assert out[0]["lang"] == "en" and out[0]["meta"] == {"a": [1, 2]}
    assert out[0]["text"].startswith("The council approved")
    assert gold_problems(GOLD, out[1]["text"]) == []
    assert out[1]["url"].startswith("https://sputniknews.com/") and out[1]["published"] == "2021-12-30T09:31+0000"
    assert out[2] == records[2]
    # --format jsonl on stdin, a custom field, and no metadata fields
    line = json.dumps({"body": PAGE}) + "\n"
    run = cli("clean", "--format", "jsonl", "--text-field", "body", "--no-metadata", input=line, check=True)
    assert json.loads(run.stdout) == {"body": "The council approved the budget on Monday after a long debate, officials said.\n"}


def test_broken_jsonl_line_names_the_line_exits_2_and_leaves_no_output_file(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "fine"}\n{"text": broken}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run = cli("clean", str(src), "-o", str(out))
    assert run.returncode == 2
    err = run.stderr.decode()
    assert f"{src}:2: not valid JSON" in err and "Traceback" not in err
    assert not out.exists() and not list(tmp_path.glob(".cleanpress-*"))


@pytest.mark.parametrize("line,message", [
    ('["a list"]', "expected a JSON object"),
    ('{"title": "no text field"}', "record has no 'text' field"),
    ('{"text": 42}', "field 'text' is int, not a string"),
])
def test_bad_records_are_clear_errors(line, message):
    run = cli("clean", "--format", "jsonl", input=line + "\n")
    assert run.returncode == 2
    assert f"<stdin>:1: {message}" in run.stderr.decode()
    assert b"Traceback" not in run.stderr


def test_a_pages_html_is_refused_with_what_to_do_instead(tmp_path):
    html = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Storm</title></head>\n<body><p>The storm hit.</p></body></html>\n"
    run = cli("clean", input=html)
    assert run.returncode == 2 and run.stdout == b""
    err = run.stderr.decode()
    assert "<stdin>: this is HTML, not text" in err and "extract it first" in err and "Traceback" not in err
    # In a corpus, the record is named; no output file is left behind.
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"text": PAGE}) + "\n" + json.dumps({"text": "<!-- saved -->\n<html><body>x</body></html>"}) + "\n")
    run = cli("clean", str(src), "-o", str(out))
    assert run.returncode == 2 and f"{src}:2: this is HTML, not text" in run.stderr.decode()
    assert not out.exists() and not list(tmp_path.glob(".cleanpress-*"))
    # Text that only mentions tags is text.
    prose = "The <html> tag opens a page, and <!DOCTYPE html> comes before it, the guide explains.\n"
    assert cli("clean", input=prose).stdout.decode() == prose


def test_missing_file_exits_2_with_a_clear_message():
    run = cli("clean", "no/such/file.txt")
    assert run.returncode == 2
    assert run.stderr.decode().strip() == "cleanpress: error: no/such/file.txt: no such file or folder (check the path)"


def test_invalid_utf8_keeps_the_line_and_says_so():
    data = b"The council approved the budget on Monday after a long debate, officials said.\nCaf\xe9 prices rose by a third in the capital last year, the bureau said.\n"
    run = cli("clean", input=data)
    assert run.returncode == 0
    assert "Caf\ufffd prices rose" in run.stdout.decode()
    assert "<stdin>:2: invalid UTF-8" in run.stderr.decode()


def test_empty_input_is_fine():
    run = cli("clean", input=b"")
    assert run.returncode == 0 and run.stdout == b"" and run.stderr == b""


def test_closed_pipe_is_quiet():
    big = (SPUTNIK.read_text(encoding="utf-8") + "\n") * 1
    src = "\n".join(f'{{"id": {i}, "text": {json.dumps(big)}}}' for i in range(300)) + "\n"
    p = subprocess.Popen(f"{sys.executable} -m cleanpress clean --format jsonl | head -c 100 > /dev/null",
                         shell=True, stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    _, err = p.communicate(src.encode(), timeout=120)
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err.decode()


def test_input_file_is_never_modified(tmp_path):
    src = tmp_path / "page.txt"
    src.write_bytes(SPUTNIK.read_bytes())
    before = (src.read_bytes(), os.stat(src).st_mtime_ns)
    cli("clean", str(src), "--explain", check=True)
    run = cli("clean", str(src), "-o", str(src))
    assert run.returncode == 2 and "would overwrite an input file" in run.stderr.decode()
    assert (src.read_bytes(), os.stat(src).st_mtime_ns) == before


def test_output_file_is_written_whole(tmp_path):
    out = tmp_path / "clean.txt"
    cli("clean", str(SPUTNIK), "-o", str(out), check=True)
    assert gold_problems(GOLD, out.read_text(encoding="utf-8")) == []


def test_options_reach_the_library():
    text = "Lies mehr bei Example\nDer Rat hat den Haushalt am Montag beschlossen, sagte die Sprecherin.\nSubscribe\n"
    run = cli("clean", "--extra-chrome", "^Lies mehr bei .*$", "--ignore", "CP101,CP2", input=text, check=True)
    assert run.stdout.decode() == "Der Rat hat den Haushalt am Montag beschlossen, sagte die Sprecherin.\nSubscribe\n"


@pytest.mark.parametrize("args,message", [
    (["--extra-chrome", "(unclosed"], "--extra-chrome: invalid regular expression"),
    (["--select", "CP1O1"], "--select: no rule code starts with 'CP1O1'; did you mean CP101?"),
    (["--near-duplicate-threshold", "2"], "Invalid value"),
])
def test_bad_options_exit_2(args, message):
    run = cli("clean", *args, input="x\n")
    assert run.returncode == 2
    assert message in run.stderr.decode() and b"Traceback" not in run.stderr


def test_version_help_and_rules():
    assert cli("--version", check=True).stdout.decode().startswith("cleanpress, version ")
    assert "Examples:" in cli("clean", "--help", check=True).stdout.decode()
    listing = cli("rules", check=True).stdout.decode()
    assert "CP101  subscribe-prompt" in listing
    one = cli("rules", "CP112", check=True).stdout.decode()
    assert "keeps:" in one and "3:30 PM" in one
    assert json.loads(cli("rules", "--format", "json", check=True).stdout)[0]["code"] == "CP101"


def test_console_script_is_installed():
    exe = os.path.join(os.path.dirname(sys.executable), "cleanpress")
    run = subprocess.run([exe, "clean"], input=PAGE.encode(), capture_output=True)
    assert run.returncode == 0 and run.stdout.startswith(b"The council approved")


def test_a_page_without_near_duplicates_starts_without_numpy_or_worker_machinery():
    # Start-up is most of a short run (a pre-commit hook, a page through a pipe): numpy and the
    # process pool are imported only by the work that needs them. Measured in bench/bench.py.
    code = ("import sys; from cleanpress.cli import main; sys.argv = ['cleanpress', 'clean', '-q']; "
            "import atexit; atexit.register(lambda: print(sorted(m for m in ('numpy', 'multiprocessing', "
            "'concurrent.futures') if m in sys.modules), file=sys.stderr)); main()")
    run = subprocess.run([sys.executable, "-c", code], input=PAGE.encode(), capture_output=True)
    assert run.returncode == 0 and run.stdout.startswith(b"The council approved")
    assert run.stderr.decode().strip() == "[]"
    # A page with near-duplicate paragraphs does need numpy (MinHash), and gets it.
    para = "The council approved the budget on Monday after a long and heated debate, officials said today."
    near = para.replace("heated", "bitter")
    run = subprocess.run([sys.executable, "-c", code], input=f"{para}\n{near}\n".encode(), capture_output=True)
    assert run.returncode == 0 and run.stdout.decode().count("The council") == 1
    assert run.stderr.decode().strip() == "['numpy']"


def test_every_command_and_option_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    from cleanpress.cli import main

    for name, command in main.commands.items():
        assert f"cleanpress {name}" in readme
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--"):
                    assert opt in readme, f"README does not mention {name} {opt}"


def test_unwritable_output_is_a_clear_error(tmp_path):
    run = cli("clean", str(SPUTNIK), "-o", str(tmp_path / "no" / "such" / "dir" / "out.txt"))
    assert run.returncode == 2
    assert "cleanpress: error:" in run.stderr.decode() and b"Traceback" not in run.stderr


def test_ignore_cp205_keeps_readers_comments_through_a_pipe():
    page = (ROOT / "tests" / "cases" / "clean" / "comments-are-cut.in.txt").read_bytes()
    default = cli("clean", input=page, check=True).stdout.decode()
    kept = cli("clean", "--ignore", "CP205", input=page, check=True).stdout.decode()
    assert "About time." not in default and "About time." in kept and "pmartin says:" not in kept
