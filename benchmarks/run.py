"""Benchmark cleanarticle against its peers: accuracy, speed, memory; writes one page and one chart.

    python benchmarks/run.py [--quick] [--runs 5] [--out-dir docs]

Every tool (cleanarticle, the peers in benchmarks/peers.py) cleans the same
inputs in this one run: the aeb pages (gold bodies), trafilatura's traf-eval
pages (must-keep / must-drop segments; the "test" half cleanarticle never
trained on, and all pages), and cleanarticle's held-out synthetic split. Speed
is measured single-core, each tool in its own subprocess, interleaved, median
of ``--runs``. Writes ``OUT/benchmarks.md`` and ``OUT/benchmarks.png``.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import peers  # noqa: E402  (benchmarks/ on the path first)
from chart import write_chart  # noqa: E402
from measure import run_accuracy, run_cold_start, run_speed, threshold_curve  # noqa: E402
from report import write_page  # noqa: E402

from cleanarticle import Cleaner, datasets, realdata  # noqa: E402
from cleanarticle.evaluate import segment_line_ceiling, token_benchmark  # noqa: E402

MAIN = "cleanarticle"
RUNS_DEFAULT = 5
QUICK_RUNS = 2
QUICK_SCALE = 0.25  # share of the synthetic test split in --quick
SPEED_DOCS_SYNTHETIC = 400  # speed corpus when the real data is absent
COMMENT_SETS = ("dragnet", "l3s-gn1")
PACKAGES = ("cleanarticle", "numpy", "datatrove", "justext", "trafilatura", "matplotlib", "lxml")


def make_tools() -> dict[str, Any]:
    """cleanarticle first, then every installed peer; each value has ``clean`` and ``clean_many``."""
    tools: dict[str, Any] = {MAIN: Cleaner()}
    for name, fn in peers.available().items():
        tools[name] = _Fn(fn)
    return tools


class _Fn:
    def __init__(self, fn: Callable[[str], str]) -> None:
        self.clean = fn

    def clean_many(self, texts: Sequence[str]) -> list[str]:
        return [self.clean(t) for t in texts]


def run_comments(tools: dict[str, Any], log: Callable[[str], None]) -> dict[str, Any]:
    """Token P/R/F1 against the article gold and comment-token recall on the sets whose gold keeps
    reader comments apart (dragnet, l3s-gn1): every tool, plus cleanarticle with ``comments="keep"``."""
    variants = dict(tools)
    variants[f"{MAIN} (comments=keep)"] = Cleaner(comments="keep")
    out: dict[str, Any] = {}
    for name in COMMENT_SETS:
        pages = realdata.pages(name)
        out[name] = {tool: token_benchmark(obj.clean, pages) for tool, obj in variants.items()}
        log(f"comment threads: {name} done")
    return out


def environment(quick: bool, runs: int, data: Path | None) -> dict[str, Any]:
    versions = {}
    for pkg in PACKAGES:
        try:
            versions[pkg] = importlib.metadata.version(pkg)
        except importlib.metadata.PackageNotFoundError:
            versions[pkg] = "not installed"
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "cores": os.cpu_count(), "cpu": cpu, "platform": platform.platform(),
            "python": platform.python_version(), "versions": versions, "quick": quick, "runs": runs,
            "data": data is not None, "command": "python benchmarks/run.py" + (" --quick" if quick else "")
            + (f" --runs {runs}" if runs != (QUICK_RUNS if quick else RUNS_DEFAULT) else "")}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, a quarter of the synthetic split")
    parser.add_argument("--runs", type=int, default=None,
                        help=f"timed runs per tool (default {RUNS_DEFAULT}, {QUICK_RUNS} with --quick)")
    parser.add_argument("--out-dir", type=Path, default=ROOT / "docs", help="where to write the page and chart")
    args = parser.parse_args(argv)
    runs = args.runs or (QUICK_RUNS if args.quick else RUNS_DEFAULT)
    started = time.perf_counter()

    def log(msg: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f}s] {msg}", file=sys.stderr, flush=True)

    root = realdata.data_root()
    env = environment(args.quick, runs, root)
    inputs: dict[str, Any] = {"synthetic": datasets.test_split(QUICK_SCALE if args.quick else 1.0)}
    if root is not None:
        traf = realdata.pages("traf-eval")
        inputs.update(aeb=realdata.pages("aeb"), traf_all=traf,
                      traf_test=[p for p in traf if realdata.split_of(p.id) == "test"])
    else:
        log("benchmark data not found: synthetic split only")
    tools = make_tools()
    log(f"tools: {', '.join(tools)}")
    acc = run_accuracy(tools, inputs, log)
    comments = run_comments(tools, log) if root is not None else None
    ceiling = ({"traf_test": segment_line_ceiling(inputs["traf_test"]),
                "traf_all": segment_line_ceiling(inputs["traf_all"])} if root is not None else None)

    cleaner = tools[MAIN]
    syn = inputs["synthetic"]
    curve = threshold_curve(cleaner, [d.text for d in syn], [d.labels.tolist() for d in syn],
                            [d.text_idx.tolist() for d in syn])
    aeb_curve = None
    if "aeb" in inputs:
        labels = [realdata.line_labels(p) for p in inputs["aeb"]]
        aeb_curve = threshold_curve(cleaner, [p.text for p in inputs["aeb"]], labels,
                                    [list(range(len(lab))) for lab in labels])
    log("threshold curves done")

    if "aeb" in inputs:
        speed_texts, speed_input = [p.text for p in inputs["aeb"]], "aeb traf_default texts"
    else:
        speed_texts = [d.text for d in syn[:SPEED_DOCS_SYNTHETIC]]
        speed_input = f"{len(speed_texts)} synthetic test documents"
    speed_tools = [t for t in tools if t != "uncleaned"]
    speed = run_speed(speed_tools, speed_texts, runs, log)
    speed["input"] = speed_input
    cold = run_cold_start(runs)
    log("speed and cold start done")

    result = {"env": env, "accuracy": acc, "curve": curve, "aeb_curve": aeb_curve, "speed": speed,
              "cold": cold, "tools": list(tools), "main": MAIN, "comments": comments, "ceiling": ceiling,
              "bench_cli": (HERE / "bench_cli.py").exists()}
    args.out_dir.mkdir(parents=True, exist_ok=True)
    write_chart(result, args.out_dir / "benchmarks.png")
    write_page(result, args.out_dir / "benchmarks.md")
    log(f"wrote {args.out_dir / 'benchmarks.md'} and {args.out_dir / 'benchmarks.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
