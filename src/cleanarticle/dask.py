"""Dask adapter: clean a bag, a DataFrame column, or JSONL shards on a cluster, one Cleaner per worker.

Needs the ``dask`` extra: ``pip install "cleanarticle[dask]"``. Dask is imported
only when a function here runs, so importing this module costs nothing.
"""

from __future__ import annotations

import importlib
import sys
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

from . import fileio, jsonl
from .cleaner import shared_cleaner

__all__ = [
    "SCHEDULER_LOCAL",
    "ShardResult",
    "Summary",
    "clean_bag",
    "clean_dataframe_column",
    "clean_jsonl_shards",
    "clean_shard",
    "run",
]

INSTALL_HINT = 'cleanarticle.dask needs Dask; install it with: pip install "cleanarticle[dask]"'
SCHEDULER_LOCAL = "local"
FIELD_DEFAULT = "text"
SHARD_PATTERNS = tuple("*" + suffix for suffix in jsonl.JSONL_SUFFIXES)
EXIT_OK, EXIT_ERROR = 0, 2  # the CLI's codes: 0 done, 2 something could not be processed



def _import(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise ImportError(INSTALL_HINT) from exc



# -- bags and DataFrames -------------------------------------------------------------------


def _clean_texts(texts: Iterable[str], options: Mapping[str, Any]) -> list[str]:
    return list(shared_cleaner(**options).clean_many(texts))


def clean_bag(bag: Any, **cleaner_options: Any) -> Any:
    """A ``dask.bag.Bag`` of cleaned texts, from a bag of texts; each partition is cleaned in one batch.

    ``cleaner_options`` go to ``Cleaner(...)`` (``threshold``, ``model``, ...).
    """
    _import("dask.bag")
    return bag.map_partitions(partial(_clean_texts, options=cleaner_options))


def _clean_series(series: Any, options: Mapping[str, Any]) -> Any:
    """A pandas Series with its str values cleaned; missing values and non-strings pass through."""
    positions = [i for i, value in enumerate(series.tolist()) if isinstance(value, str)]
    out = series.copy()
    if positions:
        out.iloc[positions] = list(shared_cleaner(**options).clean_many(series.iloc[positions].tolist()))
    return out


def clean_dataframe_column(ddf: Any, column: str, **cleaner_options: Any) -> Any:
    """A ``dask.dataframe.DataFrame`` like ``ddf`` with ``column``'s text values cleaned.

    Missing values (None, NaN, NA) stay as they are; the column keeps its dtype.
    """
    _import("dask.dataframe")
    series = ddf[column]
    cleaned = series.map_partitions(partial(_clean_series, options=cleaner_options), meta=(column, series.dtype))
    return ddf.assign(**{column: cleaned})


# -- JSONL shards on a cluster -------------------------------------------------------------


@dataclass
class ShardResult(jsonl.Tally):
    """What cleaning one shard did; ``errors`` lists bad records (passed through) or why it was not written."""

    src: str = ""
    dst: str = ""


@dataclass
class Summary:
    """All shards of a run, in input order, and its wall time."""

    shards: list[ShardResult]
    seconds: float

    @property
    def records(self) -> int:
        return sum(s.records for s in self.shards)

    @property
    def changed(self) -> int:
        return sum(s.changed for s in self.shards)

    @property
    def lines_removed(self) -> int:
        return sum(s.lines_removed for s in self.shards)

    @property
    def bytes_in(self) -> int:
        return sum(s.bytes_in for s in self.shards)

    @property
    def errors(self) -> int:
        return sum(len(s.errors) for s in self.shards)


def clean_shard(src: str, dst: str, field_path: str, options: Mapping[str, Any]) -> ShardResult:
    """Clean one JSONL shard into ``dst``, whole or not at all; this is the task a Dask worker runs.

    The same reading, chunking and record handling as ``cleanarticle clean --jsonl``
    (``jsonl``), so the bytes match. The output goes to a temporary file beside
    ``dst`` that replaces it only when the shard is complete: a task retried
    after its worker was killed starts over and neither loses nor repeats records.
    """
    res = ShardResult(src=src, dst=dst)
    clean_many = shared_cleaner(**options).clean_many
    try:
        stream = jsonl.open_input(src)
    except OSError as exc:
        res.errors.append(f"cannot read: {exc.strerror or exc}")
        return res
    with stream:
        try:
            out = jsonl.Output(dst, mode_from=Path(src))  # creates the shard's folder
        except OSError as exc:
            res.errors.append(f"cannot write: {exc.strerror or exc}")
            return res
        try:
            for first_line, block in jsonl.read_chunks(stream, jsonl.CHUNK_RECORDS_DEFAULT, jsonl.CHUNK_BYTES_DEFAULT):
                chunk = jsonl.clean_jsonl_block(block, first_line, field_path, clean_many)
                if chunk.data:
                    out.write(chunk.data)
                res.add(chunk)
            out.commit()
        except (OSError, EOFError) as exc:  # a truncated .gz raises EOFError; a corrupt one, OSError
            out.abort()
            res.errors.append(f"cannot read or write: {getattr(exc, 'strerror', None) or exc}")
        except BaseException:
            out.abort()
            raise
    return res


def plan_shards(inputs: Sequence[Path | str], out_dir: Path | str) -> list[tuple[Path, Path]]:
    """(input, output) pairs: a file goes to ``out_dir/NAME``; a folder's shards are mirrored under ``out_dir``.

    Paths are made absolute, since workers may run in another folder.
    """
    out_root = Path(out_dir).absolute()
    pairs: list[tuple[Path, Path]] = []
    for raw in inputs:
        path = Path(raw).absolute()
        if path.is_dir():
            pairs += [(f, out_root / f.relative_to(path)) for f in fileio.walk(path, SHARD_PATTERNS, ())]
        else:
            pairs.append((path, out_root / path.name))  # a missing file is reported by its task
    seen: set[Path] = set()
    for src, dst in pairs:
        if dst == src:
            raise ValueError(f"{src}: output would overwrite the input; choose another output folder")
        if dst in seen:
            raise ValueError(f"two inputs would both be written to {dst}")
        seen.add(dst)
    return pairs


@contextmanager
def _client(scheduler: str) -> Iterator[Any]:
    distributed = _import("distributed")
    if scheduler != SCHEDULER_LOCAL:
        with distributed.Client(scheduler) as client:
            yield client
        return
    # One single-threaded process per core: cleaning is CPU-bound Python, so threads would share one GIL.
    cluster = distributed.LocalCluster(processes=True, threads_per_worker=1, dashboard_address=":0")
    with cluster, distributed.Client(cluster) as client:
        yield client


def _remove_stale_temps(pairs: Iterable[tuple[Path, Path]]) -> None:
    """A worker killed while writing leaves its temporary file; the retry wrote the shard, so drop it."""
    for _, dst in pairs:
        for tmp in dst.parent.glob(f".{dst.name}.*{fileio.TMP_SUFFIX}"):
            tmp.unlink(missing_ok=True)


def clean_jsonl_shards(
    inputs: Sequence[Path | str],
    out_dir: Path | str,
    *,
    scheduler: str = SCHEDULER_LOCAL,
    field: str = FIELD_DEFAULT,
    **cleaner_options: Any,
) -> Summary:
    """Clean JSONL shards (``.jsonl``/``.jsonl.gz``, or folders of them) on a Dask cluster, one task per shard.

    ``scheduler`` is ``"local"`` (a ``distributed.LocalCluster`` with one process
    per core, closed at the end) or a scheduler address such as
    ``"tcp://10.0.0.5:8786"``; workers must see ``inputs`` and ``out_dir`` at the
    same paths (a shared filesystem). Each output shard is byte-identical to
    ``cleanarticle clean --jsonl -o``'s. ``field`` is the (dotted) field to clean;
    ``cleaner_options`` go to ``Cleaner(...)``.
    """
    distributed = _import("distributed")
    shared_cleaner(**cleaner_options)  # a bad model or threshold fails here, before a cluster starts
    pairs = plan_shards(inputs, out_dir)
    start = time.perf_counter()
    with _client(scheduler) as client:
        # pure=False: a unique key per call, so a rerun after the input changed is never served from cache.
        futures = [client.submit(clean_shard, str(src), str(dst), field, cleaner_options, pure=False)
                   for src, dst in pairs]
        try:
            shards: list[ShardResult] = client.gather(futures)
        finally:
            distributed.wait(futures)  # no task still writing when stale temporary files are removed
    _remove_stale_temps(pairs)
    return Summary(shards, time.perf_counter() - start)


def run(
    inputs: Sequence[Path | str],
    out_dir: Path | str,
    scheduler: str,
    field: str,
    cleaner_options: Mapping[str, Any],
    *,
    quiet: bool = False,
) -> int:
    """The CLI's ``--dask`` path: clean shards, report on stderr, return 0 (done) or 2 (an error)."""
    try:
        summary = clean_jsonl_shards(inputs, out_dir, scheduler=scheduler, field=field, **cleaner_options)
    except (ImportError, ValueError, TypeError, OSError) as exc:  # OSError: TimeoutError, scheduler unreachable
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    for shard in summary.shards:
        for message in shard.errors:
            print(f"error: {shard.src}: {message}", file=sys.stderr)
    if not quiet:
        mb = summary.bytes_in / 1e6
        print(
            f"cleanarticle: {len(summary.shards)} shards on dask ({scheduler}); {summary.records} records seen, "
            f"{summary.changed} changed; {summary.lines_removed} lines removed; {mb:.1f} MB in; "
            f"{summary.errors} errors; {summary.seconds:.2f} s",
            file=sys.stderr,
        )
    return EXIT_ERROR if summary.errors else EXIT_OK
