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
import json
import math
import os
import platform
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import peers

from cleanarticle import Cleaner, datasets, realdata
from cleanarticle.evaluate import gold_benchmark, segment_benchmark
from cleanarticle.lines import split_lines

MAIN = "cleanarticle"
RUNS_DEFAULT = 5
QUICK_RUNS = 2
QUICK_SCALE = 0.25  # share of the synthetic test split in --quick
COLD_RUNS_MIN = 7  # cold starts are cheap: never fewer than this many each
SEED_FILE = ROOT / "seeds" / "000_3b76a2879bec4890.txt"
SPEED_DOCS_SYNTHETIC = 400  # speed corpus when the real data is absent
WARMUP_DOCS = 8
PASSES_PER_RUN = 3  # one timed run cleans the corpus this many times: runs of well over a second
TRADE_OFF_RETENTION = (0.99, 0.97, 0.95, 0.90)  # content shares at which the page quotes the junk removed
STEEP_AT = 0.95  # a content share users would still accept, for the closing note on real pages
PACKAGES = ("cleanarticle", "numpy", "datatrove", "justext", "trafilatura", "matplotlib", "lxml")
SINGLE_THREAD_ENV = {k: "1" for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}


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


# ---------------------------------------------------------------- accuracy

def is_line_subsequence(text: str, out: str) -> bool:
    src = iter(split_lines(text)[0])
    return all(any(line == s for s in src) for line in split_lines(out)[0])


def edited_lines(outs: dict[str, str]) -> dict[str, int]:
    """Output lines that are not input lines, and how many of them are an input line cut short."""
    edited = cut = 0
    for text, out in outs.items():
        src = split_lines(text)[0]
        known = set(src)
        for line in split_lines(out)[0]:
            if line not in known:
                edited += 1
                cut += any(s.startswith(line) for s in src)
    return {"edited_lines": edited, "cut_lines": cut}


def synthetic_metrics(outputs: dict[str, str], docs: Sequence[datasets.LabelledDoc]) -> dict[str, Any]:
    """Like cleanarticle.evaluate.line_metrics, for any tool's outputs: a text line counts as
    kept when the same line survives, in order, in the output."""
    tot: Counter[str] = Counter()
    fam: dict[str, Counter[str]] = defaultdict(Counter)
    lang: dict[str, Counter[str]] = defaultdict(Counter)
    for doc in docs:
        lines = split_lines(doc.text)[0]
        kept_all = peers._match_in_order(lines, split_lines(outputs[doc.text])[0])
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


# ---------------------------------------------------------------- speed

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


def _timed(cmd: list[str], stdin_path: Path | None) -> float:
    t0 = time.perf_counter()
    with open(stdin_path or os.devnull, "rb") as stdin:
        subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - t0


def run_cold_start(runs: int) -> dict[str, Any]:
    cli = [sys.executable, "-m", "cleanarticle", "clean", "-"]
    with SEED_FILE.open("rb") as stdin:
        probe = subprocess.run(cli, stdin=stdin, capture_output=True, check=False)
    if probe.returncode != 0 or not probe.stdout:
        cli = [sys.executable, "-c", "import cleanarticle, sys; cleanarticle.clean(sys.stdin.read())"]
    cmds = {"cleanarticle": cli, "numpy": [sys.executable, "-c", "import numpy"],
            "python": [sys.executable, "-c", "pass"]}
    times: dict[str, list[float]] = defaultdict(list)
    for _ in range(max(runs, COLD_RUNS_MIN)):
        for name, cmd in cmds.items():
            times[name].append(_timed(cmd, SEED_FILE if name == "cleanarticle" else None))
    return {"command": " ".join(["python", *cli[1:]]) + f" < {SEED_FILE.relative_to(ROOT)}",
            "median": {k: statistics.median(v) for k, v in times.items()}, "runs": len(times["numpy"])}


# ---------------------------------------------------------------- report

# (input key, title, retention label, removal label); traf-eval counts segments, the others lines.
DATASETS = (
    ("aeb", "aeb: 181 news pages, gold bodies (never trained on)", "content lines kept", "residue lines removed"),
    ("traf_test", "traf-eval, test half (not trained on)", "must-keep segments kept", "must-drop segments removed"),
    ("traf_all", "traf-eval, all 990 pages (half was training data)", "must-keep segments kept",
     "must-drop segments removed"),
    ("synthetic", "synthetic held-out split", "content lines kept", "junk lines removed"),
)
SHORT = {"aeb": "aeb", "traf_test": "traf-eval test half", "traf_all": "traf-eval all", "synthetic": "synthetic"}
COLORS = {"cleanarticle": "#d62728", "c4 (datatrove)": "#1f77b4", "jusText": "#2ca02c", "trafilatura": "#9467bd",
          "uncleaned": "#7f7f7f"}
MARKERS = {"cleanarticle": "*", "c4 (datatrove)": "s", "jusText": "D", "trafilatura": "^", "uncleaned": "o"}


def ret_rem(r: dict[str, Any], key: str) -> tuple[float, float]:
    """(content retention, junk removal) of one tool on one input."""
    d = r[key]
    if key == "aeb":
        return d["content_retention"], d["residue_removal"]
    if key == "synthetic":
        return d["overall"]["content_retention"], d["overall"]["junk_removal"]
    return d["keep_kept_share"], d["drop_removed_share"]


def pct(x: float) -> str:
    return "n/a" if math.isnan(x) else f"{100 * x:.1f}%"


def _times(a: float, b: float) -> str:
    return "" if not b or math.isnan(a) or math.isnan(b) else f" (×{a / b:.2f})"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return out + ["| " + " | ".join(row) + " |" for row in rows]


def _best_recall_at(curve: dict[str, Any], retention: float) -> float:
    ok = curve["retention"] >= retention
    return float(curve["recall"][ok].max()) if ok.any() else 0.0


def losses(res: dict[str, Any]) -> list[str]:
    """Every place where cleanarticle does not beat a peer, as plain sentences."""
    acc, main, out = res["accuracy"], res["main"], []
    keys = [k for k, *_ in DATASETS if k in acc[main]]
    for key in keys:
        ca_ret, ca_rem = ret_rem(acc[main], key)
        for peer in res["tools"]:
            if peer == main:
                continue
            p_ret, p_rem = ret_rem(acc[peer], key)
            if peer == "uncleaned":
                if ca_ret < 1:
                    out.append(f"{SHORT[key]}: the uncleaned input keeps all content by definition; "
                               f"cleanarticle keeps {pct(ca_ret)}.")
                continue
            if ca_ret <= p_ret:
                out.append(f"{SHORT[key]}: {peer} keeps more content ({pct(p_ret)} against {pct(ca_ret)}).")
            if ca_rem <= p_rem:
                out.append(f"{SHORT[key]}: {peer} removes more junk ({pct(p_rem)} against {pct(ca_rem)}).")
    sp = res["speed"]["tools"]
    for peer, s in sp.items():
        if peer != main and s["mb_s"] >= sp[main]["mb_s"]:
            out.append(f"speed: {peer} is faster ({s['mb_s']:.2f} MB/s against {sp[main]['mb_s']:.2f} MB/s "
                       "single-core).")
    bad = acc[main]["not_subsequence"]
    if bad:
        out.append(f"contract: {bad} of {acc[main]['docs']} cleanarticle outputs are not an in-order, byte-identical "
                   "subsequence of their input's lines (a line came back edited); the peers' outputs all are, "
                   "by construction of the adapters.")
    return out


def write_page(res: dict[str, Any], path: Path) -> None:
    env, acc, main, tools = res["env"], res["accuracy"], res["main"], res["tools"]
    peer_names = [t for t in tools if t != main]
    sp, cold = res["speed"], res["cold"]
    v = env["versions"]
    L = ["# Benchmarks: cleanarticle against the cleaners users have today", "",
         f"Generated by `{env['command']}` on {env['date']}; every figure below comes from that one run.", "",
         f"- Machine: {env['cores']} cores (`os.cpu_count()`), {env['cpu']}, {env['platform']}",
         f"- Python {env['python']}; " + ", ".join(f"{k} {v[k]}" for k in PACKAGES),
         (f"- Mode: {'quick (a quarter of the synthetic split, fewer runs)' if env['quick'] else 'full'}; "
         f"speed: median of {sp['runs']} run{'s' if sp['runs'] != 1 else ''} per tool"),
         "- Chart: [benchmarks.png](benchmarks.png)", ""]
    if not env["data"]:
        L += [("**`../shared/data` was not found on this machine: the aeb and traf-eval benchmarks were skipped; "
              "only the synthetic split ran, and speed was measured on synthetic texts.**"), ""]
    L += ["## Headline", "",
          ("Content kept and junk removed, cleanarticle against each tool (×: cleanarticle's figure divided by "
          "the tool's; above 1 on both rows is a win)."), ""]
    rows = []
    for key, _title, ret_label, rem_label in DATASETS:
        if key not in acc[main]:
            continue
        ca = ret_rem(acc[main], key)
        for j, label in ((0, ret_label), (1, rem_label)):
            rows.append([SHORT[key], label, f"**{pct(ca[j])}**"] + [
                pct(ret_rem(acc[p], key)[j]) + _times(ca[j], ret_rem(acc[p], key)[j]) for p in peer_names])
    L += _table(["input", "share", main, *peer_names], rows) + [""]
    ca_speed = sp["tools"][main]["mb_s"]
    L += [f"Speed, single core, on {sp['input']} ({sp['mb']:.2f} MB, {sp['docs']} docs): cleanarticle "
          f"{ca_speed:.2f} MB/s, which is " + ", ".join(
              f"{ca_speed / s['mb_s']:.2f}× {p}'s {s['mb_s']:.2f} MB/s" for p, s in sp["tools"].items()
              if p != main) + f"; peak RSS {sp['tools'][main]['peak_rss_mb']:.0f} MB.",
          (f"Cold start of the CLI on one small file: {cold['median']['cleanarticle']:.2f} s, "
          f"{cold['median']['cleanarticle'] / cold['median']['numpy']:.1f}× `python -c \"import numpy\"` "
          f"({cold['median']['numpy']:.2f} s)."), ""]
    lost = losses(res)
    L += ["### Where cleanarticle does not win", ""]
    L += [f"- {x}" for x in lost] if lost else ["- Nowhere in this run."]
    L += [""]

    if "aeb" in acc[main]:
        L += ["## aeb: real news pages against gold", "",
              ("Input: trafilatura's default output (`traf_default`) of the ScrapingHub article-extraction-benchmark "
              "pages. A line is content when it occurs in the gold body, residue otherwise (labels from "
              "`cleanarticle.realdata.line_labels`). Shingle P/R/F1: mean per page of the benchmark's word 4-gram "
              "metric, before → after cleaning."), ""]
        rows = []
        for t in tools:
            a = acc[t]["aeb"]
            rows.append([t, pct(a["content_retention"]), pct(a["residue_removal"])] + [
                f"{a[f'shingle_{m}_before']:.3f} → {a[f'shingle_{m}_after']:.3f}" for m in ("p", "r", "f1")])
        L += _table(["tool", "content lines kept", "residue lines removed", "shingle P", "shingle R",
                     "shingle F1"], rows) + [""]
        L += ["## traf-eval: must-keep and must-drop segments", "",
              ("trafilatura's own evaluation pages. A segment counts when it occurs in the input text; it is kept "
              "when it still occurs in the output. cleanarticle trained on the \"train\" half "
              "(`realdata.split_of`), so the test half is the fair comparison; all pages are shown too."), ""]
        rows = []
        for t in tools:
            te, al = acc[t]["traf_test"], acc[t]["traf_all"]
            rows.append([t, pct(te["keep_kept_share"]), pct(te["drop_removed_share"]), pct(al["keep_kept_share"]),
                         pct(al["drop_removed_share"])])
        te, al = acc[main]["traf_test"], acc[main]["traf_all"]
        L += _table(["tool", f"test half: kept ({te['keep_present']} must-keep)",
                     f"test half: removed ({te['drop_present']} must-drop)",
                     f"all {al['pages']} pages: kept ({al['keep_present']})",
                     f"all: removed ({al['drop_present']})"], rows) + [""]

    syn = {t: acc[t]["synthetic"] for t in tools}
    L += ["## Synthetic held-out split", "",
          ("cleanarticle's test split (`cleanarticle.datasets.test_split`): documents never seen in training, "
          f"with junk families {', '.join(sorted(datasets.HELDOUT_FAMILIES))} and languages "
          f"{', '.join(sorted(datasets.HELDOUT_LANGUAGES))} held out of training altogether. A text line counts as "
          "kept when the same line survives, in order, in the output."), ""]
    rows = [[t, pct(syn[t]["overall"]["content_retention"]), pct(syn[t]["overall"]["junk_removal"]),
             pct(syn[t]["overall"]["junk_precision"])] for t in tools]
    L += _table(["tool", "content lines kept", "junk lines removed (recall)", "junk precision"], rows) + [""]
    at = res["curve"]["at_shipped"]
    L += [(f"At the shipped threshold {at['threshold']:.3f}, cleanarticle's scores give junk precision "
          f"{pct(at['precision'])} and recall {pct(at['recall'])} (the star on the chart's curve)."), ""]
    L += [("<details><summary>By junk family (share of junk lines removed) and content family (share kept)"
          "</summary>"), ""]
    fams = sorted(syn[main]["by_family"])
    rows = []
    for f in fams:
        content = f == "content" or f.startswith("hard:")
        k = "content_retention" if content else "junk_removal"
        name = f + (" (held out)" if f in datasets.HELDOUT_FAMILIES else "")
        rows.append([name, "kept" if content else "removed"] + [pct(syn[t]["by_family"][f][k]) for t in tools])
    L += _table(["family", "share", *tools], rows) + ["", "</details>", "",
                                                        ("<details><summary>By language (content kept / junk removed)"
                                                        "</summary>"), ""]
    rows = []
    for lang in sorted(syn[main]["by_language"]):
        name = lang + (" (held out)" if lang in datasets.HELDOUT_LANGUAGES else "")
        rows.append([name] + [f"{pct(syn[t]['by_language'][lang]['content_retention'])} / "
                              f"{pct(syn[t]['by_language'][lang]['junk_removal'])}" for t in tools])
    L += _table(["language", *tools], rows) + ["", "</details>", ""]

    L += ["## Speed and memory", "",
          (f"Each tool cleans {sp['input']} ({sp['mb']:.2f} MB, {sp['docs']} docs) in a fresh subprocess, one "
          "thread (`OMP/OPENBLAS/MKL_NUM_THREADS=1`), after a warm-up on a few documents (import and model load "
          f"are not timed; see cold start). The tools take turns over {sp['runs']} round"
          f"{'s' if sp['runs'] != 1 else ''}, starting with a different tool each round; figures are medians. "
          "Peak RSS is the subprocess's high-water mark (`VmHWM`, the largest over the rounds), which includes "
          "the interpreter and the input texts; the RSS before the tool was imported is shown beside it. "
          f"One run cleans the corpus {sp['passes']} times over. cleanarticle runs `Cleaner.clean_many` "
            "(batches of 64); the peers run per text."), ""]
    rows = []
    for t, s in sp["tools"].items():
        rows.append([t, f"{s['mb_s']:.2f}", f"{s['docs_s']:.0f}",
                     "1.00" if t == main else f"{ca_speed / s['mb_s']:.2f}", f"{s['mb_cpu_s']:.2f}",
                     f"{s['peak_rss_mb']:.0f}", f"{s['base_rss_mb']:.0f}",
                     ", ".join(f"{w:.2f}" for w in s["walls"])])
    L += _table(["tool", "MB/s (wall)", "docs/s", "cleanarticle MB/s ÷ tool's", "MB per CPU second",
                 "peak RSS MB", "RSS before import MB", "wall s per run"], rows) + [""]
    L += [("MB/s is from wall time, the figure a user sees; MB per CPU second leaves out time the process waited "
          "for the shared core. The peers' adapters import `cleanarticle.lines` (and with it numpy) to rebuild "
          "the text, which is part of their peak RSS."), ""]
    m = cold["median"]
    L += [("Cold start (fresh interpreter each time, median of "
          f"{cold['runs']} runs each, interleaved):"), ""]
    L += _table(["command", "median s", "÷ import numpy"],
                [[f"`{cold['command']}`", f"{m['cleanarticle']:.3f}", f"{m['cleanarticle'] / m['numpy']:.2f}"],
                 ["`python -c \"import numpy\"`", f"{m['numpy']:.3f}", "1.00"],
                 ["`python -c \"pass\"`", f"{m['python']:.3f}", f"{m['python'] / m['numpy']:.2f}"]]) + [""]
    if res["bench_cli"]:
        L += [("`--jobs 1/2` scaling of the CLI and its memory on a large JSONL corpus are measured by "
              "[benchmarks/bench_cli.py](../benchmarks/bench_cli.py), not here."), ""]

    L += ["## How the peers are run", "",
          "Every tool gets the same plain text. The peers (`benchmarks/peers.py`) are line cleaners built on:",
          "",
          ("- **c4 (datatrove)**: `datatrove.pipeline.filters.C4QualityFilter` with its document-level drops off "
          "(`min_num_sentences=-1`, `filter_lorem_ipsum=False`, `filter_curly_bracket=False`) and C4's line rules "
          "at their defaults: terminal punctuation, at least 3 words, no word over 1000 characters, no "
          "\"javascript\", no cookie/terms-of-use phrases, citations stripped. It strips lines and rejoins the "
          "kept ones with `\\n`; the kept lines are mapped back onto the input in order."),
          ("- **jusText**: `justext.justext` on `<html><body>` with one html-escaped `<p>` per non-blank line, "
          "default parameters, the union of the stoplists of all its languages; a line stays when its paragraph "
          "is not boilerplate (good or near-good after context revision)."),
          ("- **trafilatura**: `trafilatura.extract` with library defaults on the same `<p>` per line HTML; its "
          "output lines are matched back to the input lines (whitespace-normalised, in order)."),
          "- **uncleaned**: the input as is.", "",
          ("All peers return the kept input lines byte-identical with their own line endings, and blank lines "
          "follow cleanarticle's rule (kept between kept lines, dropped when a removal leaves them dangling), so "
          "no tool gains or loses from blank-line handling. The adapters' small overhead (line splitting, "
          "mapping back) is inside the peers' timings."), "",
          ("The precision/recall curve uses cleanarticle's context scores (`Cleaner._decide_many`, `.final`); "
          "comment-thread lines, which the default `comments=\"drop\"` removes whatever their score, count as "
          "score 1. At the shipped threshold it matches the measured operating point up to the edited lines "
          "(which the line metric counts as removed); elsewhere it is a one-pass approximation, since the "
          "cleaner repeats on what is left."), ""]
    L += ["## Closing note: why cleanarticle loses where it does", ""] + why(res) + [""]
    _atomic_write(path, "\n".join(L).encode("utf-8"))


def _at_peer_cost(res: dict[str, Any], key: str, peer: str) -> tuple[float, float, float]:
    """(peer's retention, peer's removal, cleanarticle's removal at the peer's retention) on ``key``."""
    curve = res["aeb_curve"] if key == "aeb" else res["curve"]
    p_ret, p_rem = ret_rem(res["accuracy"][peer], key)
    return p_ret, p_rem, _best_recall_at(curve, p_ret)


def why(res: dict[str, Any]) -> list[str]:
    acc, main, out = res["accuracy"], res["main"], []
    keys = [k for k in ("aeb", "traf_test", "traf_all", "synthetic") if k in acc[main]]
    rule_peers = [p for p in res["tools"] if p not in (main, "uncleaned")]
    lost_rem = [(k, p) for k in keys for p in rule_peers if ret_rem(acc[main], k)[1] <= ret_rem(acc[p], k)[1]]
    if lost_rem:
        losers = sorted({p for _, p in lost_rem})
        checks = [(k, p, *_at_peer_cost(res, k, p)) for k, p in lost_rem
                  if k == "synthetic" or (k == "aeb" and res["aeb_curve"] is not None)]
        out.append(
            f"- **Junk removal.** {' and '.join(losers)} remove more junk lines. They remove every line that is short, "
            "lacks terminal punctuation or has few stopwords: that catches most boilerplate but also a large share "
            "of real content (headings, list items, short paragraphs, tables, code, CJK text without their "
            "stopwords), as the content rows and the family table show. cleanarticle's shipped threshold is "
            "chosen for content retention. Lowering it until cleanarticle loses as much content as the peer tells "
            "the threshold from the model (from the score ranking, one pass; traf-eval has no per-line curve):")
        if checks:
            out += [""] + _table(
                ["input", "peer", "its content kept", "its junk removed",
                 "cleanarticle's junk removed at that content kept"],
                [[SHORT[k], p, pct(a), pct(b), pct(c)] for k, p, a, b, c in checks]) + [""]
            wins = sum(c >= b for *_, b, c in checks)
            out.append(f"  At the peer's own content cost cleanarticle's ranking removes as much junk or more in "
                       f"{wins} of {len(checks)} cases" + (": the gap is the shipped threshold, not the model." if
                                                          wins == len(checks) else
                                                          "; where it does not, the model misses junk the peer "
                                                          "catches."))
        curves = [(name, c) for name, c in (("aeb", res["aeb_curve"]), ("synthetic", res["curve"])) if c is not None]
        out.append("  What a lower threshold would buy, from the same curves (junk removed at a given content "
                   "kept): " + "; ".join(
                       f"{pct(r)} kept: " + ", ".join(f"{pct(_best_recall_at(c, r))} on {n}" for n, c in curves)
                       for r in TRADE_OFF_RETENTION) + ".")
        if res["aeb_curve"] is not None:
            steep = _best_recall_at(res["aeb_curve"], STEEP_AT)
            if steep < 0.5:
                out.append(f"  On real pages the trade is steep: at {pct(STEEP_AT)} content kept cleanarticle's scores "
                           f"reach only {pct(steep)} of aeb residue. Residue that reads like article prose (comment "
                           "text, related headlines, captions) is ranked among content; that is where the model, not "
                           "just the threshold, needs work.")
    lost_ret = [(k, p) for k in keys for p in rule_peers if ret_rem(acc[main], k)[0] <= ret_rem(acc[p], k)[0]]
    if lost_ret:
        out.append("- **Content retention.** " + "; ".join(
            f"{p} keeps {pct(ret_rem(acc[p], k)[0])} on {SHORT[k]} against cleanarticle's "
            f"{pct(ret_rem(acc[main], k)[0])}, while removing {pct(ret_rem(acc[p], k)[1])} of junk"
            for k, p in lost_ret) + ". A tool that removes almost nothing keeps almost everything; the "
            "uncleaned input keeps all of it by definition.")
    sp = res["speed"]["tools"]
    faster = [p for p, s in sp.items() if p != main and s["mb_s"] >= sp[main]["mb_s"]]
    if faster:
        out.append(f"- **Speed.** {', '.join(faster)} ran faster per core. C4's rules are a handful of string "
                   "tests per line; cleanarticle computes dozens of features, hashed character trigrams and a "
                   "small network per line, then repeats on what is left when it removed something.")
    bad = acc[main]["not_subsequence"]
    if bad:
        out.append(f"- **Edited lines.** {bad} cleanarticle outputs contain a line that is not in the input "
                   f"({acc[main]['cut_lines']} of the {acc[main]['edited_lines']} such lines are an input line cut "
                   "short, e.g. after a trailing link or domain run). The metrics count such a line as removed. "
                   "This breaks the promise that kept lines come back byte-identical and should be fixed or "
                   "documented.")
    if not out:
        out.append("- cleanarticle did not lose anywhere in this run.")
    return out


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def write_chart(res: dict[str, Any], path: Path) -> None:
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    acc, tools, main = res["accuracy"], res["tools"], res["main"]
    keys = [k for k, *_ in DATASETS if k in acc[main]]
    fig, axes = plt.subplots(2, 3, figsize=(16, 10))
    flat = list(axes.flat)
    for ax, key in zip(flat, keys):
        title, ret_label, rem_label = next(d[1:] for d in DATASETS if d[0] == key)
        curve = {"aeb": res["aeb_curve"], "synthetic": res["curve"]}.get(key)
        if curve is not None:
            ax.plot(curve["recall"], curve["retention"], color=COLORS[main], alpha=0.45, lw=1.2,
                    label="cleanarticle at other thresholds")
        for t in tools:
            ret, rem = ret_rem(acc[t], key)
            ax.scatter(rem, ret, s=220 if t == main else 60, color=COLORS.get(t, "k"), zorder=3,
                       marker=MARKERS.get(t, "o"), label=t, edgecolors="white", linewidths=0.5)
        ax.set(title=title, xlabel=rem_label + " →", ylabel=ret_label + " →", xlim=(-0.03, 1.03),
               ylim=(min([0.5] + [ret_rem(acc[t], key)[0] - 0.05 for t in tools]), 1.02))
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8, loc="lower left")
    for ax in flat[len(keys):4]:
        ax.axis("off")
        ax.text(0.5, 0.5, "benchmark data absent", ha="center", va="center")
    ax = flat[4]
    sp = res["speed"]["tools"]
    names = list(sp)
    vals = [sp[n]["mb_s"] for n in names]
    ax.barh(names, vals, color=[COLORS.get(n, "k") for n in names])
    for i, val in enumerate(vals):
        ax.text(val, i, f" {val:.2f}", va="center", fontsize=9)
    ax.invert_yaxis()
    ax.set(title=f"Throughput, one core ({res['speed']['input']})", xlabel="MB/s (median)",
           xlim=(0, max(vals) * 1.25))
    ax.grid(axis="x", alpha=0.3)
    ax = flat[5]
    c = res["curve"]
    ax.plot(c["recall"], c["precision"], color=COLORS[main], label="cleanarticle (threshold sweep)")
    at = c["at_shipped"]
    ax.scatter([at["recall"]], [at["precision"]], marker="*", s=220, color=COLORS[main], zorder=4,
               label=f"shipped threshold {at['threshold']:.2f}")
    for t in tools:
        if t in (main, "uncleaned"):
            continue
        o = acc[t]["synthetic"]["overall"]
        ax.scatter([o["junk_removal"]], [o["junk_precision"]], color=COLORS.get(t, "k"), zorder=3, label=t,
                   marker=MARKERS.get(t, "o"))
    ax.set(title="Junk-line detection, synthetic held-out split", xlabel="recall (junk lines removed)",
           ylabel="precision", xlim=(0, 1.02), ylim=(0, 1.02))
    ax.legend(fontsize=8, loc="lower left")
    ax.grid(alpha=0.3)
    env = res["env"]
    fig.suptitle(f"cleanarticle {env['versions']['cleanarticle']} vs peers — {env['date']}, {env['cores']} cores, "
                 f"Python {env['python']}" + ("" if env["data"] else " — real benchmark data absent"), fontsize=12)
    fig.tight_layout(rect=(0, 0, 1, 0.96))
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110)
    plt.close(fig)
    _atomic_write(path, buf.getvalue())

# ---------------------------------------------------------------- main

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
              "cold": cold, "tools": list(tools), "main": MAIN,
              "bench_cli": (HERE / "bench_cli.py").exists()}
    args.out_dir.mkdir(parents=True, exist_ok=True)
    write_chart(result, args.out_dir / "benchmarks.png")
    write_page(result, args.out_dir / "benchmarks.md")
    log(f"wrote {args.out_dir / 'benchmarks.md'} and {args.out_dir / 'benchmarks.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
