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

from . import __version__, diagnostics, formats, settings
from .check import Report, excerpt, fixed_jsonl, record_findings, text_findings, unified_diff
from .config import Config
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
@click.option("--format", "fmt", type=click.Choice(["auto", "text", "jsonl"]), default="auto", show_default=True,
              help="Input format. auto: JSONL for .jsonl/.ndjson files, text otherwise (and for stdin).")
@click.option("--text-field", default=None, help="JSONL field that holds the text [default: text].")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write here instead of stdout (atomically: no partial file on failure).")
@click.option("--explain", is_flag=True, help="Print each removal on stderr: where, rule code, why.")
@click.option("--report", type=click.Path(dir_okay=False), help="Write every edit as a JSON line to this file.")
@click.option("--metadata/--no-metadata", default=True, show_default=True,
              help="JSONL: add the url and published time found in the text as fields, when the record lacks them.")
@_rule_options
def clean_command(paths: tuple[str, ...], fmt: str, text_field: str | None, output: str | None, explain: bool,
                  report: str | None, metadata: bool, **rule_options: Any) -> None:
    """Clean PATHS (files, or - for stdin; stdin when none) and write the canonical text.

    Text input gives text output; JSONL input gives one JSON object per input line, every field
    kept and TEXT_FIELD cleaned.

    \b
    Examples:
      cat page.txt | cleanpress clean > page.clean.txt
      cleanpress clean page.txt --explain
      cleanpress clean crawl.jsonl --report edits.jsonl -o clean.jsonl
    """
    with _errors():
        start = paths[0] if paths and paths[0] != "-" else "."
        config, _, text_field = _config(start, text_field=text_field, **rule_options)
        paths = paths or ("-",)
        _refuse_overwrite(paths, output, report)
        sink = formats.AtomicOutput(output) if output and output != "-" else None
        report_sink = formats.AtomicOutput(report) if report else None
        out: IO[str] = sink.stream if sink else _stdout()
        try:
            for path in paths:
                kind = formats.guess_format(path) if fmt == "auto" else fmt
                for doc in formats.read(path, kind, text_field, _warn):
                    result = clean_text(doc.text, config)
                    if doc.record is None:
                        out.write(result.text)
                    else:
                        out.write(_jsonl(_record(doc, result, text_field, metadata)))
                    if explain:
                        _explain(doc, result)
                    if report_sink:
                        _report(report_sink.stream, doc, result)
            out.flush()
        except BaseException:
            for s in (sink, report_sink):
                if s:
                    s.abort()
            raise
        for s in (sink, report_sink):
            if s:
                s.commit()


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
        if not paths and found.get("include"):
            base = os.path.dirname(found.path)
            paths = tuple(sorted({os.path.relpath(p) for g in found.get("include")
                                  for p in glob.glob(os.path.join(base, g), recursive=True) if os.path.isfile(p)}))
        report = Report()
        out = _stdout()
        changed = 0
        for path in _discover(paths or (".",)):
            kind = formats.guess_format(path) if fmt == "auto" else fmt
            findings, before, after, lossy = _check_file(path, kind, text_field, config)
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
    found: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found += [os.path.normpath(os.path.join(root, f)) for f in sorted(files)
                          if f.lower().endswith((".txt", ".jsonl", ".ndjson")) and not f.startswith(".")]
        elif os.path.exists(p):
            found.append(p)
        else:
            raise InputError("no such file or folder", source=p, hint="check the path")
    return found


def _check_file(path: str, kind: str, text_field: str, config: Config):
    """Findings, the content before and after fixing, and whether decoding lost bytes."""
    warnings: list[str] = []
    with open(path, "rb") as f:
        raw = f.read()
    before = formats.decode(raw, path, warnings.append)
    for w in warnings:
        _warn(w)
    if kind == formats.TEXT:
        result = clean_text(before, config)
        return text_findings(path, before, result), before, result.text, bool(warnings)
    findings, changes = [], {}
    for doc in formats.parse_jsonl(io.BytesIO(raw), path, text_field, lambda w: None):
        result = clean_text(doc.text, config)
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
            out.write(f"{r.code}  {r.name:<16} {r.summary}\n")
            if code:
                out.write(f"        removes: {r.example}\n        keeps:   {r.keeps}\n")


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


def _jsonl(record: dict[str, Any]) -> str:
    try:
        line = formats.jsonl_line(record)
        line.encode("utf-8")
        return line
    except UnicodeEncodeError:  # a lone surrogate from a \ud800 escape: keep it escaped
        return json.dumps(record, ensure_ascii=True) + "\n"


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
