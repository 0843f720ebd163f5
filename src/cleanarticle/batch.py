"""The batch engine behind ``cleanarticle clean``: inputs become an ordered stream of tasks, run in this
process or by joblib workers; results are written or shown in input order, and counted for the summary.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import Any

from . import fileio, jsonl
from .cleaner import Cleaner, Reason, shared_cleaner
from .corpus import LineCounts
from .fileio import CleanMany, FileResult, Mode, TextItem
from .jsonl import ChunkResult

# Small text files travel to workers in groups: one task per file would cost more in IPC than cleaning.
FILES_PER_TASK = 32
BYTES_PER_TASK = 4 * 1024 * 1024
# Each count task returns a 16 MB sketch: give it ~8 MB of text (~0.4 s).
COUNT_BYTES_PER_TASK = 8 * 1024 * 1024


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs, small and picklable: it builds its own Cleaner from it once."""

    threshold: float | None
    model: str | None
    comments: str
    field: str
    encoding: str | None
    mode: Mode
    line_counts: str | None = None  # --corpus-aware: pass one's sketch (.npz)


def get_cleaner(s: Settings) -> Cleaner:
    """The one Cleaner for these settings in this process (main or worker), built on first use."""
    return shared_cleaner(threshold=s.threshold, model=s.model, comments=s.comments)


_LINE_COUNTS: dict[str, LineCounts] = {}  # --corpus-aware's sketch, loaded once per process


def _clean_many(s: Settings) -> CleanMany:
    if s.line_counts is not None and s.line_counts not in _LINE_COUNTS:
        _LINE_COUNTS.clear()  # one at most: workers outlive a run
        _LINE_COUNTS[s.line_counts] = LineCounts.load(s.line_counts)
    return partial(get_cleaner(s).clean_many, line_counts=_LINE_COUNTS.get(s.line_counts or ""))


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
    return fileio.clean_text_files(items, _clean_many(s), s.mode, s.encoding)


def jsonl_task(s: Settings, tag: Tag, first_line: int, block: bytes) -> tuple[Tag, ChunkResult]:
    label = tag.src if s.mode is Mode.DIFF else None
    res = jsonl.clean_jsonl_block(block, first_line, s.field, _clean_many(s),
                                  keep_output=s.mode is Mode.WRITE, diff_label=label)
    return tag, res


def failed_task(tag: Tag, message: str) -> tuple[Tag, ChunkResult]:
    return tag, ChunkResult(errors=[message])


def error_task(path: str, message: str) -> list[FileResult]:
    return [FileResult(path, error=message)]


def counted(s: Settings, fn: Callable[..., Any], *args: Any) -> tuple[Any, int]:
    """Run a task; also return how many lines its worker's Cleaner removed as repeated."""
    removed = get_cleaner(s).removed
    before = removed[Reason.REPEATED]
    return fn(*args), removed[Reason.REPEATED] - before


def count_task(s: Settings, paths: list[str], blocks: list[tuple[int, bytes]]) -> LineCounts:
    """--corpus-aware's first pass over some text files and JSONL blocks."""
    counts = LineCounts()
    for path in paths:
        with contextlib.suppress(OSError, fileio.InputError):  # the cleaning pass reports unreadable files
            counts.add(fileio.decode_bytes(Path(path).read_bytes(), s.encoding).text)
    for first_line, block in blocks:
        counts.add_many(jsonl.field_texts(block, first_line, s.field))
    return counts


Task = tuple[Callable[..., Any], tuple[Any, ...]]


@dataclass(frozen=True)
class Unit:
    """One input: a text or JSONL file (or stdin, ``-``) and where its output goes (None: in place)."""

    src: str
    dst: str | None
    jsonl: bool
    error: str | None = None


def _jsonl_tasks(s: Settings, uid: int, unit: Unit) -> Iterator[Task]:
    """Read a JSONL file lazily in chunks; the last chunk is marked so its output can be committed."""
    tag = Tag(uid, unit.src, unit.dst, last=False)
    try:
        prev: tuple[int, bytes] | None = None
        for chunk in jsonl.file_chunks(unit.src):
            if prev is not None:
                yield jsonl_task, (s, tag, *prev)
            prev = chunk
        yield jsonl_task, (s, Tag(uid, unit.src, unit.dst, last=True), *(prev or (1, b"")))
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


def _count_tasks(s: Settings, inputs: Iterable[Unit]) -> Iterator[Task]:
    """Count tasks of ~COUNT_BYTES_PER_TASK each: text files by path, JSONL as blocks."""
    paths: list[str] = []
    blocks: list[tuple[int, bytes]] = []
    size = 0
    for unit in inputs:
        if unit.error is not None or unit.src == "-":  # stdin cannot be read twice
            continue
        if unit.jsonl:
            with contextlib.suppress(OSError, EOFError, zlib.error):  # pass two reports it
                for chunk in jsonl.file_chunks(unit.src):
                    blocks.append(chunk)
                    size += len(chunk[1])
                    if size >= COUNT_BYTES_PER_TASK:
                        yield count_task, (s, paths, blocks)
                        paths, blocks, size = [], [], 0
            continue
        paths.append(unit.src)
        with contextlib.suppress(OSError):
            size += os.path.getsize(unit.src)
        if size >= COUNT_BYTES_PER_TASK:
            yield count_task, (s, paths, blocks)
            paths, blocks, size = [], [], 0
    if paths or blocks:
        yield count_task, (s, paths, blocks)


def count_corpus(s: Settings, inputs: Iterable[Unit], jobs: int) -> LineCounts:
    """--corpus-aware's first pass: one sketch per task, summed."""
    counts = LineCounts()
    for part in _execute(_count_tasks(s, inputs), jobs):
        counts.merge(part)
    return counts


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
    _consume(_execute(((counted, (s, fn, *a)) for fn, a in _tasks(s, inputs)), jobs), s, report)


# -- reporting -----------------------------------------------------------------------------


class Report:
    """Counts, messages and the progress bar; everything here goes to stderr."""

    def __init__(self, mode: Mode, quiet: bool, *, corpus_aware: bool = False) -> None:
        self.mode, self.quiet, self.corpus_aware = mode, quiet, corpus_aware
        self.start = time.perf_counter()
        self.files = self.files_changed = self.records = self.records_changed = 0
        self.lines_removed = self.lines_repeated = self.bytes_in = self.bytes_out = self.errors = 0
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
        repeated = f" ({self.lines_repeated} repeated across the corpus)" if self.corpus_aware else ""
        parts += [
            f"{self.lines_removed} lines removed{repeated}",
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


def _consume(results: Iterator[tuple[Any, int]], s: Settings, report: Report) -> None:
    state: _JsonlState | None = None
    try:
        for result, repeated in results:
            report.lines_repeated += repeated
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
