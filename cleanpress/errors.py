"""The small exception hierarchy of the library. The CLI turns these into exit code 2."""
from __future__ import annotations


class CleanpressError(Exception):
    """Base class of every error cleanpress raises on purpose. Its message is kept as an
    attribute too: an engine that rebuilds the exception in another process with a message of
    its own (Ray appends its retry advice) still shows what was said where it was raised."""

    def __init__(self, *args: object):
        super().__init__(*args)
        self.text = str(args[0]) if args else ""

    def __str__(self) -> str:
        return self.text


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
