"""Measurements for benchmarks/run.py: every tool's accuracy on the same inputs, threshold curves, speed and memory
in fresh single-threaded subprocesses, and the CLI's cold start."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import peers
from common import LIBRARY_COLD_START

from cleanarticle import Cleaner, datasets
from cleanarticle.evaluate import gold_benchmark, segment_benchmark
from cleanarticle.lines import split_lines

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
COLD_RUNS_MIN = 7  # cold starts are cheap: never fewer than this many each
SEED_FILE = ROOT / "seeds" / "000_3b76a2879bec4890.txt"
WARMUP_DOCS = 8
PASSES_PER_RUN = 3  # one timed run cleans the corpus this many times: runs of well over a second
SINGLE_THREAD_ENV = {k: "1" for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}


def is_line_subsequence(text: str, out: str) -> bool:
    src = iter(split_lines(text)[0])
    return all(any(line == s for s in src) for line in split_lines(out)[0])


def edited_lines(outs: dict[str, str]) -> dict[str, int]:
    """Output lines that are not input lines, and how many of them are a part of one (glued spam cut off)."""
    edited = cut = 0
    for text, out in outs.items():
        src = split_lines(text)[0]
        known = set(src)
        for line in split_lines(out)[0]:
            if line not in known:
                edited += 1
                cut += any(line in s for s in src)
    return {"edited_lines": edited, "cut_lines": cut}


def synthetic_metrics(outputs: dict[str, str], docs: Sequence[datasets.LabelledDoc]) -> dict[str, Any]:
    """Like cleanarticle.evaluate.line_metrics, for any tool's outputs: a text line counts as
    kept when it survives, in order, in the output, whole or with glued spam cut off."""
    tot: Counter[str] = Counter()
    fam: dict[str, Counter[str]] = defaultdict(Counter)
    lang: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        lines = split_lines(doc.text)[0]
        kept_all = peers._match_in_order(lines, split_lines(outputs[doc.text])[0], parts=True)
        for label, family, i in zip(doc.labels.tolist(), doc.families, doc.text_idx.tolist()):
            if label < 0:
                continue
            key = ("content_kept" if kept_all[i] else "content_lost") if label == 0 else (
                "junk_kept" if kept_all[i] else "junk_removed")
            for c in (tot, fam[family], lang[doc.language or doc.source]):
                c[key] += 1
    return {"overall": _summary(tot), "by_family": {k: _summary(v) for k, v in sorted(fam.items())},
            "by_language": {k: _summary(v) for k, v in sorted(lang.items())}}


def _ratio(a: float, b: float) -> float:
    return a / b if b else float("nan")


def _summary(c: Counter[str]) -> dict[str, float]:
    return {"content_retention": _ratio(c["content_kept"], c["content_kept"] + c["content_lost"]),
            "junk_removal": _ratio(c["junk_removed"], c["junk_removed"] + c["junk_kept"]),
            "junk_precision": _ratio(c["junk_removed"], c["junk_removed"] + c["content_lost"])}


def threshold_curve(cleaner: Cleaner, texts: Sequence[str], labels: Sequence[Sequence[int]],
                    line_idx: Sequence[Sequence[int]]) -> dict[str, Any]:
    """Junk-line precision/recall against the threshold, from the cleaner's context scores.

    A line of a reader-comment thread goes whatever its score (comments="drop"),
    so it scores 1 here; the curve is exact at the shipped threshold and a
    single-pass approximation elsewhere (the cleaner repeats on what is left).
    """
    scores, ys = [], []
    for start in range(0, len(texts), 64):
        for d, lab, idx in zip(cleaner._decide_many(list(texts[start:start + 64])),
                               labels[start:start + 64], line_idx[start:start + 64]):
            row = {int(i): r for r, i in enumerate(d.text_idx.tolist())}
            s = np.where(d.thread, 1.0, d.final)
            for y, i in zip(lab, idx):
                if y >= 0 and i in row:
                    scores.append(float(s[row[i]]))
                    ys.append(int(y))
    s_arr, y_arr = np.asarray(scores), np.asarray(ys)
    order = np.argsort(-s_arr, kind="stable")
    s_sorted, y_sorted = s_arr[order], y_arr[order]
    tp, fp = np.cumsum(y_sorted), np.cumsum(1 - y_sorted)
    last = np.r_[s_sorted[1:] != s_sorted[:-1], True]  # one point per distinct score
    n_junk, n_content = int(y_arr.sum()), int((1 - y_arr).sum())
    removed = s_arr >= cleaner.threshold
    at = {"threshold": cleaner.threshold,
          "precision": _ratio(float((removed & (y_arr == 1)).sum()), float(removed.sum())),
          "recall": _ratio(float((removed & (y_arr == 1)).sum()), n_junk),
          "content_retention": 1 - _ratio(float((removed & (y_arr == 0)).sum()), n_content)}
    return {"precision": (tp / (tp + fp))[last], "recall": (tp / max(n_junk, 1))[last],
            "retention": 1 - fp[last] / max(n_content, 1), "thresholds": s_sorted[last], "at_shipped": at}


def run_accuracy(tools: dict[str, Any], inputs: dict[str, Any], log: Callable[[str], None]) -> dict[str, Any]:
    """Clean every input with every tool once; score per dataset."""
    all_texts = list(dict.fromkeys(
        [p.text for p in inputs.get("aeb", [])] + [p.text for p in inputs.get("traf_all", [])]
        + [d.text for d in inputs["synthetic"]]))
    results: dict[str, Any] = {}
    for name, tool in tools.items():
        t0 = time.perf_counter()
        outs = dict(zip(all_texts, tool.clean_many(all_texts)))
        fn = outs.__getitem__
        r: dict[str, Any] = {"not_subsequence": sum(not is_line_subsequence(t, o) for t, o in outs.items()),
                             "docs": len(outs), **edited_lines(outs)}
        if "aeb" in inputs:
            r["aeb"] = gold_benchmark(fn, inputs["aeb"])
            r["traf_test"] = segment_benchmark(fn, inputs["traf_test"])
            r["traf_all"] = segment_benchmark(fn, inputs["traf_all"])
        r["synthetic"] = synthetic_metrics(outs, inputs["synthetic"])
        results[name] = r
        log(f"accuracy {name}: {time.perf_counter() - t0:.1f} s")
    return results


# -- speed --------------------------------------------------------------------------------

# Runs in a fresh interpreter: only the standard library is loaded before the RSS baseline.
# Peak RSS is the worker's own VmHWM: ru_maxrss of a child forked from this (large) process
# would report the parent's size, as Linux carries the high-water mark across exec.
_WORKER = r"""
import json, sys, time
tool, corpus, bench_dir, warmup, passes = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])

def status(key):
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith(key))

texts = json.load(open(corpus, encoding="utf-8"))
base = status("VmRSS:")
sys.path.insert(0, bench_dir)
if tool == "cleanarticle":
    from cleanarticle import Cleaner
    cleaner = Cleaner()
    run = lambda ts: list(cleaner.clean_many(ts))
else:
    import peers
    fn = peers.PEERS[tool]()
    run = lambda ts: [fn(t) for t in ts]
run(texts[:warmup])
t0, c0 = time.perf_counter(), time.process_time()
for _ in range(passes):
    run(texts)
wall, cpu = time.perf_counter() - t0, time.process_time() - c0
print(json.dumps({"wall": wall, "cpu": cpu, "base_rss_kb": base, "peak_rss_kb": status("VmHWM:")}))
"""


def run_speed(tools: Sequence[str], texts: list[str], runs: int, log: Callable[[str], None]) -> dict[str, Any]:
    env = {**os.environ, **SINGLE_THREAD_ENV}
    raw: dict[str, list[dict[str, float]]] = defaultdict(list)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.json"
        corpus.write_text(json.dumps(texts), encoding="utf-8")
        for r in range(runs):
            order = list(tools[r % len(tools):]) + list(tools[:r % len(tools)])  # rotate: no fixed slot
            for tool in order:
                proc = subprocess.run([sys.executable, "-c", _WORKER, tool, str(corpus), str(HERE), str(WARMUP_DOCS),
                                       str(PASSES_PER_RUN)],
                                      capture_output=True, text=True, env=env, check=True)
                raw[tool].append(json.loads(proc.stdout.strip().splitlines()[-1]))
            log(f"speed round {r + 1}/{runs} done")
    mb, n = sum(len(t.encode("utf-8")) for t in texts) / 1e6 * PASSES_PER_RUN, len(texts) * PASSES_PER_RUN
    out = {}
    for tool in tools:
        wall = statistics.median(x["wall"] for x in raw[tool])
        cpu = statistics.median(x["cpu"] for x in raw[tool])
        out[tool] = {"mb_s": mb / wall, "docs_s": n / wall, "wall": wall, "cpu": cpu, "mb_cpu_s": mb / cpu,
                     "walls": [x["wall"] for x in raw[tool]],
                     "peak_rss_mb": max(x["peak_rss_kb"] for x in raw[tool]) / 1024,
                     "base_rss_mb": statistics.median(x["base_rss_kb"] for x in raw[tool]) / 1024}
    return {"mb": mb / PASSES_PER_RUN, "docs": len(texts), "passes": PASSES_PER_RUN, "runs": runs, "tools": out}


# An installed package has its bytecode compiled; an environment that forbids writing it would time
# compiling every module on every start instead.
_COLD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _timed(cmd: list[str], stdin_path: Path | None) -> float:
    t0 = time.perf_counter()
    with open(stdin_path or os.devnull, "rb") as stdin:
        subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True,
                       env=_COLD_ENV)
    return time.perf_counter() - t0


def run_cold_start(runs: int) -> dict[str, Any]:
    cli = [sys.executable, "-m", "cleanarticle", "clean", "-"]
    with SEED_FILE.open("rb") as stdin:
        probe = subprocess.run(cli, stdin=stdin, capture_output=True, check=False)
    if probe.returncode != 0 or not probe.stdout:
        cli = [sys.executable, "-c", "import cleanarticle, sys; cleanarticle.clean(sys.stdin.read())"]
    cmds = {"cleanarticle": cli, "library": [sys.executable, "-c", LIBRARY_COLD_START],
            "numpy": [sys.executable, "-c", "import numpy"], "python": [sys.executable, "-c", "pass"]}
    for name, cmd in cmds.items():  # untimed: writes the bytecode an install would have written
        _timed(cmd, SEED_FILE if name == "cleanarticle" else None)
    times: dict[str, list[float]] = defaultdict(list)
    for _ in range(max(runs, COLD_RUNS_MIN)):
        for name, cmd in cmds.items():
            times[name].append(_timed(cmd, SEED_FILE if name == "cleanarticle" else None))
    return {"command": " ".join(["python", *cli[1:]]) + f" < {SEED_FILE.relative_to(ROOT)}",
            "median": {k: statistics.median(v) for k, v in times.items()}, "runs": len(times["numpy"])}
