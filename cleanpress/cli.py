"""The command line: a thin click layer over the library.

Data goes to stdout, messages to stderr. Exit codes: 0 success, 2 usage or input error (no
traceback; the message names the file and line and says what to do).
"""
from __future__ import annotations

import glob
import io
import json
import os
import sys
from typing import IO, Any

import click

from . import __version__, corpus, diagnostics, formats, learned, parallel, report, settings, shards
from .check import Report, excerpt, fixed_jsonl, record_findings, text_findings, unified_diff
from .config import NUM_PERM, SHINGLE_SIZE, THRESHOLD, Config, DedupConfig
from .errors import CleanpressError, InputError
from .pipeline import clean as clean_text
from .result import CleanResult
from .rules import RULES


def _split_codes(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(c.strip().upper() for v in values for c in v.split(",") if c.strip())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="cleanpress")
def main() -> None:
    """Turn scraped web and news text into clean canonical text.

    \b
      cat page.txt | cleanpress clean
      cleanpress clean page.txt --explain
      cleanpress clean --format jsonl < in.jsonl > out.jsonl
      cleanpress rules
    """


def _rule_options(command):
    """The options that choose and tune rules, shared by clean and check."""
    options = [
        click.option("--select", multiple=True, metavar="CODES",
                     help="Apply only these rule codes or prefixes (comma-separated, e.g. CP1,CP301)."),
        click.option("--ignore", multiple=True, metavar="CODES", help="Never apply these rule codes or prefixes."),
        click.option("--near-duplicate-threshold", type=click.FloatRange(0.0, 1.0), default=None,
                     help=f"Estimated Jaccard similarity for near-duplicate blocks [default: {Config().near_duplicate_threshold}]."),
        click.option("--extra-chrome", multiple=True, metavar="REGEX",
                     help="Also remove blocks matching this pattern (CP199). Repeatable."),
        click.option("--keep", multiple=True, metavar="REGEX", help="Never remove blocks matching this pattern. Repeatable."),
        click.option("--no-canonical", is_flag=True,
                     help="Keep the text that stays exactly as cut: no mojibake, Unicode or white-space repairs (CP4xx)."),
        click.option("--uncurl-quotes", is_flag=True, help="Straighten curly quotes (CP409); off by default."),
        click.option("--config", "config_path", type=click.Path(dir_okay=False),
                     help="Read settings from this file (cleanpress.toml, or pyproject.toml with [tool.cleanpress])."),
        click.option("--isolated", is_flag=True, help="Read no configuration file."),
        click.option("--show-settings", is_flag=True, help="Print the settings in force, and where they come from; then stop."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _engine_options(command):
    for option in reversed([
        click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
                     help="local: processes on this machine. ray: Ray Data, on a local Ray or a cluster "
                          "(reads and writes with Ray's own JSONL and Parquet readers and writers)."),
        click.option("--ray-address", default=None, metavar="ADDRESS",
                     help="The Ray cluster to join [default: RAY_ADDRESS, else a Ray started here]."),
    ]):
        command = option(command)
    return command


def _config(start: str, select, ignore, near_duplicate_threshold, extra_chrome, keep, no_canonical, uncurl_quotes,
            config_path, isolated, show_settings, text_field=None) -> tuple[Config, settings.Settings, str]:
    """The Config of a run: the configuration file found from ``start`` (or named), with the
    options given on the command line on top. Also the settings and the text field."""
    found = settings.resolve(config_path, isolated, start)
    overrides: dict[str, Any] = {}
    if select:
        overrides["select"] = _split_codes(select)
    if ignore:
        overrides["ignore"] = _split_codes(ignore)
    if near_duplicate_threshold is not None:
        overrides["near_duplicate_threshold"] = near_duplicate_threshold
    if extra_chrome:
        overrides["extra_chrome"] = extra_chrome
    if keep:
        overrides["keep"] = keep
    if no_canonical:
        overrides["canonical"] = False
    if uncurl_quotes:
        overrides["uncurl_quotes"] = True
    config = found.config(overrides)
    field_name = text_field or found.get("text-field", "text")
    if show_settings:
        out = _stdout()
        out.write(f"settings file: {found.path or '(none)'}\n")
        out.write(f"text-field = {field_name!r}\n")
        for key in settings.KEYS:
            name = settings.KEYS[key][0]
            if name:
                value = getattr(config, name)
                out.write(f"{key} = {list(value) if isinstance(value, tuple) else value!r}\n")
        out.write(f"include = {found.get('include', [])!r}\n")
        sys.exit(0)
    return config, found, field_name


@main.command("clean")
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True, dir_okay=True))
@click.option("--format", "fmt", type=click.Choice(["auto", "text", "jsonl", "warc", "parquet"]), default="auto",
              show_default=True,
              help="Input format. auto: from the suffix (.jsonl/.ndjson, .warc/.wet, .parquet, .gz/.zst after "
                   "them); text otherwise (and for stdin). warc: the text records of a WARC file, such as "
                   "Common Crawl's WET files.")
@click.option("--text-field", default=None, help="JSONL field or Parquet column that holds the text [default: text].")
@click.option("-o", "--output", type=click.Path(allow_dash=True),
              help="Write here instead of stdout, atomically. A folder (when cleaning a folder, or when it "
                   "ends in /) gets each input file at the same relative path, in the same format.")
@click.option("--include", multiple=True, metavar="GLOB", help="In folders, take only files matching this glob "
              "(relative to the folder, e.g. '**/*.jsonl.gz'). Repeatable.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="In folders, leave out files matching this glob. Repeatable.")
@click.option("-j", "--jobs", type=click.IntRange(0), default=0,
              help="Worker processes [default: 0, one per core]; 1 works in this process. Input of one "
                   "chunk (up to 64 documents or 1 MB) always does. The output is the same for any number.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary on stderr.")
@click.option("--learn-boilerplate", is_flag=True,
              help="Read the corpus once more first and remove blocks that recur across it (CP116).")
@click.option("--min-docs", type=click.IntRange(2), default=learned.MIN_DOCS, show_default=True,
              help="With --learn-boilerplate: a block in this many documents of one site is boilerplate.")
@click.option("--min-sites", type=click.IntRange(2), default=learned.MIN_SITES, show_default=True,
              help="With --learn-boilerplate: a block on this many sites is boilerplate.")
@click.option("--url-field", default="url", show_default=True,
              help="The record field whose URL names a document's site (else its folder).")
@click.option("--explain", is_flag=True, help="Print each removal on stderr: where, rule code, why.")
@click.option("--report", type=click.Path(dir_okay=False), help="Write every edit as a JSON line to this file.")
@click.option("--metadata/--no-metadata", default=True, show_default=True,
              help="JSONL: add the url and published time found in the text as fields, when the record lacks them.")
@_engine_options
@_rule_options
def clean_command(paths: tuple[str, ...], fmt: str, text_field: str | None, output: str | None,
                  include: tuple[str, ...], exclude: tuple[str, ...], jobs: int, quiet: bool,
                  learn_boilerplate: bool, min_docs: int, min_sites: int, url_field: str, explain: bool,
                  report: str | None, metadata: bool, engine: str, ray_address: str | None,
                  **rule_options: Any) -> None:
    """Clean PATHS (files, folders, or - for stdin; stdin when none) and write the canonical text.

    Text input gives text output; JSONL and Parquet input give one record per input record, every
    field kept and TEXT_FIELD cleaned. A WARC file's text records (Common Crawl's WET files) give
    records too: a WARC file again in a mirror folder or a .warc/.wet -o name, else JSON lines
    with the url, date, id and language of each page. Folders are searched for .txt, .jsonl,
    .ndjson, .warc, .wet (each also .gz or .zst) and .parquet files.

    \b
    Examples:
      cat page.txt | cleanpress clean > page.clean.txt
      cleanpress clean page.txt --explain
      cleanpress clean crawl.jsonl --report edits.jsonl -o clean.jsonl
      cleanpress clean data/ -o clean/ --jobs 2
      cleanpress clean CC-MAIN-*.warc.wet.gz -o pages.jsonl.gz
    """
    with _errors():
        start = paths[0] if paths and paths[0] != "-" else "."
        config, _, text_field = _config(start, text_field=text_field, **rule_options)
        paths = paths or ("-",)
        found = shards.discover(paths, include, exclude)
        if engine == "ray":
            from . import ray as cpray

            cpray.clean_files([s.path for s in found], output, config, fmt=fmt, text_field=text_field,
                              address=ray_address, cpus=jobs or parallel.available_cores(), warn=_warn)
            if not quiet:
                click.echo(f"cleaned {len(found)} files with Ray into {output}", err=True)
            return
        sink, mirror = _sink(paths, found, output, report)
        report_sink = formats.AtomicOutput(report) if report else None

        def each(doc: formats.Document, result: CleanResult) -> None:
            if explain:
                _explain(doc, result)
            if report_sink:
                _report(report_sink.stream, doc, result)

        total = sum(os.path.getsize(s.path) for s in found if s.path != "-")
        progress = corpus.Progress(total, enabled=not quiet and sys.stderr.isatty())
        jobs = jobs or parallel.available_cores()
        taught = None
        if learn_boilerplate:
            if any(s.path == "-" for s in found):
                raise InputError("--learn-boilerplate reads the corpus twice and cannot take standard input",
                                 source="<stdin>", hint="save it to a file first")
            taught = corpus.learn(found, fmt=fmt, text_field=text_field, url_field=url_field, jobs=jobs,
                                  min_docs=min_docs, min_sites=min_sites)
            if not quiet:
                click.echo(f"learned {len(taught)} recurring blocks from {sum(taught.docs_per_site.values())} "
                           f"documents of {len(taught.docs_per_site)} sites", err=True)
        seen = None
        if config.wants("CP306"):
            if any(s.path == "-" for s in found):
                raise InputError("copies across documents (CP306) need the corpus twice and cannot take standard "
                                 "input", source="<stdin>", hint="save it to a file first")
            seen = corpus.first_seen(found, config, fmt=fmt, text_field=text_field, jobs=jobs)
        try:
            summary = corpus.run(found, sink, config, fmt=fmt, text_field=text_field, taught=taught, seen=seen,
                                 url_field=url_field, jobs=jobs, warn=_warn,
                                 each=each if explain or report_sink else None,
                                 record_of=lambda doc, result: _record(doc, result, text_field, metadata),
                                 progress=progress)
        except BaseException:
            if report_sink:
                report_sink.abort()
            raise
        if report_sink:
            report_sink.commit()
        if mirror and not quiet:
            click.echo(summary.render(), err=True)


def _sink(paths: tuple[str, ...], found: list, output: str | None, *also_written: str | None) -> tuple[corpus.Sink, bool]:
    """Where documents go, and whether that is a mirror folder: a folder when a folder is read,
    or when OUTPUT is one (or ends in /); else one file; else stdout. Refuses to write over an
    input (with OUTPUT, and the other files the run writes)."""
    mirror = bool(output) and output != "-" and (
        any(os.path.isdir(p) for p in paths) or os.path.isdir(output) or output.endswith(("/", os.sep)))
    _refuse_overwrite(tuple(s.path for s in found), None if mirror else output, *also_written)
    if mirror:
        _refuse_mirror_onto_inputs(paths, output)
        return corpus.MirrorSink(output), True
    if output and output != "-":
        return corpus.FileSink(output), False
    return corpus.StreamSink(_stdout()), False


def _refuse_mirror_onto_inputs(paths: tuple[str, ...], output: str) -> None:
    out = os.path.realpath(output)
    for p in paths:
        if os.path.isdir(p) and os.path.realpath(p) == out:
            raise InputError("the output folder is the input folder: every file would be overwritten",
                             source=output, hint="write the mirror to another folder")


@main.command("dedup")
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=True))
@click.option("-o", "--output", type=click.Path(allow_dash=True),
              help="Write the documents kept here (a folder mirrors the input; a file name; - or none: stdout).")
@click.option("--clusters", "clusters_path", type=click.Path(dir_okay=False),
              help="Write each cluster of near-duplicates as a JSON line: its members, which one stays, similarities.")
@click.option("--index", "index_path", metavar="PATH|URL",
              help="An index of the documents of earlier runs: a file (SQLite), or redis://host:port/db for an "
                   "index shared through Redis. Dedupe against it too, then add this run's documents.")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0, min_open=True), default=THRESHOLD, show_default=True,
              help="Estimated Jaccard similarity of word shingles at which two documents are near-duplicates.")
@click.option("--shingle-size", type=click.IntRange(1), default=SHINGLE_SIZE, show_default=True,
              help="Words per shingle.")
@click.option("--num-perm", type=click.IntRange(16, 1024), default=NUM_PERM, show_default=True,
              help="MinHash permutations (signature length).")
@click.option("--priority", "priority_field", metavar="FIELD",
              help="A numeric field: in a cluster the document with the highest value stays (else the earliest).")
@click.option("--id-field", default="id", show_default=True, help="The record field named in --clusters.")
@click.option("--format", "fmt", type=click.Choice(["auto", "text", "jsonl", "warc", "parquet"]), default="auto",
              show_default=True, help="Input format (auto: from the suffix).")
@click.option("--text-field", default="text", show_default=True, help="JSONL field or Parquet column that holds the text.")
@click.option("--include", multiple=True, metavar="GLOB", help="In folders, take only files matching this glob.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="In folders, leave out files matching this glob.")
@click.option("-j", "--jobs", type=click.IntRange(0), default=0,
              help="Worker processes for the signatures [default: 0, one per core]. The result is the same "
                   "for any number.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary on stderr.")
@_engine_options
def dedup_command(paths: tuple[str, ...], output: str | None, clusters_path: str | None, index_path: str | None,
                  threshold: float, shingle_size: int, num_perm: int, priority_field: str | None, id_field: str,
                  fmt: str, text_field: str, include: tuple[str, ...], exclude: tuple[str, ...], jobs: int,
                  quiet: bool, engine: str, ray_address: str | None) -> None:
    """Drop near-duplicate documents across PATHS (files or folders), keeping one of each cluster.

    MinHash signatures of word shingles, LSH bands, clusters as connected components. The
    survivor of a cluster is the document indexed earlier (--index), else the one with the highest
    --priority, else the earliest in input order.

    \b
    Examples:
      cleanpress dedup data/ -o deduped/ --clusters clusters.jsonl
      cleanpress dedup new-shards/ -o out/ --index corpus.idx
    """
    with _errors():
        config = DedupConfig(threshold, shingle_size, num_perm)
        found = shards.discover(paths, include, exclude)
        if engine == "ray":
            _refuse_overwrite(tuple(s.path for s in found), clusters_path)
            from . import ray as cpray

            clusters = cpray.dedup_files([s.path for s in found], output, config, fmt=fmt, text_field=text_field,
                                         priority_field=priority_field, id_field=id_field, address=ray_address,
                                         cpus=jobs or parallel.available_cores(), warn=_warn)
            if clusters_path:
                _write_clusters(clusters_path, clusters)
            if not quiet:
                dropped = sum(not m["kept"] for c in clusters for m in c["members"])
                click.echo(f"deduplicated {len(found)} files with Ray into {output}: {dropped} dropped in "
                           f"{len(clusters)} clusters", err=True)
            return
        sink, _ = _sink(paths, found, output, clusters_path, None if index_path and "://" in index_path else index_path)
        total = sum(os.path.getsize(s.path) for s in found)
        progress = corpus.Progress(total, enabled=not quiet and sys.stderr.isatty())
        summary, clusters = corpus.dedup_corpus(
            found, sink, config, fmt=fmt, text_field=text_field, jobs=jobs or parallel.available_cores(),
            index_path=index_path, priority_field=priority_field, id_field=id_field, warn=_warn, progress=progress)
        if clusters_path:
            _write_clusters(clusters_path, clusters)
        if not quiet:
            click.echo(summary.render(), err=True)


def _write_clusters(path: str, clusters: list[dict[str, Any]]) -> None:
    out = formats.AtomicOutput(path)
    for n, c in enumerate(clusters, 1):
        out.stream.write(formats.record_line({"cluster": n, **c}))
    out.commit()


@main.command("report")
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True, dir_okay=True))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The HTML file to write (self-contained: opens offline in any browser).")
@click.option("--title", default=None, help="The report's title [default: the paths].")
@click.option("--max-documents", type=click.IntRange(1), default=report.MAX_DOCUMENTS, show_default=True,
              help="Documents shown; beyond, an even sample (the page says so).")
@click.option("--format", "fmt", type=click.Choice(["auto", "text", "jsonl", "warc", "parquet"]), default="auto",
              show_default=True, help="Input format (auto: from the suffix).")
@click.option("--text-field", default=None, help="JSONL field or Parquet column that holds the text [default: text].")
@click.option("--url-field", default="url", show_default=True, help="The record field whose URL names the site.")
@click.option("--include", multiple=True, metavar="GLOB", help="In folders, take only files matching this glob.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="In folders, leave out files matching this glob.")
@click.option("-j", "--jobs", type=click.IntRange(0), default=0, help="Worker processes [default: 0, one per core].")
@_rule_options
def report_command(paths: tuple[str, ...], output: str, title: str | None, max_documents: int, fmt: str,
                   text_field: str | None, url_field: str, include: tuple[str, ...], exclude: tuple[str, ...],
                   jobs: int, **rule_options: Any) -> None:
    """Write an HTML audit report of what clean removes from PATHS, and why.

    \b
    Examples:
      cleanpress report data/ -o report.html
      cleanpress report page.txt -o page.html
    """
    with _errors():
        start = paths[0] if paths and paths[0] != "-" else "."
        config, _, text_field = _config(start, text_field=text_field, **rule_options)
        paths = paths or ("-",)
        found = shards.discover(paths, include, exclude)
        _refuse_overwrite(tuple(s.path for s in found), output)
        kept = report.Sampler(max_documents)

        def each(doc: formats.Document, result: CleanResult) -> None:
            kept.add(report.Page(doc.source, doc.text, result, learned.site_of(
                doc.record.get(url_field) if doc.record else None, doc.source), doc.line))

        corpus.run(found, corpus.Sink(), config, fmt=fmt, text_field=text_field, jobs=jobs or parallel.available_cores(),
                   warn=_warn, each=each)
        out = formats.AtomicOutput(output)
        try:
            out.stream.write(report.render(kept.pages(), title or "cleanpress report: " + " ".join(paths), kept.seen))
        except BaseException:
            out.abort()
            raise
        out.commit()
        click.echo(f"wrote {output}: {min(kept.seen, max_documents)} of {kept.seen} documents", err=True)


@main.command("check")
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=True))
@click.option("--format", "fmt", type=click.Choice(["auto", "text", "jsonl"]), default="auto", show_default=True,
              help="Input format; auto reads .jsonl/.ndjson files as JSONL, others as text.")
@click.option("--text-field", default=None, help="JSONL field that holds the text [default: text].")
@click.option("--output-format", type=click.Choice(diagnostics.FORMATS), default="concise", show_default=True,
              help="concise (path:line:col: CODE message), json, github (annotations) or sarif (2.1.0).")
@click.option("--statistics", is_flag=True, help="Print counts by rule code instead of each finding.")
@click.option("--diff", is_flag=True, help="Print what --fix would change, as a unified diff; change nothing.")
@click.option("--fix", is_flag=True, help="Rewrite the files that change, atomically; prints 'Fixing PATH'.")
@_rule_options
def check_command(paths: tuple[str, ...], fmt: str, text_field: str | None, output_format: str, statistics: bool,
                  diff: bool, fix: bool, **rule_options: Any) -> None:
    """Report what clean would change in PATHS (files or folders; when none, the configured
    include globs, else the current folder).

    Folders are searched for .txt, .jsonl and .ndjson files. Exit codes: 0 clean, 1 findings (or
    files fixed), 2 usage or input error.

    \b
    Examples:
      cleanpress check corpus/
      cleanpress check corpus/ --output-format sarif > cleanpress.sarif
      cleanpress check corpus/ --statistics
      cleanpress check corpus/ --diff
      cleanpress check corpus/ --fix
    """
    with _errors():
        config, found, text_field = _config(paths[0] if paths else ".", text_field=text_field, **rule_options)
        included: tuple[str, ...] = ()
        if found.get("include"):
            base = os.path.dirname(found.path)
            included = tuple(sorted({os.path.relpath(p) for g in found.get("include")
                                     for p in glob.glob(os.path.join(base, g), recursive=True) if os.path.isfile(p)}))
        checked = _discover(paths or included or (".",))
        # Copies across files (CP306): the files checked and every file the configuration
        # includes (pre-commit passes only the changed ones), in path order.
        corpus_view = _first_seen(sorted(set(checked) | set(_discover(included))), fmt, text_field, config) \
            if config.wants("CP306") else None
        report = Report()
        out = _stdout()
        changed = 0
        for path in checked:
            kind = formats.guess_format(path) if fmt == "auto" else fmt
            findings, before, after, lossy = _check_file(path, kind, text_field, config, corpus_view)
            if diff:
                if after != before:
                    changed += 1
                    out.write(unified_diff(path, before, after))
                continue
            if fix and after != before:
                if lossy:
                    _warn(f"{path}: not fixed: it is not valid UTF-8 and rewriting it would lose bytes")
                    report.findings += findings
                    continue
                sink = formats.AtomicOutput(path)
                try:
                    sink.stream.write(after)
                except BaseException:
                    sink.abort()
                    raise
                sink.commit()
                click.echo(f"Fixing {path}", err=True)
                report.fixed.append(path)
            elif not fix:
                report.findings += findings
        if diff:
            out.flush()
            sys.exit(1 if changed else 0)
        if statistics:
            for code, n in report.statistics():
                out.write(f"{n:7d}  {code}  {RULES[code].name}\n")
        elif report.findings or output_format != "concise":
            out.write(diagnostics.render(output_format, report.findings))
        out.flush()
        sys.exit(report.exit_code)


def _discover(paths: tuple[str, ...]) -> list[str]:
    """Files named, and the .txt/.jsonl/.ndjson files in folders named (hidden folders skipped)."""
    return [s.path for s in shards.discover(paths, accept=lambda name: name.lower().endswith(CHECKED))]


#: What check reads in folders: the formats it can rewrite in place, line by line.
CHECKED = (".txt", ".jsonl", ".ndjson")


def _first_seen(paths: list[str], fmt: str, text_field: str,
                config: Config) -> tuple[learned.FirstSeen, dict[tuple[str, int], int]]:
    """Where each paragraph of the corpus first occurs, and the number of each document."""
    seen = learned.FirstSeen(corpus.near_config(config))
    numbers: dict[tuple[str, int], int] = {}
    for path in paths:
        kind = formats.guess_format(path) if fmt == "auto" else fmt
        for doc in formats.read(path, kind, text_field, lambda w: None):
            numbers[(path, doc.line)] = n = len(numbers)
            seen.add(n, path, doc.text, None if doc.record is None else doc.line)
    return seen, numbers


def _check_file(path: str, kind: str, text_field: str, config: Config, corpus_view=None):
    """Findings, the content before and after fixing, and whether decoding lost bytes."""

    def known(line: int):
        return None if corpus_view is None else corpus_view[0].view(corpus_view[1][(path, line)])

    warnings: list[str] = []
    with open(path, "rb") as f:
        raw = f.read()
    before = formats.decode(raw, path, warnings.append)
    for w in warnings:
        _warn(w)
    if kind == formats.TEXT:
        result = clean_text(before, config, known(1))
        return text_findings(path, before, result), before, result.text, bool(warnings)
    findings, changes = [], {}
    for doc in formats.parse_jsonl(io.BytesIO(raw), path, text_field, lambda w: None):
        result = clean_text(doc.text, config, known(doc.line))
        findings += record_findings(path, doc.line, text_field, doc.text, result)
        if result.text != doc.text and doc.record.get(text_field) is not None:
            changes[doc.line] = {**doc.record, text_field: result.text}
    return findings, before, fixed_jsonl(before, changes), bool(warnings)


@main.command("rules")
@click.argument("code", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules_command(code: str | None, fmt: str) -> None:
    """List the rule codes, or explain one (e.g. cleanpress rules CP101)."""
    with _errors():
        rules = list(RULES.values())
        if code:
            rules = [r for r in rules if r.code.startswith(code.upper())]
            if not rules:
                raise InputError(f"no rule code starts with {code!r}", hint="run 'cleanpress rules' for the list")
        out = _stdout()
        if fmt == "json":
            out.write(json.dumps([r.__dict__ for r in rules], ensure_ascii=False, indent=1) + "\n")
            return
        for r in rules:
            out.write(f"{r.code}  {r.name:<16} {r.summary}{'' if r.default else '  [off by default]'}\n")
            if code:
                out.write(f"        removes: {r.example}\n        keeps:   {r.keeps}\n")


# The Ray engine ------------------------------------------------------------------------------------

# helpers -----------------------------------------------------------------------------------------

class _errors:
    """Turn library errors and a closed stdout into the CLI's manners."""

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> bool:
        if kind is None:
            return False
        if issubclass(kind, BrokenPipeError):
            # `cleanpress clean big.txt | head`: stop quietly, as cat does.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(0)
        if issubclass(kind, CleanpressError):
            click.echo(f"cleanpress: error: {exc}", err=True)
            sys.exit(2)
        if issubclass(kind, OSError):
            where = f"{exc.filename}: " if getattr(exc, "filename", None) else ""
            click.echo(f"cleanpress: error: {where}{exc.strerror or exc}", err=True)
            sys.exit(2)
        if issubclass(kind, KeyboardInterrupt):
            click.echo("cleanpress: interrupted", err=True)
            sys.exit(130)
        return False


def _stdout() -> IO[str]:
    stream = sys.stdout
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8", newline="")
    return stream


def _warn(message: str) -> None:
    click.echo(f"cleanpress: warning: {message}", err=True)


def _refuse_overwrite(paths: tuple[str, ...], *targets: str | None) -> None:
    inputs = {os.path.realpath(p) for p in paths if p != "-" and os.path.exists(p)}
    for t in targets:
        if t and t != "-" and os.path.realpath(t) in inputs:
            raise InputError("would overwrite an input file", source=t, hint="write the output elsewhere")


def _record(doc: formats.Document, result: CleanResult, text_field: str, metadata: bool) -> dict[str, Any]:
    record = dict(doc.record or {})
    if record.get(text_field) is not None:
        record[text_field] = result.text
    if metadata:
        for k, v in result.metadata.items():
            record.setdefault(k, v)
    return record


_jsonl = formats.record_line


def _where(doc: formats.Document) -> str:
    return doc.source if doc.record is None else f"{doc.source}:{doc.line}"


def _explain(doc: formats.Document, result: CleanResult) -> None:
    counts: dict[str, int] = {}
    for e in result.edits:
        counts[e.code] = counts.get(e.code, 0) + 1
        if e.code in ("CP901", "CP405", "CP408"):
            continue  # white space: counted in the summary, not worth a line each
        line = e.line if doc.record is None else f"{doc.line} (text line {e.line})"
        what = f'"{excerpt(doc.text[e.start:e.end], 70)}"'
        if e.replacement or e.start == e.end:
            what += f' -> "{excerpt(e.replacement, 70)}"'
        if e.copy_of:
            what += f" (kept at {e.copy_of[0]}:{e.copy_of[1]})"
        click.echo(f"{doc.source}:{line}: {e.code} {RULES[e.code].name}: {e.reason}  {what}", err=True)
    summary = ", ".join(f"{c} {n}" for c, n in sorted(counts.items())) or "none"
    click.echo(f"{_where(doc)}: edits: {summary}", err=True)


def _report(stream: IO[str], doc: formats.Document, result: CleanResult) -> None:
    for e in result.edits:
        row: dict[str, Any] = {"source": doc.source}
        if doc.record is not None:
            row["record_line"] = doc.line
            if "id" in doc.record:
                row["id"] = doc.record["id"]
        row.update(e.to_dict())
        row["text"] = doc.text[e.start:e.end]
        stream.write(_jsonl(row))


if __name__ == "__main__":  # pragma: no cover
    main()
