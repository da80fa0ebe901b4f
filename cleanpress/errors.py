"""The small exception hierarchy of the library. The CLI turns these into exit code 2."""
from __future__ import annotations


class CleanpressError(Exception):
    """Base class of every error cleanpress raises on purpose."""


class InputError(CleanpressError):
    """Input that cannot be read: names the source and, where known, the line."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None,
                 hint: str | None = None):
        self.source, self.line, self.hint = source, line, hint
        where = source or "<input>"
        if line is not None:
            where += f":{line}"
        text = f"{where}: {message}"
        if hint:
            text += f" ({hint})"
        super().__init__(text)


class ConfigError(CleanpressError):
    """An invalid option or pattern."""
