"""The batch engine behind ``cleanarticle clean``: inputs become an ordered stream of tasks, run in this
process or by joblib workers; results are written or shown in input order, and counted for the summary.
"""

from __future__ import annotations

import os
import sys
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import Any

from . import fileio, jsonl
from .cleaner import Cleaner
from .fileio import FileResult, Mode, TextItem
from .jsonl import ChunkResult

# Small text files travel to workers in groups: one task per file would cost more in IPC than cleaning.
FILES_PER_TASK = 32
BYTES_PER_TASK = 4 * 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs, small and picklable: it builds its own Cleaner from it once."""

    threshold: float | None
    model: str | None
    comments: str
    field: str
    encoding: str | None
    mode: Mode


_CLEANERS: dict[tuple[float | None, str | None, str], Cleaner] = {}


def get_cleaner(s: Settings) -> Cleaner:
    """The one Cleaner for these settings in this process (main or worker), built on first use."""
    key = (s.threshold, s.model, s.comments)
    if key not in _CLEANERS:
        _CLEANERS[key] = Cleaner(threshold=s.threshold, model=s.model, comments=s.comments)
    return _CLEANERS[key]


# -- tasks: module-level functions, so joblib's workers can import them --------------------


@dataclass(frozen=True)
class Tag:
    """Which JSONL unit a chunk belongs to, echoed back so the main process can write results in order."""

    unit: int
    src: str
    dst: str | None
    last: bool
    failed: bool = False


def text_task(s: Settings, items: list[TextItem]) -> list[FileResult]:
    return fileio.clean_text_files(items, get_cleaner(s).clean_many, s.mode, s.encoding)


def jsonl_task(s: Settings, tag: Tag, first_line: int, block: bytes) -> tuple[Tag, ChunkResult]:
    label = tag.src if s.mode is Mode.DIFF else None
    res = jsonl.clean_jsonl_block(block, first_line, s.field, get_cleaner(s).clean_many,
                                  keep_output=s.mode is Mode.WRITE, diff_label=label)
    return tag, res


def failed_task(tag: Tag, message: str) -> tuple[Tag, ChunkResult]:
    return tag, ChunkResult(errors=[message])


def error_task(path: str, message: str) -> list[FileResult]:
    return [FileResult(path, error=message)]


Task = tuple[Callable[..., Any], tuple[Any, ...]]


@dataclass(frozen=True)
class Unit:
    """One input: a text or JSONL file (or stdin, ``-``) and where its output goes (None: in place)."""

    src: str
    dst: str | None
    jsonl: bool
    error: str | None = None


def units(
    paths: Sequence[str], out: str | None, as_jsonl: bool, include: Sequence[str], exclude: Sequence[str]
) -> Iterator[Unit]:
    """The inputs named by ``paths`` (none: stdin), folders walked lazily; ``out`` None means in place."""
    for raw in paths or ["-"]:
        if raw == "-":
            yield Unit("-", out or "-", as_jsonl)
            continue
        path = Path(raw)
        if path.is_dir():
            for f in fileio.walk(path, include, exclude):
                dst = None if out is None else str(Path(out) / f.relative_to(path))
                yield Unit(str(f), dst, as_jsonl or jsonl.is_jsonl(f))
        elif path.is_file():
            if not fileio.matches(path.as_posix(), exclude):
                dst = None if out is None else str(Path(out) / path.name if Path(out).is_dir() else out)
                yield Unit(raw, dst, as_jsonl or jsonl.is_jsonl(path))
        else:
            yield Unit(raw, None, False, error="no such file or folder")


def _jsonl_tasks(s: Settings, uid: int, unit: Unit) -> Iterator[Task]:
    """Read a JSONL file lazily in chunks; the last chunk is marked so its output can be committed."""
    tag = Tag(uid, unit.src, unit.dst, last=False)
    try:
        stream = jsonl.open_input(unit.src)
        try:
            prev: tuple[int, bytes] | None = None
            for chunk in jsonl.read_chunks(stream, jsonl.CHUNK_RECORDS_DEFAULT, jsonl.CHUNK_BYTES_DEFAULT):
                if prev is not None:
                    yield jsonl_task, (s, tag, *prev)
                prev = chunk
            yield jsonl_task, (s, Tag(uid, unit.src, unit.dst, last=True), *(prev or (1, b"")))
        finally:
            if unit.src != "-":
                stream.close()
    except (OSError, EOFError, zlib.error) as exc:  # a truncated or corrupt .gz raises the last two
        message = f"cannot read: {getattr(exc, 'strerror', None) or exc}"
        yield failed_task, (Tag(uid, unit.src, unit.dst, last=True, failed=True), message)


def _tasks(s: Settings, inputs: Iterable[Unit]) -> Iterator[Task]:
    """All work as one ordered stream of tasks; it never raises, so joblib's dispatch thread can run it."""
    group: list[TextItem] = []
    size = 0
    for uid, unit in enumerate(inputs):
        if unit.error is not None or unit.jsonl:
            if group:
                yield text_task, (s, group)
                group, size = [], 0
            if unit.error is not None:
                yield error_task, (unit.src, unit.error)
            else:
                yield from _jsonl_tasks(s, uid, unit)
            continue
        data = sys.stdin.buffer.read() if unit.src == "-" else None
        group.append(TextItem(unit.src, unit.dst, data))
        try:
            size += len(data) if data is not None else os.path.getsize(unit.src)
        except OSError:
            pass  # the task reports the unreadable file
        if len(group) >= FILES_PER_TASK or size >= BYTES_PER_TASK:
            yield text_task, (s, group)
            group, size = [], 0
    if group:
        yield text_task, (s, group)


def _execute(tasks: Iterator[Task], jobs: int) -> Iterator[Any]:
    """Results in task order. One task, or --jobs 1, runs here: no worker start-up for a small job."""
    head = list(islice(tasks, 2))
    if jobs == 1 or len(head) < 2:
        return (fn(*a) for fn, a in chain(head, tasks))
    from joblib import Parallel, delayed  # type: ignore[import-untyped]

    # Generator output with a bounded pre-dispatch keeps only a few chunks in flight: flat memory.
    parallel = Parallel(n_jobs=jobs, backend="loky", return_as="generator", batch_size=1, pre_dispatch="2*n_jobs")
    return iter(parallel(delayed(fn)(*a) for fn, a in chain(head, tasks)))


def run(s: Settings, inputs: Iterable[Unit], jobs: int, report: Report) -> None:
    """Clean every input with ``jobs`` processes, writing or showing results in input order; counts go to ``report``."""
    _consume(_execute(_tasks(s, inputs), jobs), s, report)


# -- reporting -----------------------------------------------------------------------------


class Report:
    """Counts, messages and the progress bar; everything here goes to stderr."""

    def __init__(self, mode: Mode, quiet: bool) -> None:
        self.mode, self.quiet = mode, quiet
        self.start = time.perf_counter()
        self.files = self.files_changed = self.records = self.records_changed = 0
        self.lines_removed = self.bytes_in = self.bytes_out = self.errors = 0
        self.bar: Any = None
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm  # type: ignore[import-untyped]

            self.bar = tqdm(unit="B", unit_scale=True, file=sys.stderr, leave=False, desc="cleanarticle")

    def say(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr)

    def error(self, path: str, message: str) -> None:
        self.errors += 1
        self.say(f"error: {path}: {message}")

    def changed(self, path: str, detail: str) -> None:
        if not self.quiet:
            verb = "cleaned" if self.mode is Mode.WRITE else "would clean"
            self.say(f"{verb} {path} ({detail})")

    def add(self, bytes_in: int, bytes_out: int, lines_removed: int) -> None:
        self.bytes_in += bytes_in
        self.bytes_out += bytes_out
        self.lines_removed += lines_removed
        if self.bar is not None:
            self.bar.update(bytes_in)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        if self.quiet:
            return
        verb = "changed" if self.mode is Mode.WRITE else "would change"
        parts = [f"{self.files} file{'s' * (self.files != 1)} seen, {self.files_changed} {verb}"]
        if self.records:
            parts.append(f"{self.records} records seen, {self.records_changed} {verb}")
        parts += [
            f"{self.lines_removed} lines removed",
            f"{_size(self.bytes_in)} in, {_size(self.bytes_out)} out",
            f"{self.errors} error{'s' * (self.errors != 1)}",
            f"{time.perf_counter() - self.start:.2f} s",
        ]
        self.say("cleanarticle: " + "; ".join(parts))


def _size(n: int) -> str:
    if n < 1000:
        return f"{n} B"
    value = float(n)
    for unit in ("kB", "MB", "GB"):
        value /= 1000
        if value < 1000 or unit == "GB":
            break
    return f"{value:.1f} {unit}"


@dataclass
class _JsonlState:
    """The open output and running counts of the JSONL unit whose chunks are arriving."""

    tag: Tag
    out: jsonl.Output | None = None
    changed: int = 0
    lines_removed: int = 0
    broken: bool = False


def _consume(results: Iterator[Any], s: Settings, report: Report) -> None:
    state: _JsonlState | None = None
    try:
        for result in results:
            if isinstance(result, list):
                for res in result:
                    _file_done(res, s, report)
                continue
            tag, chunk = result
            if state is None or state.tag.unit != tag.unit:
                state = _JsonlState(tag)
                report.files += 1
                if s.mode is Mode.WRITE and not tag.failed:
                    try:
                        # In place goes through a symlink to its target; -o copies take the source's mode.
                        out_path = tag.dst or str(Path(tag.src).resolve())
                        state.out = jsonl.Output(out_path, mode_from=None if tag.src == "-" else Path(tag.src))
                    except OSError as exc:
                        state.broken = True
                        report.error(tag.src, f"cannot write: {exc.strerror or exc}")
            _chunk_done(state, tag, chunk, report)
            if tag.last:
                _unit_done(state, tag, report)
                state = None
    finally:
        if state is not None and state.out is not None:
            state.out.abort()  # interrupted mid-file: the original stays as it was


def _emit(data: bytes) -> None:
    """Data and diffs go to stdout as bytes: no newline translation, no locale encoding errors."""
    sys.stdout.flush()  # whatever was printed as text comes first
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _file_done(res: FileResult, s: Settings, report: Report) -> None:
    report.files += 1
    if res.error is not None:
        report.error(res.path, res.error)
    if res.output:
        _emit(res.output)
    if res.diff:
        _emit(res.diff.encode("utf-8", "surrogateescape"))
    report.add(res.bytes_in, res.bytes_out, res.lines_removed)
    if res.changed:
        report.files_changed += 1
        report.changed(res.path, f"{res.lines_removed} lines removed")


def _chunk_done(state: _JsonlState, tag: Tag, chunk: ChunkResult, report: Report) -> None:
    for message in chunk.errors:
        report.error(tag.src, message)
    if chunk.diff:
        _emit(chunk.diff.encode("utf-8", "surrogateescape"))
    if state.out is not None and not state.broken and chunk.data:
        try:
            state.out.write(chunk.data)
        except OSError as exc:
            state.broken = True
            report.error(tag.src, f"cannot write: {exc.strerror or exc}")
    state.changed += chunk.changed
    state.lines_removed += chunk.lines_removed
    report.records += chunk.records
    report.records_changed += chunk.changed
    report.add(chunk.bytes_in, chunk.bytes_out, chunk.lines_removed)


def _unit_done(state: _JsonlState, tag: Tag, report: Report) -> None:
    out, state.out = state.out, None
    if out is not None:
        if state.broken or tag.failed:
            out.abort()  # never replace a file with a partial stream
            return
        try:
            out.commit()
        except OSError as exc:
            report.error(tag.src, f"cannot write: {exc.strerror or exc}")
            return
    if state.changed:
        report.files_changed += 1
        report.changed(tag.src, f"{state.changed} records changed, {state.lines_removed} lines removed")
