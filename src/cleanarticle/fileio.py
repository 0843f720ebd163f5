"""File input and output for the CLI: decode, atomic write, folder walks, JSONL records.

Nothing here knows about the model: the functions take a ``clean_many``
callable, so the same code runs in the main process and in joblib workers.
"""

from __future__ import annotations

import codecs
import contextlib
import enum
import fnmatch
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import gzip

TEXT_PATTERNS_DEFAULT = ("*.txt", "*.md", "*.text")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
# Walked folders skip these even without --exclude: VCS metadata and caches are never corpus text.
SKIPPED_DIRS = frozenset({".git", ".hg", ".svn", "__pycache__", ".venv", "node_modules", ".tox"})
# A chunk of JSONL records is one unit of parallel work. Peak RSS grows with it (measured: 2,000
# records ~113 MB, 500 ~78 MB per process), while 500 still take ~0.4 s, far above dispatch cost.
CHUNK_RECORDS_DEFAULT = 500
CHUNK_BYTES_DEFAULT = 2 * 1024 * 1024
TMP_SUFFIX = ".cleanarticle-tmp"
GZIP_LEVEL = 6  # zlib's own default: close to level 9's size at a fraction of its time

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


def clean_text_files(items: Sequence[TextItem], clean_many: CleanMany, mode: Mode, encoding: str | None) -> list[FileResult]:
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


def is_jsonl(path: Path | str) -> bool:
    return str(path).lower().endswith(JSONL_SUFFIXES)


def is_gzip(path: Path | str) -> bool:
    return str(path).lower().endswith(".gz")


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


# -- JSONL records -------------------------------------------------------------------------


def get_field(record: object, path: str) -> object:
    """``record["meta"]["body"]`` for ``path="meta.body"``; KeyError when any step is missing."""
    value = record
    for key in path.split("."):
        if not isinstance(value, dict) or key not in value:
            raise KeyError(key)
        value = value[key]
    return value


def set_field(record: dict[str, Any], path: str, value: object) -> None:
    *parents, last = path.split(".")
    target: Any = record
    for key in parents:
        target = target[key]
    target[last] = value


def open_input(path: Path | str) -> IO[bytes]:
    """A binary stream for a path or ``-`` (stdin); ``.gz`` files are decompressed on the fly."""
    if str(path) == "-":
        return sys.stdin.buffer
    if is_gzip(path):
        import gzip

        return cast(IO[bytes], gzip.open(path, "rb"))
    return open(path, "rb")


class Output:
    """Where a JSONL stream goes: stdout, or an AtomicFile (gzip-compressed when the name ends in .gz)."""

    def __init__(self, dst: str, *, mode_from: Path | None = None) -> None:
        self._atomic = None if dst == "-" else AtomicFile(Path(dst), mode_from=mode_from)
        raw = sys.stdout.buffer if self._atomic is None else self._atomic.file
        self._gz: gzip.GzipFile | None = None
        if self._atomic is not None and is_gzip(dst):
            import gzip

            # No name or time in the header, so the same input always gives the same bytes.
            self._gz = gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=GZIP_LEVEL, mtime=0)
        self.stream: IO[bytes] = raw if self._gz is None else cast(IO[bytes], self._gz)

    def write(self, data: bytes) -> None:
        self.stream.write(data)

    def commit(self) -> None:
        if self._gz is not None:
            self._gz.close()
        if self._atomic is None:
            self.stream.flush()
        else:
            self._atomic.commit()

    def abort(self) -> None:
        if self._gz is not None:
            with contextlib.suppress(Exception):
                self._gz.close()
        if self._atomic is not None:
            self._atomic.abort()


def read_chunks(
    stream: IO[bytes], records: int = CHUNK_RECORDS_DEFAULT, max_bytes: int = CHUNK_BYTES_DEFAULT
) -> Iterator[tuple[int, bytes]]:
    """Yield ``(first_line_number, raw_lines)`` blocks of at most ``records`` lines or about ``max_bytes``.

    Reading line by line keeps only one block in memory, whatever the file size.
    """
    line_no = 1
    block: list[bytes] = []
    size = 0
    for line in stream:
        block.append(line)
        size += len(line)
        if len(block) >= records or size >= max_bytes:
            yield line_no, b"".join(block)
            line_no += len(block)
            block, size = [], 0
    if block:
        yield line_no, b"".join(block)


@dataclass
class ChunkResult:
    """What cleaning one block of JSONL lines produced; ``data`` is empty when nothing is written."""

    data: bytes = b""
    records: int = 0
    changed: int = 0
    lines_removed: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    errors: list[str] = field(default_factory=list)
    diff: str = ""


def _split_ending(line: bytes) -> tuple[bytes, bytes]:
    if line.endswith(b"\r\n"):
        return line[:-2], b"\r\n"
    if line.endswith(b"\n"):
        return line[:-1], b"\n"
    return line, b""


def clean_jsonl_block(
    block: bytes,
    first_line: int,
    field_path: str,
    clean_many: CleanMany,
    *,
    keep_output: bool = True,
    diff_label: str | None = None,
) -> ChunkResult:
    """Clean ``field_path`` in every record of a block of JSONL lines.

    A record whose field did not change is written back as its original bytes;
    a changed one is re-serialised (``ensure_ascii=False``). A bad record
    (invalid JSON, missing or non-string field) is reported with its line
    number and passed through unchanged.
    """
    res = ChunkResult(bytes_in=len(block))
    lines = _split_keep_lf(block)  # on \n only, as read_chunks counts lines
    parsed: list[tuple[int, dict[str, Any], str, bytes, bytes]] = []  # index, record, text, bom, ending
    for i, raw in enumerate(lines):
        body, ending = _split_ending(raw)
        bom = b""
        if first_line + i == 1 and body.startswith(codecs.BOM_UTF8):
            bom, body = codecs.BOM_UTF8, body[len(codecs.BOM_UTF8):]
        if not body.strip():
            continue  # blank lines are not records; they pass through as they are
        res.records += 1
        where = f"line {first_line + i}"
        try:
            record = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            res.errors.append(f"{where}: invalid JSON ({exc}); passed through unchanged")
            continue
        try:
            text = get_field(record, field_path)
        except KeyError:
            res.errors.append(f"{where}: no field {field_path!r}; passed through unchanged")
            continue
        if not isinstance(text, str):
            kind = type(text).__name__
            res.errors.append(f"{where}: field {field_path!r} is {kind}, not a string; passed through unchanged")
            continue
        assert isinstance(record, dict)  # get_field found a key in it
        parsed.append((i, record, text, bom, ending))
    out = list(lines)
    diffs: list[str] = []
    cleaned = clean_many(text for _, _, text, _, _ in parsed)
    for (i, record, text, bom, ending), new in zip(parsed, cleaned):
        if new == text:
            continue
        res.changed += 1
        res.lines_removed += count_lines(text) - count_lines(new)
        if diff_label is not None:
            diffs.append(unified_diff(text, new, f"{diff_label}:{first_line + i}"))
        set_field(record, field_path, new)
        try:
            dumped = json.dumps(record, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate (from a \ud800 escape) can only be written escaped
            dumped = json.dumps(record).encode("ascii")
        out[i] = bom + dumped + ending
    data = b"".join(out)
    res.bytes_out = len(data)
    if keep_output:
        res.data = data
    res.diff = "".join(diffs)
    return res


def _split_keep_lf(block: bytes) -> list[bytes]:
    parts = block.split(b"\n")
    lines = [p + b"\n" for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def unified_diff(old: str, new: str, label: str) -> str:
    """A unified diff of the lines ``new`` dropped from ``old``, each diff line ending in \\n."""
    import difflib

    from .lines import split_lines

    def diff_lines(text: str) -> list[str]:
        lines, endings = split_lines(text)
        # Endings stay as found; only an unterminated last line gets one, so the diff stays line-based.
        return [line + (end or "\n") for line, end in zip(lines, endings)]

    return "".join(difflib.unified_diff(diff_lines(old), diff_lines(new), f"a/{label}", f"b/{label}"))
