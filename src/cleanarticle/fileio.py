"""File input and output for the CLI: decode, atomic write, folder walks; JSONL streams are in ``jsonl``.

Nothing here knows about the model: the functions take a ``clean_many``
callable, so the same code runs in the main process and in joblib workers.
"""

from __future__ import annotations

import codecs
import contextlib
import enum
import fnmatch
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

TEXT_PATTERNS_DEFAULT = ("*.txt", "*.md", "*.text")
# Walked folders skip these even without --exclude: VCS metadata and caches are never corpus text.
SKIPPED_DIRS = frozenset({".git", ".hg", ".svn", "__pycache__", ".venv", "node_modules", ".tox"})
TMP_SUFFIX = ".cleanarticle-tmp"

CleanMany = Callable[[Iterable[str]], Iterator[str]]

# Byte-order marks we keep as found; longest first, since UTF-32-LE's BOM starts with UTF-16-LE's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class InputError(ValueError):
    """A file that cannot be cleaned safely: binary, undecodable, or not byte-exact after a round trip."""


@dataclass(frozen=True)
class Decoded:
    """A file's text plus what is needed to write it back byte-exactly: codec and byte-order mark."""

    text: str
    codec: str
    bom: bytes = b""

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.codec)


def decode_bytes(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode a file's bytes (default: UTF-8, BOM optional); raise InputError rather than guess."""
    if encoding is None:
        # NUL never occurs in UTF-8 text; it is the cheapest reliable sign of a binary file.
        if b"\x00" in data:
            raise InputError("looks binary (contains NUL bytes); pass --encoding if it is text")
        encoding = "utf-8"
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}") from None
    family = name.replace("-sig", "").split("-")[0:2]
    bom, codec = b"", name.replace("utf-8-sig", "utf-8")
    if family[0] == "utf" and len(family) > 1:
        for mark, bom_codec in _BOMS:
            if data.startswith(mark) and bom_codec.startswith(f"utf-{family[1]}"):
                bom, codec = mark, bom_codec
                break
        else:
            # utf-16/utf-32 without a BOM: decode and write back little-endian, never adding a BOM.
            codec = {"utf-16": "utf-16-le", "utf-32": "utf-32-le"}.get(codec, codec)
    body = data[len(bom):]
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {codec} at byte {exc.start + len(bom)}; pass --encoding to read it") from None
    decoded = Decoded(text, codec, bom)
    # Strict UTF-8 always round-trips; other codecs may not, and then kept lines would not be byte-exact.
    if codec != "utf-8" and decoded.encode(text) != data:
        raise InputError(f"{codec} does not round-trip this file byte-exactly; left untouched")
    return decoded


class Mode(str, enum.Enum):
    """What a run does with a cleaned text: write it, only report that it would change, or diff it."""

    WRITE = "write"
    CHECK = "check"
    DIFF = "diff"


@dataclass(frozen=True)
class TextItem:
    """One text file to clean; ``dst`` None means in place, ``"-"`` means return the bytes (stdout)."""

    src: str
    dst: str | None = None
    data: bytes | None = None  # stdin's bytes, read by the main process


@dataclass
class FileResult:
    """The outcome for one text file; ``error`` set means it was left untouched."""

    path: str
    changed: bool = False
    lines_removed: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    error: str | None = None
    diff: str = ""
    output: bytes = b""


def _read(item: TextItem, encoding: str | None) -> tuple[bytes, Decoded]:
    data = item.data if item.data is not None else Path(item.src).read_bytes()
    return data, decode_bytes(data, encoding)


def clean_text_files(
    items: Sequence[TextItem], clean_many: CleanMany, mode: Mode, encoding: str | None
) -> list[FileResult]:
    """Read, decode, clean (one batch for all items), then write, diff or just compare each file."""
    results = [FileResult(item.src) for item in items]
    loaded: list[tuple[int, bytes, Decoded]] = []
    for k, item in enumerate(items):
        try:
            data, decoded = _read(item, encoding)
        except OSError as exc:
            results[k].error = f"cannot read: {exc.strerror or exc}"
            continue
        except InputError as exc:
            results[k].error = str(exc)
            if mode is Mode.WRITE and item.dst == "-":
                results[k].output = item.data or b""  # a filter passes what it cannot read through untouched
            continue
        loaded.append((k, data, decoded))
    cleaned = clean_many(decoded.text for _, _, decoded in loaded)
    for (k, data, decoded), new in zip(loaded, cleaned):
        item, res = items[k], results[k]
        res.changed = new != decoded.text
        out = decoded.encode(new) if res.changed else data
        res.bytes_in, res.bytes_out = len(data), len(out)
        res.lines_removed = count_lines(decoded.text) - count_lines(new) if res.changed else 0
        try:
            if mode is Mode.DIFF and res.changed:
                res.diff = unified_diff(decoded.text, new, item.src)
            elif mode is Mode.WRITE and item.dst == "-":
                res.output = out
            elif mode is Mode.WRITE and item.dst is not None:
                Path(item.dst).parent.mkdir(parents=True, exist_ok=True)
                atomic_write(Path(item.dst), out, mode_from=Path(item.src))
            elif mode is Mode.WRITE and res.changed:
                # Write through a symlink to its target rather than replacing the link with a file.
                atomic_write(Path(item.src).resolve(), out)
        except OSError as exc:
            res.error = f"cannot write: {exc.strerror or exc}"
    return results


def count_lines(text: str) -> int:
    """Lines as cleanarticle splits them: ended by \\n, \\r\\n or \\r, plus an unterminated last line."""
    n = text.count("\n") + text.count("\r") - text.count("\r\n")
    return n + (1 if text and not text.endswith(("\n", "\r")) else 0)


def unified_diff(old: str, new: str, label: str) -> str:
    """A unified diff of the lines ``new`` dropped from ``old``, each diff line ending in \\n."""
    import difflib

    from .lines import split_lines

    def diff_lines(text: str) -> list[str]:
        lines, endings = split_lines(text)
        # Endings stay as found; only an unterminated last line gets one, so the diff stays line-based.
        return [line + (end or "\n") for line, end in zip(lines, endings)]

    return "".join(difflib.unified_diff(diff_lines(old), diff_lines(new), f"a/{label}", f"b/{label}"))


# -- atomic writes -------------------------------------------------------------------------


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform or filesystem can open a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class AtomicFile:
    """A temporary file in ``path``'s folder that replaces ``path`` on ``commit()``.

    Same folder, so same filesystem and ``os.replace`` is atomic. ``commit``
    fsyncs, gives the file the mode of ``mode_from`` (default: the file it
    replaces), then renames; ``abort`` removes it. Ctrl-C or an error before
    ``commit`` leaves ``path`` as it was; a kill -9 can leave the temporary
    file behind, never a half-written ``path``.
    """

    def __init__(self, path: Path, *, mode_from: Path | None = None) -> None:
        self.path = Path(path)
        source = mode_from if mode_from is not None else self.path
        try:
            self.mode: int | None = source.stat().st_mode & 0o7777
        except FileNotFoundError:
            self.mode = None
        fd, self.tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=TMP_SUFFIX)
        self.file: IO[bytes] = os.fdopen(fd, "wb")

    def commit(self) -> None:
        try:
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
            if self.mode is None:
                umask = os.umask(0)
                os.umask(umask)
                self.mode = 0o666 & ~umask  # mkstemp creates 0600; a new file gets the usual mode
            os.chmod(self.tmp, self.mode)
            os.replace(self.tmp, self.path)
        except BaseException:
            self.abort()
            raise
        _fsync_dir(self.path.parent)

    def abort(self) -> None:
        self.file.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.tmp)


@contextlib.contextmanager
def atomic_output(path: Path, *, mode_from: Path | None = None) -> Iterator[IO[bytes]]:
    """Yield a binary file that replaces ``path`` only if the block ends without an exception."""
    target = AtomicFile(path, mode_from=mode_from)
    try:
        yield target.file
    except BaseException:
        target.abort()
        raise
    target.commit()


def atomic_write(path: Path, data: bytes, *, mode_from: Path | None = None) -> None:
    """Replace ``path`` with ``data`` atomically, keeping its mode (see ``atomic_output``)."""
    with atomic_output(path, mode_from=mode_from) as out:
        out.write(data)


# -- walking folders -----------------------------------------------------------------------


def matches(rel: str, patterns: Sequence[str]) -> bool:
    """A glob matches a file's name or its path relative to the walked folder (``/`` separators)."""
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(name, p) or fnmatch.fnmatchcase(rel, p) for p in patterns)


def walk(root: Path, include: Sequence[str], exclude: Sequence[str]) -> Iterator[Path]:
    """Files under ``root`` matching ``include`` and no ``exclude`` glob, in sorted order, lazily."""
    for folder, dirs, files in os.walk(root):
        base = Path(folder)
        rel_base = base.relative_to(root).as_posix()
        prefix = "" if rel_base == "." else rel_base + "/"
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS and not matches(prefix + d, exclude))
        for name in sorted(files):
            rel = prefix + name
            if matches(rel, include) and not matches(rel, exclude):
                yield base / name
