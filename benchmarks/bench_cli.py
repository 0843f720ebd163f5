"""Benchmark ``cleanarticle clean`` on generated JSONL: throughput for --jobs 1 and 2, and peak memory.

    python benchmarks/bench_cli.py                      # 50 MB throughput corpus + 1 GB memory run
    python benchmarks/bench_cli.py --size-mb 20 --rss-size-mb 0   # quick, no memory run

Each measurement runs the installed console script in a fresh subprocess.
Peak RSS comes from ``resource.getrusage(RUSAGE_CHILDREN)`` read by a
wrapper process whose only child is that run, so earlier runs cannot leak
into the figure; with --jobs > 1 it is the largest single process (the main
process or one worker), as ``ru_maxrss`` reports per process.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

POOL_DOCS = 5000  # distinct documents, cycled to reach the target size: generation stays fast
SEED = 20240501
_FALLBACK = [
    ("Mayor opens new library downtown\n\nThe new library opened on Tuesday with a ceremony attended by "
     "hundreds of residents.\n\nLeave a Reply\n\n"
     "Your email address will not be published. Required fields are marked *\n"),
    ("Rain returns to the valley\n\nAfter four months without a drop, farmers welcomed a steady rain.\n\n"
     "Share this:\nTwitter\nFacebook\n"),
]


def _pool() -> list[str]:
    try:
        from cleanarticle.synthetic import generate
    except ImportError:  # the generator is not there: repeat a few hand-written articles
        return _FALLBACK
    return [doc.text() for doc in generate(POOL_DOCS, SEED)]


def make_corpus(path: Path, size_mb: float) -> int:
    """Write about ``size_mb`` MB of JSONL records ``{"id", "source", "text"}``; return the record count."""
    target = int(size_mb * 1_000_000)
    pool = [json.dumps(t, ensure_ascii=False) for t in _pool()]
    written = n = 0
    with path.open("w", encoding="utf-8") as f:
        while written < target:
            line = f'{{"id": {n}, "source": "bench", "text": {pool[n % len(pool)]}}}\n'
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    return n


def command() -> list[str]:
    found = shutil.which("cleanarticle", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "cleanarticle"]


_WRAPPER = """
import resource, subprocess, sys, time
t = time.perf_counter()
code = subprocess.run(sys.argv[1:]).returncode
wall = time.perf_counter() - t
print(code, wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def run_once(corpus: Path, out: Path, jobs: int, model: str | None) -> tuple[float, float]:
    """One run: (wall seconds, peak RSS in MB of the largest process)."""
    args = [*command(), "clean", str(corpus), "-o", str(out), "--jobs", str(jobs), "-q"]
    args += ["--model", model] if model else []
    proc = subprocess.run([sys.executable, "-c", _WRAPPER, *args], capture_output=True, text=True, check=True)
    code, wall, rss_kb = proc.stdout.split()
    if int(code) != 0:
        raise SystemExit(f"cleanarticle exited {code}: {proc.stderr}")
    return float(wall), int(rss_kb) / 1024


def versions() -> str:
    import joblib
    import numpy

    import cleanarticle

    return (f"cleanarticle {cleanarticle.__version__}, Python {platform.python_version()}, "
            f"numpy {numpy.__version__}, joblib {joblib.__version__}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=float, default=50, help="throughput corpus size (default 50)")
    parser.add_argument("--rss-size-mb", type=float, default=1000,
                        help="memory-run corpus size; 0 skips it (default 1000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per setting; the median is reported (default 3)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="--jobs values to compare (default 1 2)")
    parser.add_argument("--model", default=None, help="model folder passed to cleanarticle (default: shipped model)")
    parser.add_argument("--workdir", type=Path, default=None, help="where corpora go (default: a temporary folder)")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="bench-cli-", dir=args.workdir))
    try:
        corpus = work / "corpus.jsonl"
        t = time.perf_counter()
        records = make_corpus(corpus, args.size_mb)
        mb = corpus.stat().st_size / 1e6
        print(f"generated {records} records, {mb:.1f} MB in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        rows = []
        for jobs in args.jobs:
            walls, rss = [], []
            for _ in range(args.runs):
                wall, peak = run_once(corpus, work / "out.jsonl", jobs, args.model)
                walls.append(wall)
                rss.append(peak)
                print(f"  --jobs {jobs}: {wall:.2f} s, peak RSS {peak:.0f} MB", file=sys.stderr)
            wall = statistics.median(walls)
            rows.append((f"{mb:.0f} MB", jobs, records / wall, mb / wall, wall, max(rss)))
        corpus.unlink()
        if args.rss_size_mb > 0:
            big = work / "big.jsonl"
            big_records = make_corpus(big, args.rss_size_mb)
            big_mb = big.stat().st_size / 1e6
            for jobs in args.jobs:
                wall, peak = run_once(big, work / "out.jsonl", jobs, args.model)
                print(f"  {big_mb:.0f} MB --jobs {jobs}: {wall:.1f} s, peak RSS {peak:.0f} MB", file=sys.stderr)
                rows.append((f"{big_mb:.0f} MB", jobs, big_records / wall, big_mb / wall, wall, peak))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"`cleanarticle clean CORPUS.jsonl -o OUT.jsonl --jobs N -q` on {datetime.date.today()}, "
          f"{cores} cores, {platform.machine()}; {versions()}; median of {args.runs} runs "
          "(memory runs: one run each)\n")
    print("| corpus | --jobs | records/s | MB/s | wall s | peak RSS MB (largest process) |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for corpus_mb, jobs, rps, mbps, secs, rss in rows:
        print(f"| {corpus_mb} | {jobs} | {rps:,.0f} | {mbps:.2f} | {secs:.1f} | {rss:.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
