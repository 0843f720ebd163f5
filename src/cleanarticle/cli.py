"""The ``cleanarticle`` command: a thin shell over one Cleaner for files, folders, stdin and JSONL."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import math
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from . import __version__, batch, config, fileio, jsonl
from .batch import Settings, Unit
from .cleaner import Cleaner
from .fileio import Mode

FIELD_DEFAULT = "text"
INCLUDE_DEFAULT = (*fileio.TEXT_PATTERNS_DEFAULT, "*.jsonl", "*.jsonl.gz")
EXIT_OK, EXIT_CHANGED, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130


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
        return batch.get_cleaner(s)
    except ValueError as exc:  # ModelError is a ValueError, and so is an out-of-range threshold
        raise SetupError(str(exc)) from None


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # so a kill runs the same cleanup as Ctrl-C: temporary files removed


def _units(
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


@contextlib.contextmanager
def _line_counts_file(s: Settings, inputs: Iterable[Unit], jobs: int) -> Iterator[str]:
    """--corpus-aware's first pass, saved once for every worker to load; the file goes at the end, whatever happens."""
    fd, path = tempfile.mkstemp(prefix="cleanarticle-lines-", suffix=".npz")
    os.close(fd)
    try:
        batch.count_corpus(s, inputs, jobs).save(path)  # not kept here: 16 MB the second pass does not need
        yield path
    finally:
        Path(path).unlink(missing_ok=True)


def _check_clean_args(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    if args.check and args.diff:
        parser.error("--check and --diff cannot be combined")
    if args.output and (args.check or args.diff):
        parser.error("-o/--output writes files; it cannot be combined with --check or --diff")
    if args.dask:
        if not args.output:
            parser.error("--dask needs -o/--output: shards are written to a new folder")
        if not args.paths or "-" in args.paths:
            parser.error("--dask reads JSONL files or folders, not stdin")
        if args.include or args.exclude:
            parser.error("--include/--exclude do not apply with --dask (folders are searched for *.jsonl, *.jsonl.gz)")
        if args.jobs or args.corpus_aware:
            parser.error("--jobs and --corpus-aware do not apply with --dask (the cluster's workers do the work)")
    elif args.output and len(args.paths) > 1:
        parser.error("-o/--output takes exactly one input path")
    out = Path(args.output).resolve() if args.output else None
    for src in (Path(p).resolve() for p in args.paths if Path(p).is_dir()):
        if out is not None and (out == src or src in out.parents):
            parser.error("-o/--output must not be inside the folder being cleaned")
    if args.corpus_aware and (not args.paths or "-" in args.paths):
        parser.error("--corpus-aware reads its inputs twice: name files or folders, not stdin")


def _cmd_clean(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    _check_clean_args(args, parser)
    cfg = config.discover(args.paths or ["-"], args.config)
    mode = Mode.CHECK if args.check else Mode.DIFF if args.diff else Mode.WRITE
    s = _build_settings(args, cfg, mode)
    _first_cleaner(s)  # fail fast on a bad model or threshold, before touching any file
    corpus_aware = args.corpus_aware if args.corpus_aware is not None else bool(cfg.corpus_aware)
    if args.dask:
        if corpus_aware:
            raise config.ConfigError(f"{cfg.path}: corpus_aware = true does not apply with --dask; "
                                     "pass --no-corpus-aware")
        from . import dask as dask_shards

        pairs = (("threshold", s.threshold), ("model", s.model), ("comments", s.comments))
        options = {k: v for k, v in pairs if v is not None}
        return dask_shards.run(args.paths, Path(args.output), args.dask, s.field, options, quiet=args.quiet)
    if corpus_aware and (not args.paths or "-" in args.paths):
        raise config.ConfigError(f"{cfg.path}: corpus_aware = true reads inputs twice, so not stdin; "
                                 "pass --no-corpus-aware")
    include = tuple(args.include or cfg.include or INCLUDE_DEFAULT)
    exclude = tuple(args.exclude or cfg.exclude or ())
    jobs = args.jobs or _default_jobs()
    report = batch.Report(mode, args.quiet, corpus_aware=corpus_aware)
    try:
        with contextlib.ExitStack() as stack:
            if corpus_aware:
                counted = _units(args.paths, args.output, args.jsonl, include, exclude)
                s = dataclasses.replace(s, line_counts=stack.enter_context(_line_counts_file(s, counted, jobs)))
            batch.run(s, _units(args.paths, args.output, args.jsonl, include, exclude), jobs, report)
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
        drivers = "; ".join(", ".join(f"{name} {value:+.2f}" for name, value in top)
                            for top in (v.top_features, v.top_context) if top)
        print(paint(decision, row) + (paint("dim", f"   [{drivers}]") if drivers else ""))
    return EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cleanarticle", description=__doc__.split("\n")[0].strip('"'))
    parser.add_argument("--version", action="version", version=f"cleanarticle {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--threshold", type=float,
                        help="junk probability above which a line goes (default: the model's)")
    common.add_argument("--model", metavar="PATH",
                        help="model folder with model.npy + model.json (default: shipped model)")
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
    p.add_argument("--corpus-aware", action=argparse.BooleanOptionalAction, default=None,
                   help="first count in how many documents each line occurs, then remove lines repeated across "
                        "the corpus (site boilerplate) more readily; inputs are read twice")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="clean JSONL shards on a Dask cluster: 'local' or tcp://HOST:PORT (needs -o)")
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
    except BrokenPipeError:
        # The reader of stdout went away (`| head`): stop quietly, and keep the interpreter's
        # final flush from raising again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
