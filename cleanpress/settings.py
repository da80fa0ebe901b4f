"""Project configuration for the command line: ``[tool.cleanpress]`` in ``pyproject.toml`` or a
``cleanpress.toml``, found by walking up from the files like ruff and black do.

Keys mirror the CLI options (``near-duplicate-threshold`` is ``--near-duplicate-threshold``);
an unknown key or a bad value is an error that names the file and the key. The library never
reads files: this module turns a file into a :class:`~cleanpress.config.Config` for the CLI.
"""
from __future__ import annotations

import difflib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Config
from .errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

#: key -> (Config field or None for CLI-only keys, accepted types)
KEYS: dict[str, tuple[str | None, tuple[type, ...]]] = {
    "select": ("select", (list,)),
    "ignore": ("ignore", (list,)),
    "near-duplicate-threshold": ("near_duplicate_threshold", (float, int)),
    "extra-chrome": ("extra_chrome", (list,)),
    "keep": ("keep", (list,)),
    "canonical": ("canonical", (bool,)),
    "uncurl-quotes": ("uncurl_quotes", (bool,)),
    "text-field": (None, (str,)),
    "include": (None, (list,)),
}


@dataclass(frozen=True)
class Settings:
    """What a configuration file says, and where it was found."""

    path: str | None = None
    options: dict[str, Any] = field(default_factory=dict)

    def config(self, overrides: dict[str, Any]) -> Config:
        """The library configuration: file values, then command-line values on top."""
        try:
            Config(**overrides)
        except ConfigError as e:  # a command-line value: name the option
            raise ConfigError(_dashed(str(e), "--")) from None
        values = {KEYS[k][0]: tuple(v) if isinstance(v, list) else v for k, v in self.options.items() if KEYS[k][0]}
        values.update(overrides)
        try:
            return Config(**values)
        except ConfigError as e:
            raise ConfigError(f"{self.path}: {_dashed(str(e))}") from None

    def get(self, key: str, default: Any = None) -> Any:
        return self.options.get(key, default)


def _dashed(message: str, prefix: str = "") -> str:
    """A Config message in the words of the file (or, with ``--``, of the command line)."""
    for key, (name, _) in KEYS.items():
        if name and message.startswith(name):
            return prefix + key + message[len(name):]
    return message


def find(start: str | os.PathLike) -> Path | None:
    """The nearest ``cleanpress.toml``, or ``pyproject.toml`` with ``[tool.cleanpress]``, in
    ``start`` or a folder above it."""
    here = Path(start).resolve()
    if here.is_file():
        here = here.parent
    for folder in (here, *here.parents):
        own = folder / "cleanpress.toml"
        if own.is_file():
            return own
        project = folder / "pyproject.toml"
        if project.is_file() and "cleanpress" in _read(project).get("tool", {}):
            return project
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from None


def load(path: str | os.PathLike) -> Settings:
    """Read and check the settings in ``path``."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}: no such configuration file")
    data = _read(path)
    table = data.get("tool", {}).get("cleanpress", {}) if path.name == "pyproject.toml" else data
    where = f"{path} [tool.cleanpress]" if path.name == "pyproject.toml" else str(path)
    for key, value in table.items():
        if key not in KEYS:
            near = difflib.get_close_matches(key, KEYS, n=1)
            hint = f"; did you mean '{near[0]}'?" if near else f"; known keys: {', '.join(KEYS)}"
            raise ConfigError(f"{where}: unknown key '{key}'{hint}")
        types = KEYS[key][1]
        if not isinstance(value, types) or isinstance(value, bool) and bool not in types:
            raise ConfigError(f"{where}: '{key}' must be {' or '.join(t.__name__ for t in types)}, got {value!r}")
        if isinstance(value, list) and not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: '{key}' must be a list of strings")
    settings = Settings(str(path), dict(table))
    settings.config({})  # check the values now, naming the file
    return settings


def resolve(config_path: str | None, isolated: bool, start: str) -> Settings:
    """The settings for a run: ``--config PATH``, none with ``--isolated``, else the nearest file."""
    if isolated:
        return Settings()
    if config_path:
        return load(config_path)
    found = find(start)
    return load(found) if found else Settings()
