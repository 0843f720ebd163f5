"""Throughput of ``cleanarticle.dask.clean_jsonl_shards`` on a LocalCluster with 1 and 2 workers.

    python benchmarks/bench_dask.py [--docs 8000] [--shards 8] [--repeat 3] [--workers 1 2]

Builds a JSONL corpus from ``cleanarticle.synthetic.generate`` in a temporary
folder, warms every worker (model loaded) with one small run, then reports the
median of ``--repeat`` timed runs: records/s and MB/s of uncompressed input.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
from pathlib import Path

from cleanarticle.dask import clean_jsonl_shards
from cleanarticle.synthetic import generate

SEED = 20240601


def write_corpus(folder: Path, n_docs: int, n_shards: int) -> tuple[list[Path], int]:
    docs = generate(n_docs, SEED)
    shards = []
    for s in range(n_shards):
        path = folder / f"part-{s:03d}.jsonl"
        lines = (json.dumps({"id": i, "text": docs[i].text()}, ensure_ascii=False) for i in range(s, n_docs, n_shards))
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        shards.append(path)
    return shards, sum(p.stat().st_size for p in shards)


def bench(shards: list[Path], out: Path, workers: int, repeat: int) -> list[float]:
    import distributed

    with distributed.LocalCluster(n_workers=workers, processes=True, threads_per_worker=1,
                                  dashboard_address=":0") as cluster:
        clean_jsonl_shards(shards[:workers], out / "warm", scheduler=cluster.scheduler_address)  # load the model
        return [clean_jsonl_shards(shards, out / f"run{r}", scheduler=cluster.scheduler_address).seconds
                for r in range(repeat)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=8000)
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        shards, size = write_corpus(Path(tmp), args.docs, args.shards)
        print(f"corpus: {args.docs} records in {args.shards} shards, {size / 1e6:.1f} MB; "
              f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f}")
        print("| workers | median s | records/s | MB/s | runs (s) |")
        print("| ---: | ---: | ---: | ---: | --- |")
        for workers in args.workers:
            times = bench(shards, Path(tmp) / f"w{workers}", workers, args.repeat)
            median = statistics.median(times)
            print(f"| {workers} | {median:.2f} | {args.docs / median:,.0f} | {size / 1e6 / median:.2f} | "
                  f"{', '.join(f'{t:.2f}' for t in times)} |", flush=True)


if __name__ == "__main__":
    main()
