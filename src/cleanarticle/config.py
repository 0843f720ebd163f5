"""Read ``[tool.cleanarticle]`` from the nearest pyproject.toml, as ruff and black do."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 needs the tomli backport for configuration
    try:
        import tomli as tomllib
    except ModuleNotFoundError:
        tomllib = None

SECTION = "tool.cleanarticle"


class ConfigError(ValueError):
    """The configuration table is unreadable or has an unknown key or a wrongly typed value."""


@dataclass(frozen=True)
class FileConfig:
    """Settings found in pyproject.toml; ``None`` means "not set there"."""

    path: Path | None = None
    threshold: float | None = None
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] | None = None
    field: str | None = None
    corpus_aware: bool | None = None


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml at or above ``start`` that has a ``[tool.cleanarticle]`` table."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        path = candidate / "pyproject.toml"
        if path.is_file() and _table(path) is not None:
            return path
    return None


def common_base(paths: Iterable[str]) -> Path:
    """The folder to start the search from: the deepest folder holding every path (cwd for stdin)."""
    resolved = [Path(p).resolve() for p in paths if p != "-"]
    if not resolved:
        return Path.cwd()
    folders = [p if p.is_dir() else p.parent for p in resolved]
    base = folders[0]
    for folder in folders[1:]:
        while base != folder and base not in folder.parents:
            base = base.parent
    return base


def _table(path: Path) -> dict[str, Any] | None:
    if tomllib is None:
        return None
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None
    table = data.get("tool", {}).get("cleanarticle")
    return table if isinstance(table, dict) else None


def _globs(path: Path, key: str, value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: [{SECTION}] {key} must be a list of glob strings")
    return tuple(value)


def load(path: Path) -> FileConfig:
    """Parse and check the ``[tool.cleanarticle]`` table of ``path`` (an empty config if it has none)."""
    table = _table(path)
    if table is None:
        return FileConfig(path=path)
    known = {"threshold", "include", "exclude", "field", "corpus_aware"}
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) in [{SECTION}]: {', '.join(unknown)} "
                          f"(known: {', '.join(sorted(known))})")
    threshold = table.get("threshold")
    if threshold is not None and (isinstance(threshold, bool) or not isinstance(threshold, (int, float))):
        raise ConfigError(f"{path}: [{SECTION}] threshold must be a number")
    field = table.get("field")
    if field is not None and not isinstance(field, str):
        raise ConfigError(f"{path}: [{SECTION}] field must be a string")
    corpus_aware = table.get("corpus_aware")
    if corpus_aware is not None and not isinstance(corpus_aware, bool):
        raise ConfigError(f"{path}: [{SECTION}] corpus_aware must be true or false")
    return FileConfig(
        path=path,
        threshold=None if threshold is None else float(threshold),
        include=None if "include" not in table else _globs(path, "include", table["include"]),
        exclude=None if "exclude" not in table else _globs(path, "exclude", table["exclude"]),
        field=field,
        corpus_aware=corpus_aware,
    )


def discover(paths: Iterable[str], explicit: Path | None = None) -> FileConfig:
    """The configuration for a run over ``paths``: ``explicit`` if given, else the nearest table."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: no such configuration file")
        return load(explicit)
    found = find_pyproject(common_base(paths))
    return FileConfig() if found is None else load(found)
