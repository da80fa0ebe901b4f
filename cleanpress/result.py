"""The explainable, replayable result of cleaning.

A :class:`CleanResult` holds the cleaned text and the :class:`Edit` list that produced it from the
input. Every edit replaces one span of the input (usually by nothing) and says which rule did it and
why. :func:`replay` applies edits to the input; ``replay(text, clean(text).edits) == clean(text).text``
always holds, so nothing is lost silently: the removed text is ``text[edit.start:edit.end]``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Iterable


@dataclass(frozen=True)
class Edit:
    """One change to the input: ``text[start:end]`` becomes ``replacement``."""

    #: Rule code, e.g. ``"CP101"``; see :data:`cleanpress.rules.RULES`.
    code: str
    #: Character offsets into the input text.
    start: int
    end: int
    #: Why, for people.
    reason: str
    #: The text that replaces the span (empty for a removal).
    replacement: str = ""
    #: For a duplicate: the span of the block that was kept instead.
    duplicate_of: tuple[int, int] | None = None
    #: For a duplicate: the similarity to the kept block (Jaccard or containment, 0..1).
    similarity: float | None = None
    #: 1-based line of the input where the span starts.
    line: int = 0
    #: For a copy of a block of another document (CP306): that document and its line.
    copy_of: tuple[str, int] | None = None

    @classmethod
    def made(cls, code: str, start: int, end: int, reason: str, replacement: str = "",
             duplicate_of: tuple[int, int] | None = None, similarity: float | None = None,
             line: int = 0, copy_of: tuple[str, int] | None = None) -> Edit:
        """An edit, made as ``clean()`` makes one per removed block: the same object as
        ``Edit(...)`` at a third of the cost (a frozen dataclass sets each field through
        ``object.__setattr__``).

        >>> Edit.made("CP101", 0, 10, "subscribe prompt") == Edit("CP101", 0, 10, "subscribe prompt")
        True
        """
        edit = object.__new__(cls)
        edit.__dict__.update(code=code, start=start, end=end, reason=reason, replacement=replacement,
                             duplicate_of=duplicate_of, similarity=similarity, line=line, copy_of=copy_of)
        return edit

    @property
    def rule(self) -> str:
        from .rules import RULES

        return RULES[self.code].name

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Edit:
        """The edit that :meth:`to_dict` wrote (a ``--report`` line, a datatrove document's
        ``cleanpress_edits``); keys that are no field of an edit are passed over.

        >>> e = Edit("CP302", 5, 9, "exact copy of line 1", duplicate_of=(0, 4), similarity=1.0, line=2)
        >>> Edit.from_dict(e.to_dict()) == e
        True
        """
        names = {f.name for f in fields(cls)}
        kw = {k: v for k, v in d.items() if k in names}
        for k in ("duplicate_of", "copy_of"):
            if kw.get(k) is not None:
                kw[k] = tuple(kw[k])
        return cls(**kw)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["rule"] = self.rule
        if self.duplicate_of is not None:
            d["duplicate_of"] = list(self.duplicate_of)
        if self.copy_of is not None:
            d["copy_of"] = list(self.copy_of)
        return {k: v for k, v in d.items() if v is not None}


@dataclass(frozen=True)
class CleanResult:
    """The cleaned text, the edits that made it, and metadata found on the way."""

    text: str
    edits: tuple[Edit, ...]
    #: Metadata lines moved out of the text (``url``, ``published``).
    metadata: dict[str, str] = field(default_factory=dict)
    #: ``"lines"`` or ``"paragraphs"``: how the input was segmented into blocks.
    layout: str = "lines"

    def removed(self, original: str) -> list[tuple[Edit, str]]:
        """Each edit with the input text it removed or replaced."""
        return [(e, original[e.start:e.end]) for e in self.edits]

    def counts(self) -> dict[str, int]:
        """Number of edits by rule code."""
        out: dict[str, int] = {}
        for e in self.edits:
            out[e.code] = out.get(e.code, 0) + 1
        return dict(sorted(out.items()))


def replay(text: str, edits: Iterable[Edit]) -> str:
    """Apply ``edits`` to ``text``.

    >>> replay("a\\nb\\nc\\n", [Edit("CP101", 2, 4, "example")])
    'a\\nc\\n'
    """
    out: list[str] = []
    pos = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if e.start < pos:
            raise ValueError(f"overlapping edits at offset {e.start}")
        out.append(text[pos:e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)
