"""Held-out metrics of a model: synthetic test split by family and language, and real benchmarks.

    python -m cleanarticle.evaluate [--model DIR] [--scale 1.0] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from . import datasets, realdata, train
from .cleaner import Cleaner
from .lines import split_lines

SHINGLE_SIZE = 4
_TOKEN = re.compile(r"\w+")


def _ratio(num: float, den: float) -> float:
    return float(num / den) if den else float("nan")


def kept_text_lines(cleaner: Cleaner, doc: datasets.LabelledDoc) -> np.ndarray:
    """Whether each text line of ``doc`` survives cleaning."""
    decision = cleaner._decide(doc.text)
    return np.array([decision.keep[i] for i in doc.text_idx.tolist()], dtype=bool)


def line_metrics(cleaner: Cleaner, docs: Sequence[datasets.LabelledDoc]) -> dict[str, Any]:
    """Junk precision/recall and content retention, overall, by family, by language and kind."""
    tot = Counter()  # type: ignore[var-annotated]
    fam: dict[str, Counter[str]] = defaultdict(Counter)
    lang: dict[str, Counter[str]] = defaultdict(Counter)
    unchanged = Counter()  # type: ignore[var-annotated]
    for doc in docs:
        kept = kept_text_lines(cleaner, doc)
        for label, family, k in zip(doc.labels.tolist(), doc.families, kept.tolist()):
            if label < 0:
                continue
            key = ("content_kept" if k else "content_lost") if label == 0 else ("junk_kept" if k else "junk_removed")
            tot[key] += 1
            fam[family][key] += 1
            lang[doc.language or doc.source][key] += 1
        if doc.kind in ("clean", "hard"):
            unchanged[doc.kind + "_docs"] += 1
            unchanged[doc.kind + "_unchanged"] += int(kept.all())

    def summary(c: Counter[str]) -> dict[str, float]:
        return {
            "junk_precision": _ratio(c["junk_removed"], c["junk_removed"] + c["content_lost"]),
            "junk_recall": _ratio(c["junk_removed"], c["junk_removed"] + c["junk_kept"]),
            "content_retention": _ratio(c["content_kept"], c["content_kept"] + c["content_lost"]),
            "junk_lines": c["junk_removed"] + c["junk_kept"],
            "content_lines": c["content_kept"] + c["content_lost"],
        }

    clean_docs = unchanged["clean_docs"] + unchanged["hard_docs"]
    return {
        "overall": summary(tot),
        "clean_unchanged": _ratio(unchanged["clean_unchanged"] + unchanged["hard_unchanged"], clean_docs),
        "hard_unchanged": _ratio(unchanged["hard_unchanged"], unchanged["hard_docs"]),
        "clean_docs": clean_docs,
        "by_family": {k: summary(v) for k, v in sorted(fam.items())},
        "by_language": {k: summary(v) for k, v in sorted(lang.items())},
    }


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text.lower())
    return Counter(tuple(tokens[i : i + SHINGLE_SIZE]) for i in range(max(len(tokens) - SHINGLE_SIZE + 1, 0)))


def shingle_prf(pred: str, gold: str) -> tuple[float, float, float]:
    """ScrapingHub's article-extraction-benchmark metric: 4-gram shingle precision, recall, F1."""
    p, g = _shingles(pred), _shingles(gold)
    tp = sum((p & g).values())
    precision = tp / sum(p.values()) if p else (1.0 if not g else 0.0)
    recall = tp / sum(g.values()) if g else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def gold_benchmark(clean_fn: Any, pages: Iterable[realdata.Page]) -> dict[str, float]:
    """Line retention/removal against gold labels and mean per-page shingle P/R/F1, before and after."""
    c = Counter()  # type: ignore[var-annotated]
    before, after = [], []
    for page in pages:
        out = clean_fn(page.text)
        out_lines = Counter(split_lines(out)[0])
        lines, _ = split_lines(page.text)
        for line, label in zip(lines, realdata.line_labels(page)):
            if label < 0:
                continue
            kept = out_lines[line] > 0
            if kept:
                out_lines[line] -= 1
            c[(label, kept)] += 1
        before.append(shingle_prf(page.text, page.gold))
        after.append(shingle_prf(out, page.gold))
    b, a = np.mean(before, axis=0), np.mean(after, axis=0)
    return {
        "pages": len(before),
        "content_retention": _ratio(c[(0, True)], c[(0, True)] + c[(0, False)]),
        "residue_removal": _ratio(c[(1, False)], c[(1, True)] + c[(1, False)]),
        "shingle_p_before": float(b[0]), "shingle_r_before": float(b[1]), "shingle_f1_before": float(b[2]),
        "shingle_p_after": float(a[0]), "shingle_r_after": float(a[1]), "shingle_f1_after": float(a[2]),
    }


def _tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


def token_benchmark(clean_fn: Any, pages: Iterable[realdata.Page]) -> dict[str, float]:
    """Token P/R/F1 against the article gold (mean per-page P and R, F1 of the means, as the
    ScrapingHub benchmark aggregates), and the recall of the gold reader-comment tokens."""
    rows = []
    for page in pages:
        out = _tokens(clean_fn(page.text))
        gold, comments = _tokens(page.gold), _tokens(page.gold_comments)
        tp = sum((out & gold).values())
        precision = tp / sum(out.values()) if out else float("nan")
        recall = tp / sum(gold.values()) if gold else float("nan")
        comment_recall = sum((out & comments).values()) / sum(comments.values()) if comments else float("nan")
        rows.append((precision, recall, comment_recall))
    p, r, c = (float(np.nanmean(col)) for col in zip(*rows))
    return {"pages": len(rows), "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "comment_recall": c}


def segment_benchmark(clean_fn: Any, pages: Iterable[realdata.Page]) -> dict[str, float]:
    """traf-eval: share of must-keep segments (present in the input) kept, must-drop removed."""
    c = Counter()  # type: ignore[var-annotated]
    for page in pages:
        c["pages"] += 1
        out = clean_fn(page.text)
        for seg in page.keep_segments:
            if seg in page.text:
                c["keep_present"] += 1
                c["keep_kept"] += seg in out
        for seg in page.drop_segments:
            if seg in page.text:
                c["drop_present"] += 1
                c["drop_removed"] += seg not in out
    return {
        "pages": c["pages"],
        "keep_present": c["keep_present"],
        "keep_kept_share": _ratio(c["keep_kept"], c["keep_present"]),
        "drop_present": c["drop_present"],
        "drop_removed_share": _ratio(c["drop_removed"], c["drop_present"]),
    }


def segment_line_ceiling(pages: Sequence[realdata.Page]) -> dict[str, float]:
    """segment_benchmark of the best a line-level cleaner can fairly do on traf-eval: delete exactly
    the lines that hold no must-keep segment and are at least half must-drop text. A must-drop
    segment inside a line that is mostly something else stays with that line."""
    def best(page: realdata.Page) -> str:
        kept = []
        for line in page.text.splitlines(keepends=True):
            mostly_drop = 2 * sum(len(seg) for seg in page.drop_segments if seg in line) >= len(line.strip()) > 0
            if not mostly_drop or any(seg in line for seg in page.keep_segments):
                kept.append(line)
        return "".join(kept)

    outputs = {page.text: best(page) for page in pages}
    return segment_benchmark(outputs.__getitem__, pages)


def evaluate(cleaner: Cleaner, scale: float = 1.0) -> dict[str, Any]:
    report: dict[str, Any] = {"threshold": cleaner.threshold}
    report["synthetic_test"] = line_metrics(cleaner, datasets.test_split(scale))
    draws = [train.threshold_for(cleaner.model, docs) for docs in datasets.validation_draws(scale=scale)]
    report["threshold_draws"] = draws
    if realdata.data_root() is not None:
        aeb = realdata.pages("aeb")
        report["aeb"] = gold_benchmark(cleaner.clean, aeb)
        report["real_validation_threshold"] = train.threshold_for(
            cleaner.model, datasets.real_validation_split(), train.REAL_RETENTION_TARGET)
        # The threshold the rule would choose had the validation split been the least favourable draw.
        least = report["least_favourable_threshold"] = max(min(draws), report["real_validation_threshold"])
        report["aeb_retention_at_least_favourable"] = gold_benchmark(
            Cleaner(model=cleaner.model, threshold=least).clean, aeb)["content_retention"]
        traf = realdata.pages("traf-eval")
        report["traf_eval_test_half"] = segment_benchmark(
            cleaner.clean, [p for p in traf if realdata.split_of(p.id) == "test"])
        report["traf_eval_all"] = segment_benchmark(cleaner.clean, traf)
        keep = Cleaner(model=cleaner.model, threshold=cleaner.threshold, comments="keep")
        for name in ("dragnet", "l3s-gn1"):
            pages = realdata.pages(name)
            report[f"{name}_comments"] = {
                "input": token_benchmark(lambda t: t, pages),
                "drop": token_benchmark(cleaner.clean, pages),
                "keep": token_benchmark(keep.clean, pages),
            }
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cleanarticle eval", description=__doc__.split("\n")[0])
    parser.add_argument("--model", type=Path, default=None, help="model folder (default: shipped model)")
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--scale", type=float, default=1.0, help="share of the synthetic test split")
    parser.add_argument("--json", type=Path, default=None, help="also write the report as JSON here")
    parser.add_argument("--card", type=Path, default=None, help="also write the model card (markdown) here")
    args = parser.parse_args(argv)
    cleaner = Cleaner(model=args.model, threshold=args.threshold)
    report = evaluate(cleaner, args.scale)
    text = json.dumps(report, indent=2, sort_keys=True)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    if args.card:
        from .card import render
        from .model import INPUT_NAMES

        args.card.write_text(render(report, cleaner.model.metadata, len(INPUT_NAMES)), encoding="utf-8")
    print(text)
    if realdata.data_root() is None:
        print("note: benchmark data not found (set CLEANARTICLE_DATA); real-data metrics skipped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
