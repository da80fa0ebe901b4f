"""cleanpress as a step of a datatrove pipeline.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleanpress.datatrove import CleanpressFormatter

    LocalPipelineExecutor(pipeline=[
        JsonlReader("shards/"),
        CleanpressFormatter(drop_empty=True),
        JsonlWriter("clean/"),
    ], tasks=4).run()

Each document's text is cleaned by :func:`cleanpress.clean`; the page's URL and publication time
found among its lines go into its metadata (unless it has them); the removals are counted by
rule code in the step's statistics ("CP104": 1,830 ...), and, with ``keep_edits``, kept in the
document's metadata as ``cleanpress_edits`` (the edits as JSON objects), so that what was removed
can be shown or put back. datatrove is an optional dependency (``pip install
'cleanpress[datatrove]'``); nothing else in cleanpress imports this module.
"""
from __future__ import annotations

from .config import DEFAULT, Config
from .errors import InputError
from .pipeline import clean

try:
    from datatrove.pipeline.formatters.base import BaseFormatter
    from datatrove.utils.typeshelper import StatHints
except ImportError:
    raise InputError("the datatrove step needs datatrove, which is not installed",
                     hint="pip install 'cleanpress[datatrove]'") from None

#: The metadata key that holds a document's edits, with ``keep_edits``.
EDITS_KEY = "cleanpress_edits"


class CleanpressFormatter(BaseFormatter):
    """Cleans each document's text (see the module's docstring).

    ``config``: the rules and thresholds, as for :func:`cleanpress.clean`. ``keep_edits``: keep
    each document's edits in its metadata. ``drop_empty``: pass on no document whose cleaned text
    is empty (a page that was all chrome), counted as ``dropped``.
    """

    name = "🧹 cleanpress"

    def __init__(self, config: Config = DEFAULT, *, keep_edits: bool = False, drop_empty: bool = False):
        super().__init__()
        self.config = config
        self.keep_edits = keep_edits
        self.drop_empty = drop_empty

    def format(self, text: str) -> str:
        return clean(text, self.config).text

    def run(self, data, rank: int = 0, world_size: int = 1):
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                result = clean(doc.text, self.config)
            doc.text = result.text
            for code, n in result.counts().items():
                self.stat_update(code, value=n)
            for key, value in result.metadata.items():
                doc.metadata.setdefault(key, value)
            if self.keep_edits:
                doc.metadata[EDITS_KEY] = [e.to_dict() for e in result.edits]
            if self.drop_empty and not result.text.strip():
                self.stat_update(StatHints.dropped)
                continue
            self.stat_update(StatHints.forwarded)
            yield doc
