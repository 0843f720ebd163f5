"""The ``cleanarticle`` command: a thin shell over one Cleaner for files, folders, stdin and JSONL."""

from __future__ import annotations

import argparse
import math
import os
import signal
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import Any

from . import __version__, config, fileio
from .cleaner import Cleaner
from .fileio import ChunkResult, FileResult, Mode, TextItem

FIELD_DEFAULT = "text"
INCLUDE_DEFAULT = (*fileio.TEXT_PATTERNS_DEFAULT, "*.jsonl", "*.jsonl.gz")
# Small text files travel to workers in groups: one task per file would cost more in IPC than cleaning.
FILES_PER_TASK = 32
BYTES_PER_TASK = 4 * 1024 * 1024
EXIT_OK, EXIT_CHANGED, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130


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
    res = fileio.clean_jsonl_block(block, first_line, s.field, get_cleaner(s).clean_many,
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


def _units(args: argparse.Namespace, include: Sequence[str], exclude: Sequence[str]) -> Iterator[Unit]:
    out: str | None = args.output
    for raw in args.paths or ["-"]:
        if raw == "-":
            yield Unit("-", out or "-", args.jsonl)
            continue
        path = Path(raw)
        if path.is_dir():
            for f in fileio.walk(path, include, exclude):
                dst = None if out is None else str(Path(out) / f.relative_to(path))
                yield Unit(str(f), dst, args.jsonl or fileio.is_jsonl(f))
        elif path.is_file():
            if not fileio.matches(path.as_posix(), exclude):
                dst = None if out is None else str(Path(out) / path.name if Path(out).is_dir() else out)
                yield Unit(raw, dst, args.jsonl or fileio.is_jsonl(path))
        else:
            yield Unit(raw, None, False, error="no such file or folder")


def _jsonl_tasks(s: Settings, uid: int, unit: Unit) -> Iterator[Task]:
    """Read a JSONL file lazily in chunks; the last chunk is marked so its output can be committed."""
    tag = Tag(uid, unit.src, unit.dst, last=False)
    try:
        stream = fileio.open_input(unit.src)
        try:
            prev: tuple[int, bytes] | None = None
            for chunk in fileio.read_chunks(stream, fileio.CHUNK_RECORDS_DEFAULT, fileio.CHUNK_BYTES_DEFAULT):
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


def _tasks(s: Settings, units: Iterator[Unit]) -> Iterator[Task]:
    """All work as one ordered stream of tasks; it never raises, so joblib's dispatch thread can run it."""
    group: list[TextItem] = []
    size = 0
    for uid, unit in enumerate(units):
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


def _run(tasks: Iterator[Task], jobs: int) -> Iterator[Any]:
    """Results in task order. One task, or --jobs 1, runs here: no worker start-up for a small job."""
    head = list(islice(tasks, 2))
    if jobs == 1 or len(head) < 2:
        return (fn(*a) for fn, a in chain(head, tasks))
    from joblib import Parallel, delayed  # type: ignore[import-untyped]

    # Generator output with a bounded pre-dispatch keeps only a few chunks in flight: flat memory.
    parallel = Parallel(n_jobs=jobs, backend="loky", return_as="generator", batch_size=1, pre_dispatch="2*n_jobs")
    return iter(parallel(delayed(fn)(*a) for fn, a in chain(head, tasks)))


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
    out: fileio.Output | None = None
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
                        state.out = fileio.Output(out_path, mode_from=None if tag.src == "-" else Path(tag.src))
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


# -- commands ------------------------------------------------------------------------------


def _jobs(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _default_jobs() -> int:
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


def _build_settings(args: argparse.Namespace, cfg: config.FileConfig, mode: Mode) -> Settings:
    threshold = args.threshold if args.threshold is not None else cfg.threshold
    model = str(Path(args.model).resolve()) if args.model else None
    field = getattr(args, "field", None) or cfg.field or FIELD_DEFAULT
    return Settings(threshold, model, args.comments, field, args.encoding, mode)


class SetupError(Exception):
    """A bad model, threshold or configuration: reported before any file is read."""


def _first_cleaner(s: Settings) -> Cleaner:
    try:
        return get_cleaner(s)
    except ValueError as exc:  # ModelError is a ValueError, and so is an out-of-range threshold
        raise SetupError(str(exc)) from None


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # so a kill runs the same cleanup as Ctrl-C: temporary files removed


def _cmd_clean(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.check and args.diff:
        parser.error("--check and --diff cannot be combined")
    if args.output and (args.check or args.diff):
        parser.error("-o/--output writes files; it cannot be combined with --check or --diff")
    if args.output and len(args.paths) > 1:
        parser.error("-o/--output takes exactly one input path")
    if args.output and args.paths and Path(args.paths[0]).is_dir():
        src, out = Path(args.paths[0]).resolve(), Path(args.output).resolve()
        if out == src or src in out.parents:
            parser.error("-o/--output must not be inside the folder being cleaned")
    cfg = config.discover(args.paths or ["-"], args.config)
    mode = Mode.CHECK if args.check else Mode.DIFF if args.diff else Mode.WRITE
    s = _build_settings(args, cfg, mode)
    _first_cleaner(s)  # fail fast on a bad model or threshold, before touching any file
    include = tuple(args.include or cfg.include or INCLUDE_DEFAULT)
    exclude = tuple(args.exclude or cfg.exclude or ())
    report = Report(mode, args.quiet)
    try:
        _consume(_run(_tasks(s, _units(args, include, exclude)), args.jobs or _default_jobs()), s, report)
    finally:
        report.close()
    if report.errors:
        return EXIT_ERROR
    return EXIT_CHANGED if mode is not Mode.WRITE and (report.files_changed or report.records_changed) else EXIT_OK


_COLOURS = {"kept": "\033[32m", "removed": "\033[31m", "dim": "\033[2m", "reset": "\033[0m"}


def _cmd_explain(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    cfg = config.discover([args.file], args.config)
    cleaner = _first_cleaner(_build_settings(args, cfg, Mode.CHECK))
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
        text = fileio.decode_bytes(data, args.encoding).text
    except OSError as exc:
        print(f"error: {args.file}: cannot read: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    except fileio.InputError as exc:
        print(f"error: {args.file}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    colour = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    paint = (lambda code, s: f"{_COLOURS[code]}{s}{_COLOURS['reset']}") if colour else (lambda code, s: s)
    print(paint("dim", f"{'line':>5} {'own':>5} {'score':>5}  {'decision':<8} {'reason':<14} text"))
    for v in cleaner.explain(text):
        scores = f"{'-':>5} {'-':>5}" if math.isnan(v.score) else f"{v.own_score:5.2f} {v.score:5.2f}"
        decision = "kept" if v.kept else "removed"
        line = v.line.replace("\x1b", "\\x1b")  # scraped text must not drive the terminal
        row = f"{v.index + 1:>5} {scores}  {decision:<8} {v.reason.value:<14} {line}"
        features = ", ".join(f"{name} {value:+.2f}" for name, value in v.top_features)
        print(paint(decision, row) + (paint("dim", f"   [{features}]") if features else ""))
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cleanarticle", description=__doc__.split("\n")[0].strip('"'))
    parser.add_argument("--version", action="version", version=f"cleanarticle {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--threshold", type=float, help="junk probability above which a line goes (default: the model's)")
    common.add_argument("--model", metavar="PATH", help="model folder with model.npz + model.json (default: shipped model)")
    common.add_argument("--comments", choices=("drop", "keep", "only"), default="drop",
                        help="a reader-comment thread after the article: drop it (default), keep it, or keep only it")
    common.add_argument("--encoding", help="text encoding of input files (default: UTF-8, BOM kept if present)")
    common.add_argument("--config", type=Path, metavar="FILE", help="pyproject.toml to read (default: the nearest one)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    p = sub.add_parser("clean", parents=[common], help="remove junk lines from files, folders, stdin or JSONL")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders; '-' or none: stdin to stdout")
    p.add_argument("--check", action="store_true", help="write nothing; exit 1 if any file would change")
    p.add_argument("--diff", action="store_true", help="write nothing; print a unified diff of removed lines")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of in place (a folder for a folder)")
    p.add_argument("--jsonl", action="store_true", help="read inputs as JSONL (default: by .jsonl/.jsonl.gz name)")
    p.add_argument("--field", help=f"JSONL field to clean, dotted for nested (default: {FIELD_DEFAULT})")
    p.add_argument("--include", action="append", metavar="GLOB",
                   help=f"files to take from folders (repeatable; default: {' '.join(INCLUDE_DEFAULT)})")
    p.add_argument("--exclude", action="append", metavar="GLOB", help="files or folders to skip (repeatable)")
    p.add_argument("-j", "--jobs", type=_jobs, metavar="N", help="parallel worker processes (default: all cores)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar, per-file messages or summary")
    p.set_defaults(run=_cmd_clean)
    e = sub.add_parser("explain", parents=[common], help="show each line's score and decision")
    e.add_argument("file", metavar="FILE", help="a text file, or '-' for stdin")
    e.set_defaults(run=_cmd_explain)
    sub.add_parser("train", help="train a model (see: cleanarticle train --help)", add_help=False)
    sub.add_parser("eval", help="evaluate a model (see: cleanarticle eval --help)", add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 would change, 2 error, 130 interrupted)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    # train and eval own their arguments: hand everything after the command to their main().
    if args_list[:1] == ["train"]:
        from . import train

        return train.main(args_list[1:])
    if args_list[:1] == ["eval"]:
        from . import evaluate

        return evaluate.main(args_list[1:])
    parser = _parser()
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        args = parser.parse_args(args_list)
        result: int = args.run(args, parser)
        return result
    except SystemExit as exc:  # argparse's usage errors and --help, as a return code
        return exc.code if isinstance(exc.code, int) else EXIT_ERROR
    except (config.ConfigError, SetupError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("cleanarticle: interrupted; files not yet written are left as they were", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
