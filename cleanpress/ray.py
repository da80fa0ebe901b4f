"""cleanpress on Ray Data: the same cleaning and deduplication across a cluster.

    import ray, cleanpress.ray as cpray
    ds = ray.data.read_parquet("s3://bucket/shards/")
    ds = cpray.clean(ds)                        # map_batches over the core cleaner
    kept, clusters = cpray.dedup(ds)            # signatures -> LSH bands -> components -> survivors
    kept.write_parquet("s3://bucket/clean/")

``dedup`` gives the answer the local engine gives (``cleanpress dedup``): the same signatures
(:func:`cleanpress.dedup.document_signatures`), the same band keys, the same edges (candidates
whose signatures agree on at least ``threshold`` of their values), connected components, and the
same survivor rule (the highest priority, else the earliest in input order). Input order is made
explicit as a row number (``_cp_order``) before anything is shuffled.

Connected components, two ways:

- ``components="distributed"``: min-label propagation over the edge dataset. Every node starts
  with its own number as label; each round, each edge proposes the smaller label of its two ends
  to both, and each node keeps the smallest proposal. Labels only fall, so when their sum stops
  falling the labels are the components' smallest members. No node ever holds all edges.
- ``components="driver"``: the edges are collected and joined with a union-find on the driver:
  fewer Ray rounds, for corpora whose edges fit in the driver's memory (the edges of near-duplicate
  pairs only: usually far fewer than the documents).
- ``"auto"`` (default) collects when there are at most ``DRIVER_EDGES`` edges.

``clean_files`` and ``dedup_files`` are what ``--engine ray`` runs: JSONL and Parquet through
Ray's own readers, WARC files (Common Crawl's WET) split into records in the reading task.

Ray is an optional dependency (``pip install 'cleanpress[ray]'``); nothing else in cleanpress
imports this module.
"""
from __future__ import annotations

import contextlib
import functools
import io
import logging
import os
import shutil
from typing import Any, Iterator

import numpy as np

from . import dedup as local
from . import formats, shards
from .config import DEFAULT, Config
from .errors import CleanpressError, InputError
from .minhash import similar_pairs
from .pipeline import clean as clean_text

ORDER = "_cp_order"
LINE = "_cp_line"
#: The line of its file where a WARC record starts (the local engine's ``line`` for it).
WARC_LINE = "_cp_warc_line"
_SIG = "_cp_sig"
_PRIORITY = "_cp_priority"
#: With components="auto", at most this many edges are joined on the driver.
DRIVER_EDGES = 2_000_000


def require() -> Any:
    """The ``ray`` module, or an InputError that says how to install it."""
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise InputError("the Ray engine needs Ray, which is not installed",
                         hint="pip install 'cleanpress[ray]'") from None
    return ray


def clean(ds, config: Config = DEFAULT, *, text_field: str = "text", batch_size: int = 64,
          concurrency: int | None = None):
    """``ds`` with ``text_field`` cleaned: a ``map_batches`` stage over :func:`cleanpress.clean`,
    on pyarrow batches; every other column is kept."""
    import pyarrow as pa

    def clean_batch(table: pa.Table) -> pa.Table:
        if text_field not in table.column_names:
            raise InputError(f"no {text_field!r} column (columns: {', '.join(table.column_names)})",
                             hint="choose the column with text_field")
        i = table.column_names.index(text_field)
        texts = table.column(i).to_pylist()
        out = [clean_text(t, config).text if isinstance(t, str) else t for t in texts]
        return table.set_column(i, table.schema.field(i), pa.array(out, type=table.schema.field(i).type))

    return ds.map_batches(clean_batch, batch_format="pyarrow", batch_size=batch_size, concurrency=concurrency)


def with_order(ds, path_column: str | None = None):
    """``ds`` with a ``_cp_order`` column (each row's number in input order) and, given the
    column that names each row's file, a ``_cp_line`` column (its number within that file).

    Ray numbers nothing globally (``monotonically_increasing_id`` depends on task ids), so the
    dataset is materialized in order; one small task per block reports its rows' files, the
    driver adds up where each block starts, and one task per block writes the numbers.
    """
    ray = require()
    from ray.data.block import BlockAccessor

    ray.data.DataContext.get_current().execution_options.preserve_order = True
    refs, sizes = [], []
    for bundle in ds.materialize().iter_internal_ref_bundles():
        for entry in bundle.blocks:  # BlockEntry(ref, metadata); a 2-tuple before Ray 2.60
            ref, meta = (entry.ref, entry.metadata) if hasattr(entry, "ref") else entry
            refs.append(ref)
            sizes.append(meta.num_rows)

    @ray.remote
    def runs(block) -> list[tuple[str, int]]:
        """The block's files, as (file, rows) runs in order."""
        out: list[tuple[str, int]] = []
        for p in BlockAccessor.for_block(block).to_arrow().column(path_column).to_pylist():
            if out and out[-1][0] == p:
                out[-1] = (p, out[-1][1] + 1)
            else:
                out.append((p, 1))
        return out

    firsts: list[dict[str, int]] = [{} for _ in refs]  # per block: the first line of each file in it
    if path_column:
        seen: dict[str, int] = {}
        for n, block_runs in enumerate(ray.get([runs.remote(r) for r in refs])):
            for p, count in block_runs:
                firsts[n].setdefault(p, seen.get(p, 0) + 1)
                seen[p] = seen.get(p, 0) + count

    @ray.remote
    def number(block, first: int, first_lines: dict[str, int]):
        import pyarrow as pa

        table = BlockAccessor.for_block(block).to_arrow()
        table = table.append_column(ORDER, pa.array(np.arange(first, first + table.num_rows, dtype=np.int64)))
        if path_column:
            lines, nxt = [], dict(first_lines)
            for p in table.column(path_column).to_pylist():
                lines.append(nxt[p])
                nxt[p] += 1
            table = table.append_column(LINE, pa.array(lines, type=pa.int64()))
        return table

    starts = np.concatenate(([0], np.cumsum(sizes)[:-1])).astype(int).tolist() if sizes else []
    return ray.data.from_arrow_refs([number.remote(r, s, f) for r, s, f in zip(refs, starts, firsts)])


def dedup(ds, config: local.DedupConfig = local.DEFAULT, *, text_field: str = "text",
          priority_field: str | None = None, components: str = "auto", batch_size: int = 256,
          carry: tuple[str, ...] = (), path_column: str | None = None, partitions: int | None = None):
    """Drop near-duplicate rows of ``ds``. Returns the rows kept (in input order, without helper
    columns) and the clusters as the local engine reports them: each member's ``order`` (row
    number in the input), ``kept``, ``similarity`` to the survivor, and the ``carry`` columns;
    given ``path_column`` (the file of each row, as ``read_json(include_paths=True)`` adds it),
    also ``source`` and ``line`` (the row's number in its file). ``partitions``: of each shuffle
    (groupby, join); by default as many as the input has blocks (Ray's own default, 200, costs
    seconds per shuffle on small data)."""
    ray = require()
    ray.data.DataContext.get_current().execution_options.preserve_order = True
    if components not in ("auto", "driver", "distributed"):
        raise InputError(f"components must be auto, driver or distributed, not {components!r}")
    if path_column:
        carry = (*carry, path_column, LINE)
    ds = with_order(ds, path_column).materialize()
    parts = partitions or max(2, ds.num_blocks())
    bands, rows = local.lsh_params(config.threshold, config.num_perm)

    def signatures(batch: dict[str, np.ndarray]) -> dict[str, Any]:
        texts = [t if isinstance(t, str) else "" for t in batch[text_field]]
        sigs = local.document_signatures(texts, config)
        out = {ORDER: np.asarray(batch[ORDER], dtype=np.int64), _SIG: [s.astype(np.uint32).tobytes() for s in sigs]}
        for c in carry:
            out["_cp_carry_" + c] = batch[c]
        if priority_field:
            out[_PRIORITY] = np.array([np.nan if v is None else float(v) for v in batch[priority_field]])
        return out

    sigs = ds.map_batches(signatures, batch_format="numpy", batch_size=batch_size).materialize()

    def band_rows(row: dict[str, Any]) -> list[dict[str, Any]]:
        sig = np.frombuffer(row[_SIG], dtype=np.uint32)
        return [{"key": key, ORDER: row[ORDER], _SIG: row[_SIG]} for key in local.band_keys(sig, bands, rows)]

    def bucket_edges(group: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        order = np.asarray(group[ORDER], dtype=np.int64)
        if len(order) < 2:
            return {"a": np.zeros(0, np.int64), "b": np.zeros(0, np.int64)}
        sig = np.stack([np.frombuffer(s, dtype=np.uint32) for s in group[_SIG]])
        pairs = [sorted((int(order[i]), int(order[j]))) for i, j, _ in similar_pairs(sig, config.threshold)]
        return {"a": np.array([p[0] for p in pairs], dtype=np.int64),
                "b": np.array([p[1] for p in pairs], dtype=np.int64)}

    edges = (sigs.flat_map(band_rows).groupby("key", num_partitions=parts).map_groups(bucket_edges, batch_format="numpy")
             .groupby(["a", "b"], num_partitions=parts).count().drop_columns(["count()"]).materialize())
    n_edges = edges.count()
    helpers = [ORDER, LINE] if path_column else [ORDER]
    if n_edges == 0:
        return ds.drop_columns(helpers), []
    if components == "driver" or (components == "auto" and n_edges <= DRIVER_EDGES):
        labels = _components_on_driver(edges)
    else:
        labels = _components_distributed(edges, parts)
    kept, clusters = _survivors(ray, ds, sigs, labels, priority_field is not None, carry, parts)
    kept = kept.drop_columns([LINE]) if path_column else kept
    if path_column:
        for c in clusters:
            for m in c["members"]:
                m["source"], m["line"] = m.pop(path_column), m.pop(LINE)
    return kept, clusters


def _components_on_driver(edges) -> dict[int, int]:
    clusters = local.Clusters()
    pairs = [(int(r["a"]), int(r["b"])) for r in edges.iter_rows()]
    nodes = sorted({n for p in pairs for n in p})
    number = {n: i for i, n in enumerate(nodes)}
    clusters.grow(len(nodes))
    for a, b in pairs:
        clusters.union(number[a], number[b], 0.0)
    return {n: nodes[clusters.find(number[n])] for n in nodes}  # label: the smallest member


def _components_distributed(edges, parts: int) -> Any:
    """Min-label propagation over the edge dataset; returns a dataset of (node, label)."""
    both = edges.flat_map(lambda r: [{"node": r["a"], "label": r["a"]}, {"node": r["b"], "label": r["b"]}])
    labels = _min_label(both, parts).materialize()
    total = labels.sum("label")
    while True:
        left = edges.join(labels.rename_columns({"node": "a", "label": "la"}), "inner", parts, on=("a",))
        joined = left.join(labels.rename_columns({"node": "b", "label": "lb"}), "inner", parts, on=("b",))
        proposals = joined.flat_map(lambda r: [{"node": r["a"], "label": min(r["la"], r["lb"])},
                                               {"node": r["b"], "label": min(r["la"], r["lb"])}])
        labels = _min_label(proposals.union(labels), parts).materialize()
        now = labels.sum("label")
        if now == total:
            return labels
        total = now


def _min_label(ds, parts: int):
    return ds.groupby("node", num_partitions=parts).min("label").rename_columns({"min(label)": "label"})


def _survivors(ray, ds, sigs, labels, with_priority: bool, carry: tuple[str, ...], parts: int):
    """Each component's survivor by the local engine's rule; the rows kept and the clusters.

    With labels on the driver (a dict), the clustered documents' signatures are fetched by a
    filter and resolved here, and the rows are filtered in order: no join, so it runs on a
    single CPU too (Ray's join actors each want one). Distributed labels are joined with the
    signatures and resolved per component in a groupby.
    """

    def resolve(group: dict[str, Any]) -> dict[str, np.ndarray]:
        nodes = [int(n) for n in group["node"]]
        prio = list(group[_PRIORITY]) if with_priority else [np.nan] * len(nodes)
        ranks = [(bool(np.isnan(p)), -(0.0 if np.isnan(p) else float(p)), n) for p, n in zip(prio, nodes)]
        order = sorted(range(len(nodes)), key=lambda i: ranks[i])
        sig = [np.frombuffer(s, dtype=np.uint32) for s in group[_SIG]]
        survivor = order[0]
        return {"label": np.full(len(nodes), int(group["label"][0]), dtype=np.int64),
                "node": np.array([nodes[i] for i in order], dtype=np.int64),
                "kept": np.array([i == survivor for i in order]),
                "similarity": np.array([round(local.similarity(sig[i], sig[survivor]), 4) for i in order]),
                **{"_cp_carry_" + c: np.array([group["_cp_carry_" + c][i] for i in order], dtype=object) for c in carry}}

    if isinstance(labels, dict):
        wanted = set(labels)
        groups: dict[int, dict[str, list]] = {}
        for r in sigs.filter(lambda r: r[ORDER] in wanted).iter_rows():
            g = groups.setdefault(labels[int(r[ORDER])], {"node": [], "label": [], _SIG: [], _PRIORITY: [],
                                                          **{"_cp_carry_" + c: [] for c in carry}})
            g["node"].append(int(r[ORDER]))
            g["label"].append(labels[int(r[ORDER])])
            g[_SIG].append(r[_SIG])
            g[_PRIORITY].append(r.get(_PRIORITY, np.nan))
            for c in carry:
                g["_cp_carry_" + c].append(r["_cp_carry_" + c])
        resolved_rows = [row for _, g in sorted(groups.items()) for row in _rows(resolve(g))]
    else:
        members = labels.join(sigs.rename_columns({ORDER: "node"}), "inner", parts, on=("node",))
        resolved = members.groupby("label", num_partitions=parts).map_groups(resolve, batch_format="numpy")
        resolved_rows = list(resolved.materialize().iter_rows())
    clusters: dict[int, list[dict[str, Any]]] = {}
    dropped: set[int] = set()
    for r in resolved_rows:
        member = {"order": int(r["node"]), "kept": bool(r["kept"]), "similarity": float(r["similarity"])}
        member.update({c: _plain(r["_cp_carry_" + c]) for c in carry})
        clusters.setdefault(int(r["label"]), []).append(member)
        if not r["kept"]:
            dropped.add(int(r["node"]))
    report = []
    for _, rows in sorted(clusters.items()):  # by smallest member, as the local engine lists them
        report.append({"size": len(rows), "members": rows})  # survivor first, then by rank
    if not dropped:
        return ds.drop_columns([ORDER]), report
    if isinstance(labels, dict):
        kept = ds.filter(lambda r: r[ORDER] not in dropped)  # order preserved
    else:
        gone = ray.data.from_items([{ORDER: n} for n in sorted(dropped)])
        kept = ds.join(gone, "left_anti", parts, on=(ORDER,)).sort(ORDER)
    return kept.drop_columns([ORDER]), report


def _rows(columns: dict[str, np.ndarray]) -> list[dict[str, Any]]:
    keys = list(columns)
    return [dict(zip(keys, values)) for values in zip(*(columns[k] for k in keys))]


def _plain(v: Any) -> Any:
    """A numpy scalar as the Python value JSON writes."""
    return v.item() if isinstance(v, np.generic) else v


# Files in, files out: what `cleanpress clean|dedup --engine ray` does ---------------------------

def start(address: str | None = None, cpus: int | None = None) -> Any:
    """Join the Ray at ``address`` (else RAY_ADDRESS), or start one here with ``cpus`` CPUs.

    On one machine, shuffles are sort-based (they start no aggregator actors: a groupby of a small
    corpus takes a third of the time) and join actors ask for a sliver of a CPU (each asks for a
    whole one, and with one or two CPUs they would wait for ever for the tasks that feed them).
    A cluster keeps Ray's own settings.
    """
    ray = require()
    if not ray.is_initialized():
        address = address or os.environ.get("RAY_ADDRESS")
        kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.ERROR}
        if not address:
            kwargs["num_cpus"] = cpus
        ray.init(address=address, **kwargs)
        if not address:
            from ray.data.context import ShuffleStrategy

            ctx = ray.data.DataContext.get_current()
            ctx.shuffle_strategy = ShuffleStrategy.SORT_SHUFFLE_PULL_BASED
            ctx.join_operator_actor_num_cpus_override = 0.01
            ctx.hash_shuffle_operator_actor_num_cpus_override = 0.01
            ctx.hash_aggregate_operator_actor_num_cpus_override = 0.01
    # stderr is for cleanpress's messages: a task's error reaches the caller as an exception, and
    # Ray Data would log its traceback twice on the way.
    logging.getLogger("ray.data").setLevel(logging.CRITICAL)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    # A broken record raises InputError in a task: let it reach the caller as an InputError, not
    # as Ray's UserCodeException (see task_errors).
    ctx.raise_original_map_exception = True
    return ray


def files_format(paths: list[str], output: str | None, fmt: str = "auto") -> str:
    """The one format (JSONL, WARC or Parquet) of ``paths``; an InputError for anything Ray can't take."""
    if not output or output == "-":
        raise InputError("the Ray engine writes a folder of files", hint="give -o a folder")
    kinds = {shards.kind_of(p, fmt).fmt for p in paths}
    if "-" in paths or not kinds <= {shards.JSONL, shards.WARC, shards.PARQUET} or len(kinds) != 1:
        raise InputError("the Ray engine reads JSONL, WARC (each plain, .gz, .zst) or Parquet files, one format "
                         "per run", hint="use --engine local for text files and standard input")
    return kinds.pop()


def read(paths: list[str], kind: str, include_paths: bool = False, text_field: str = "text", notes=None):
    """``paths`` as a dataset of records; with ``include_paths``, each record's file in ``path``
    (and for WARC the line its record starts on, in ``_cp_warc_line``). ``notes``, a
    :class:`Notes` actor, keeps what reading WARC files warns of (see :func:`relayed_warnings`)."""
    ray = require()
    if kind == shards.PARQUET:
        return ray.data.read_parquet(paths, include_paths=include_paths)
    if kind == shards.WARC:
        # Each file is read whole by one task and split into its records there.
        return ray.data.read_binary_files(paths, include_paths=True).flat_map(
            functools.partial(_warc_records, text_field=text_field, include_paths=include_paths, notes=notes))
    # pyarrow's JSON reader: Ray's lines=True reader turns strings such as "07" into numbers.
    return ray.data.read_json(paths, include_paths=include_paths, file_extensions=None)


def _warc_records(row: dict[str, Any], *, text_field: str, include_paths: bool, notes=None) -> list[dict[str, Any]]:
    path, data = row["path"], row["bytes"]
    # Ray's reader decompresses what its suffix says is compressed: the bytes say what they are.
    compression = "gz" if data[:2] == b"\x1f\x8b" else "zst" if data[:4] == b"\x28\xb5\x2f\xfd" else ""
    said: list[str] = []
    docs = list(shards.documents(io.BytesIO(data), path, shards.Kind(shards.WARC, compression), text_field,
                                 said.append))
    if said and notes is not None:
        require().get(notes.add.remote(path, said))  # waited for: the driver asks once the run is done
    if not include_paths:
        return [d.record for d in docs]
    return [{**d.record, "path": path, WARC_LINE: d.line} for d in docs]


class Notes:
    """What Ray tasks warn of as they read files (records passed over, invalid UTF-8 replaced),
    kept by file for the driver: a task's stderr is not the user's. A file read again (Ray may
    run a read twice) says the same again, and it is kept once."""

    def __init__(self) -> None:
        self.said: dict[str, tuple[str, list[str]]] = {}

    def add(self, path: str, messages: list[str]) -> None:
        self.said[os.path.abspath(path)] = (path, messages)

    def of(self, paths: list[str]) -> list[str]:
        """The messages about ``paths``, in their order, each naming its file as given there
        (Ray names files by their absolute path)."""
        out = []
        for given in paths:
            path, messages = self.said.get(os.path.abspath(given), ("", []))
            out += [given + m[len(path):] if m.startswith(path) else m for m in messages]
        return out


@contextlib.contextmanager
def relayed_warnings(kind: str, paths: list[str], warn: formats.Warn) -> Iterator[Any]:
    """A :class:`Notes` actor for a run that reads ``kind`` files (None when reading them warns of
    nothing: Ray's own readers of JSON lines and Parquet fail or succeed). When the run ends, what
    its tasks said is passed to ``warn``, file by file in the order of ``paths``, as the local
    engine says it, and the actor ends; a run that failed keeps its own error."""
    if kind != shards.WARC:
        yield None
        return
    ray = require()
    notes = ray.remote(num_cpus=0)(Notes).remote()
    failed = False
    try:
        yield notes
    except BaseException:
        failed = True
        raise
    finally:
        try:
            try:
                for message in ray.get(notes.of.remote(paths)):
                    warn(message)
            finally:
                ray.kill(notes)
        except Exception:
            if not failed:
                raise


def write(ds, kind: str, output: str) -> None:
    """Ray's part files: Parquet for Parquet input, else JSON lines (WARC records among them)."""
    if kind == shards.PARQUET:
        ds.write_parquet(output)
    else:
        ds.write_json(output)


@contextlib.contextmanager
def task_errors(output: str) -> Iterator[None]:
    """A cleanpress error raised in a Ray task, as itself: Ray hands it back as an exception of
    both its class and its own (RayTaskError), whose message is the remote traceback. A failed
    run leaves no output: Ray's part files are written as blocks finish, so the folder goes,
    unless it was there before."""
    existed = os.path.exists(output)
    try:
        yield
    except BaseException as e:
        if not existed and os.path.isdir(output):
            shutil.rmtree(output, ignore_errors=True)
        cause = getattr(e, "cause", None)
        if isinstance(e, CleanpressError) and isinstance(cause, CleanpressError):
            raise cause from None
        raise


def clean_files(paths: list[str], output: str, config: Config = DEFAULT, *, fmt: str = "auto",
                text_field: str = "text", address: str | None = None, cpus: int | None = None,
                warn: formats.Warn = lambda m: None) -> None:
    """Clean ``paths`` on Ray into the folder ``output`` (Ray's part files, in the input's format;
    JSON lines for WARC files); ``warn`` hears what reading them warned of."""
    kind = files_format(paths, output, fmt)
    start(address, cpus)
    with relayed_warnings(kind, paths, warn) as notes, task_errors(output):
        write(clean(read(paths, kind, text_field=text_field, notes=notes), config, text_field=text_field), kind,
              output)


def dedup_files(paths: list[str], output: str, config: local.DedupConfig = local.DEFAULT, *, fmt: str = "auto",
                text_field: str = "text", priority_field: str | None = None, id_field: str = "id",
                address: str | None = None, cpus: int | None = None,
                warn: formats.Warn = lambda m: None) -> list[dict[str, Any]]:
    """Dedupe ``paths`` on Ray: the kept records into the folder ``output``; the clusters as the
    local engine reports them (``source`` as given, ``line``, ``kept``, ``similarity``, ``id``);
    ``warn`` hears what reading them warned of."""
    kind = files_format(paths, output, fmt)
    start(address, cpus)
    with relayed_warnings(kind, paths, warn) as notes, task_errors(output):
        ds = read(paths, kind, include_paths=True, text_field=text_field, notes=notes)
        names = ds.schema().names
        carry = tuple(c for c in (id_field, WARC_LINE) if c in names)
        kept, clusters = dedup(ds, config, text_field=text_field, priority_field=priority_field, carry=carry,
                               path_column="path")
        write(kept.drop_columns(["path", *(c for c in (WARC_LINE,) if c in names)]), kind, output)
    given = {os.path.abspath(p): p for p in paths}  # Ray reports absolute paths
    out = []
    for c in clusters:
        members = []
        for m in c["members"]:
            row = {"source": given.get(os.path.abspath(m["source"]), m["source"]), "line": m["line"],
                   "kept": m["kept"], "similarity": m["similarity"]}
            if WARC_LINE in m:  # a WARC record is named by the line it starts on, as the local engine does
                row["line"] = m[WARC_LINE]
            if id_field in carry and m.get(id_field) is not None:
                row["id"] = m[id_field]
            members.append(row)
        out.append({"size": c["size"], "members": members})
    return out
