"""Train the shipped model: the only module that imports scikit-learn.

    python -m cleanarticle.train [--out models] [--scale 1.0]

Deterministic: fixed seeds for the data and the fits. Writes model.npy and
model.json; ``python -m cleanarticle.evaluate --card`` then measures it.
"""

from __future__ import annotations

import argparse
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from . import datasets, glued
from .context import context_features
from .features import ngram_context
from .lines import split_lines
from .model import LineModel
from .synthetic import generate_glued
from .textstats import NGRAM_BUCKETS, Grams

HIDDEN_UNITS = 32
CONTEXT_HIDDEN_UNITS = 8
COMMENT_HIDDEN_UNITS = 16
CUT_HIDDEN_UNITS = 16
CUT_MAX_EPOCHS = 200
# Generated glued lines for the cut head, and their seed (bench_glued.py reports seed 11, tunes on 5).
N_GLUED_CASES = 12000
GLUED_SEED = 101
# Candidate cuts in real article lines are few next to generated ones, and what the head must not cut.
REAL_CUT_WEIGHT = 10.0
# The cut threshold: the lowest (not under the floor, on a grid) at which the cutter, head and rules,
# cuts at most this share of validation content lines.
CUT_FALSE_CUT_SHARE = 0.0002
CUT_THRESHOLD_FLOOR = 0.5
CUT_THRESHOLD_STEP = 0.01
# Inverse L2 strength of the trigram model: strong, so rare template trigrams cannot dominate.
NGRAM_C = 0.25
L2_PENALTY = 1e-3
MAX_EPOCHS = 60
FIT_SEED = 0
# The line, context and cut networks are each the mean of this many fits from different seeds: one
# fit's highest content scores, which set the threshold, moved it from 0.77 to 0.93 between seeds.
# (The comment head stays one fit: as five it found other threads and cost traf-eval must-keep text.)
ENSEMBLE_MEMBERS = 5
# BLAS splits a product's sums by thread, so the thread count changes the fitted bits: training
# always uses this many, the count the shipped model was built with, whatever the machine's cores.
BLAS_THREADS = 2
# Real pages are few next to synthetic ones; this weight gives them half of the say.
REAL_WEIGHT_SHARE = 0.5
# Content lines weigh more than junk lines: losing article text is the worst failure.
CONTENT_WEIGHT = 3.0
# The threshold keeps at least these shares of validation content lines: synthetic
# labels are exact; real gold (Readability's output) calls some furniture content.
RETENTION_TARGET = 0.999
REAL_RETENTION_TARGET = 0.995
THRESHOLD_BOUNDS = (0.5, 0.97)
STOPLIST_TOP_WORDS = 300


def _weights(docs: Sequence[datasets.LabelledDoc], y: np.ndarray, groups: np.ndarray) -> np.ndarray:
    is_real = np.array([doc.source != "synthetic" for doc in docs])[groups] & (y >= 0)
    is_synth = ~is_real & (y >= 0)
    w = np.ones(len(y))
    if is_real.any() and is_synth.any():
        w[is_real] = REAL_WEIGHT_SHARE / (1 - REAL_WEIGHT_SHARE) * is_synth.sum() / is_real.sum()
    w[y == 0] *= CONTENT_WEIGHT
    return np.asarray(w / w[y >= 0].mean(), dtype=np.float64)


def _comment_labels(docs: Sequence[datasets.LabelledDoc], y: np.ndarray) -> np.ndarray:
    """1 for synthetic comment-thread lines, 0 for other synthetic lines and real article
    lines, -1 for real lines outside the article (they may or may not be comments)."""
    families = [family for doc in docs for family in doc.families]
    synthetic = np.array([doc.source == "synthetic" for doc in docs])[
        np.repeat(np.arange(len(docs)), [len(doc.families) for doc in docs])]
    is_comment = np.array([family.startswith("comment:") for family in families])
    return np.where(synthetic, is_comment.astype(np.int64), np.where(y == 0, 0, -1))


def _folds(docs: Sequence[datasets.LabelledDoc]) -> np.ndarray:
    """Two folds split by language (real pages alternate), so each out-of-fold score is one
    for prose in languages that fold never saw, as real text often is to synthetic templates."""
    languages = sorted({doc.language for doc in docs if doc.language})
    fold_of = {lang: i % 2 for i, lang in enumerate(languages)}
    return np.array([fold_of[d.language] if d.language else i % 2 for i, d in enumerate(docs)])


def _gram_matrix(grams: Grams):  # type: ignore[no-untyped-def]
    """Sparse rows of trigram counts / sqrt(count), as LineModel.ngram_logits scores them."""
    from scipy.sparse import csr_matrix

    count = np.bincount(grams.rows, minlength=grams.n_rows)
    values = 1.0 / np.sqrt(np.maximum(count, 1))[grams.rows]
    return csr_matrix((values, (grams.rows, grams.codes)), shape=(grams.n_rows, NGRAM_BUCKETS))


def _fit_ngram(G, y: np.ndarray, w: np.ndarray):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=NGRAM_C, solver="liblinear", max_iter=200, random_state=FIT_SEED).fit(
        G, y, sample_weight=w)


def _standardiser(X: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale < 1e-6] = 1.0
    return mean, scale


class _Network(NamedTuple):
    """A one-hidden-layer network's weights, named as scikit-learn's MLPClassifier names them."""

    coefs_: list[np.ndarray]
    intercepts_: list[np.ndarray]


def _fit_mlp(X: np.ndarray, y: np.ndarray, w: np.ndarray, max_epochs: int, hidden: int = HIDDEN_UNITS,
             members: int = 1) -> _Network:
    """A network fitted from ``members`` seeds, merged into one wider network whose logit is the
    mean of theirs (hidden units side by side, output weights divided among them)."""
    import warnings

    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    nets = []
    for seed in range(FIT_SEED, FIT_SEED + members):
        clf = MLPClassifier(hidden_layer_sizes=(hidden,), alpha=L2_PENALTY, max_iter=max_epochs,
                            random_state=seed)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            clf.fit(X, y, sample_weight=w)
        nets.append(clf)
    w1, w2 = np.hstack([n.coefs_[0] for n in nets]), np.vstack([n.coefs_[1] for n in nets]) / members
    b1, b2 = np.concatenate([n.intercepts_[0] for n in nets]), np.mean([n.intercepts_[1] for n in nets], axis=0)
    return _Network([w1, w2], [b1, b2])


def _mlp_arrays(prefix: str, clf: _Network, mean: np.ndarray, scale: np.ndarray) -> dict[str, Any]:
    """A fitted one-hidden-layer network as LineModel's ``<prefix>mean, scale, w1, b1, w2, b2`` arrays."""
    arrays = (mean, scale, clf.coefs_[0], clf.intercepts_[0], clf.coefs_[1], clf.intercepts_[1])
    return {f"{prefix}{name}": a for name, a in zip(("mean", "scale", "w1", "b1", "w2", "b2"), arrays)}


def _placeholder_cut_head() -> dict[str, Any]:
    """A cut head that cuts nothing, until the real one is fitted on the other heads' scores."""
    n = len(glued.CUT_INPUT_NAMES)
    arrays = (np.zeros(n), np.ones(n), np.zeros((n, 1)), np.zeros(1), np.zeros((1, 1)), np.full(1, -30.0))
    return {**dict(zip(("cut_mean", "cut_scale", "cut_w1", "cut_b1", "cut_w2", "cut_b2"), arrays)),
            "cut_threshold": THRESHOLD_BOUNDS[1]}


def _mlp_logits(clf: _Network, Z: np.ndarray) -> np.ndarray:
    hidden = np.maximum(Z @ clf.coefs_[0] + clf.intercepts_[0], 0.0)
    return np.asarray(hidden @ clf.coefs_[1] + clf.intercepts_[1], dtype=np.float64).ravel()


def _choose_threshold(scores: np.ndarray, y: np.ndarray, target: float) -> float:
    """The lowest threshold that keeps the ``target`` share of content lines."""
    content = np.sort(scores[y == 0])
    if len(content) == 0:
        return THRESHOLD_BOUNDS[0]
    k = int(np.floor(target * len(content)))
    cut = float(content[min(k, len(content) - 1)]) + 1e-6
    return float(np.clip(cut, *THRESHOLD_BOUNDS))


def threshold_for(model: LineModel, docs: Sequence[datasets.LabelledDoc], target: float = RETENTION_TARGET) -> float:
    """The lowest threshold at which ``model`` keeps the ``target`` share of the content lines of ``docs``."""
    val = datasets.stack(docs)
    logits = model.own_logits(model.inputs(val.features))
    scores = model.context_scores(context_features(logits, val.features))
    return _choose_threshold(scores[val.y >= 0], val.y[val.y >= 0], target)


def _content_lines(docs: Sequence[datasets.LabelledDoc]) -> list[str]:
    lines = []
    for doc in docs:
        text_lines = split_lines(doc.text)[0]
        lines += [text_lines[i] for i, y in zip(doc.text_idx.tolist(), doc.labels.tolist()) if y == 0]
    return lines


def _cut_label(cut: glued.Candidate, side: str, line: str, content: str) -> int:
    """1 at the exact cut, 0 for a cut into the content, -1 for one inside the spam (it leaves some)."""
    tail = cut.keep[0] == 0
    if tail:
        exact = len(content)
        return 1 if side == "tail" and cut.keep[1] == exact else 0 if cut.keep[1] < exact or side == "head" else -1
    exact = len(line) - len(content)
    return 1 if side == "head" and cut.keep[0] == exact else 0 if cut.keep[0] > exact or side == "tail" else -1


def _cut_threshold(model: LineModel, head: _Network, mean: np.ndarray, scale: np.ndarray,
                   lines: Sequence[str]) -> float:
    """The lowest threshold (on a grid, not under the floor) at which the cutter, the head and the
    rules together, cuts at most CUT_FALSE_CUT_SHARE of ``lines`` (content lines: every cut is false)."""
    m = glued.cut_matrix(model, lines)
    scores = 1.0 / (1.0 + np.exp(-_mlp_logits(head, (m.inputs - mean) / scale)))
    allowed = CUT_FALSE_CUT_SHARE * len(lines)
    for threshold in np.arange(CUT_THRESHOLD_FLOOR, THRESHOLD_BOUNDS[1], CUT_THRESHOLD_STEP):
        if sum(cut is not None for cut in glued.cuts_from_scores(m, scores, float(threshold))) <= allowed:
            return float(threshold)
    return THRESHOLD_BOUNDS[1]


def _train_cut_head(model: LineModel, docs: Sequence[datasets.LabelledDoc], scale: float,
                    log: Callable[[str], None]) -> dict[str, Any]:
    """The cut head: generated glued lines (seen spam families and languages) against every candidate
    cut in content lines, real ones weighing more; its threshold from the validation content lines."""
    spam = frozenset(f for f in datasets.training_families() if f.startswith("spam:"))
    cases = generate_glued(max(1, int(N_GLUED_CASES * scale)), GLUED_SEED, families=spam,
                           languages=datasets.training_languages())
    m = glued.cut_matrix(model, [case.line for case in cases])
    y_glued = np.array([_cut_label(c, case.side, case.line, case.content)
                        for case, pl in zip(cases, m.plans) for c in pl.cuts], dtype=np.int64)
    parts, ys, ws = [m.inputs], [y_glued], [np.where(y_glued == 0, CONTENT_WEIGHT, 1.0)]
    for real in (False, True):
        C = glued.cut_matrix(model, _content_lines([d for d in docs if (d.source != "synthetic") == real])).inputs
        parts.append(C)
        ys.append(np.zeros(len(C), dtype=np.int64))
        ws.append(np.full(len(C), CONTENT_WEIGHT * (REAL_CUT_WEIGHT if real else 1.0)))
    C, y, w = np.vstack(parts), np.concatenate(ys), np.concatenate(ws)
    has = y >= 0
    log(f"  {len(cases)} glued lines, {int((y == 1).sum())} exact cuts, {int((y == 0).sum())} wrong ones")
    mean, scale_ = _standardiser(C[has])
    head = _fit_mlp((C[has] - mean) / scale_, y[has], w[has], CUT_MAX_EPOCHS, CUT_HIDDEN_UNITS, ENSEMBLE_MEMBERS)
    val_lines = _content_lines(datasets.validation_split(scale)) + _content_lines(datasets.real_validation_split())
    threshold = _cut_threshold(model, head, mean, scale_, val_lines)
    log(f"  cut threshold {threshold:.4f} ({len(val_lines)} validation content lines)")
    return {**_mlp_arrays("cut_", head, mean, scale_), "cut_threshold": threshold}


def train(out: Path, scale: float = 1.0, max_epochs: int = MAX_EPOCHS, *, include_real: bool = True,
          log: Callable[[str], None] = print) -> LineModel:
    """Fit the three stages with out-of-fold scores feeding each next stage, then pick the threshold."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=BLAS_THREADS, user_api="blas"):
        return _train(out, scale, max_epochs, include_real=include_real, log=log)


def _train(out: Path, scale: float, max_epochs: int, *, include_real: bool,
           log: Callable[[str], None]) -> LineModel:
    log("building training data ...")
    docs = datasets.train_split(scale, include_real=include_real)
    data = datasets.stack(docs)
    y, groups, f = data.y, data.groups, data.features
    labelled = y >= 0
    w = _weights(docs, y, groups)
    log(f"  {len(docs)} documents, {int(labelled.sum())} labelled lines, {int((y == 1).sum())} junk")
    G = _gram_matrix(f.grams)
    fold = _folds(docs)[groups]

    log("stage 1: trigram model, out of fold ...")
    oof_ngram = np.zeros(len(y))
    for k in (0, 1):
        fit = labelled & (fold != k)
        oof_ngram[fold == k] = _fit_ngram(G[fit], y[fit], w[fit]).decision_function(G[fold == k])
    ngram = _fit_ngram(G[labelled], y[labelled], w[labelled])

    log("stage 2: line network, out of fold ...")
    inputs = np.hstack([f.X, ngram_context(oof_ngram, f.doc)]).astype(np.float64)
    mean, scale_ = _standardiser(inputs[labelled])
    Z = (inputs - mean) / scale_
    # Documents alternate here (not languages): the context stage must see scores as
    # confident as the final network's on text like its training text.
    doc_fold = groups % 2
    oof_own = np.zeros(len(y))
    for k in (0, 1):
        fit = labelled & (doc_fold != k)
        oof_own[doc_fold == k] = _mlp_logits(
            _fit_mlp(Z[fit], y[fit], w[fit], max_epochs, HIDDEN_UNITS, ENSEMBLE_MEMBERS), Z[doc_fold == k])
    mlp = _fit_mlp(Z[labelled], y[labelled], w[labelled], max_epochs, HIDDEN_UNITS, ENSEMBLE_MEMBERS)

    log("comment head: which lines belong to a reader-comment thread ...")
    yc = _comment_labels(docs, y)
    has = yc >= 0
    comment = _fit_mlp(Z[has], yc[has], np.where(yc[has] == 0, CONTENT_WEIGHT, 1.0), max_epochs,
                       COMMENT_HIDDEN_UNITS)

    log("stage 3: context network over neighbours' scores ...")
    C = context_features(oof_own, f)
    c_mean, c_scale = _standardiser(C[labelled])
    ctx = _fit_mlp((C[labelled] - c_mean) / c_scale, y[labelled], w[labelled], max_epochs,
                   CONTEXT_HIDDEN_UNITS, ENSEMBLE_MEMBERS)

    model = LineModel(
        ngram_w=ngram.coef_.ravel(),
        ngram_b=ngram.intercept_,
        **_mlp_arrays("", mlp, mean, scale_),
        **_mlp_arrays("context_", ctx, c_mean, c_scale),
        **_mlp_arrays("comment_", comment, mean, scale_),
        **_placeholder_cut_head(),
        threshold=0.5,
    )

    log("choosing the threshold on the validation splits ...")
    threshold = THRESHOLD_BOUNDS[0]
    # One draw's quantile moves by a tenth or more between draws; the highest keeps the target on every one.
    for split in datasets.validation_draws(scale=scale):
        threshold = max(threshold, threshold_for(model, split))
    real = datasets.real_validation_split() if include_real else []
    if real:
        threshold = max(threshold, threshold_for(model, real, REAL_RETENTION_TARGET))
    log(f"  threshold {threshold:.4f}")
    log("cut head: where glued spam parts from the content of a line ...")
    cut = _train_cut_head(model, docs, scale, log)
    summary = _training_summary(docs, y, scale, max_epochs)
    model = LineModel(**{**model.__dict__, **cut, "threshold": threshold, "metadata": {"training": summary}})
    model.save(out)
    log(f"wrote {out / 'model.npy'} and {out / 'model.json'}")
    return model


def _training_summary(docs: Sequence[datasets.LabelledDoc], y: np.ndarray, scale: float,
                      max_epochs: int) -> dict[str, object]:
    sources: dict[str, int] = {}
    for doc in docs:
        sources[doc.source] = sources.get(doc.source, 0) + 1
    return {
        "documents_by_source": sources,
        "labelled_lines": int((y >= 0).sum()),
        "junk_lines": int((y == 1).sum()),
        "heldout_families": sorted(datasets.HELDOUT_FAMILIES),
        "heldout_languages": sorted(datasets.HELDOUT_LANGUAGES),
        "hidden_units": HIDDEN_UNITS,
        "scale": scale,
        "max_epochs": max_epochs,
        "retention_target": RETENTION_TARGET,
        "real_retention_target": REAL_RETENTION_TARGET,
    }


def build_stoplist(out: Path) -> None:
    """Rebuild lexicons/stopwords.txt from jusText's stoplists (top words of each language)."""
    import justext

    folder = Path(justext.__file__).parent / "stoplists"
    words: set[str] = set()
    for path in sorted(folder.glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").split("\n") if ln.strip()]
        words.update(unicodedata.normalize("NFKC", w).casefold() for w in lines[:STOPLIST_TOP_WORDS])
    header = (
        f"# The {STOPLIST_TOP_WORDS} most frequent words of each of jusText's {len(list(folder.glob('*.txt')))}"
        " stoplists (BSD licence), NFKC + casefold.\n# Rebuilt by: python -m cleanarticle.train --stoplist\n"
    )
    out.write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")


def default_model_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "models"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cleanarticle train", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=default_model_dir(), help="model folder to write")
    parser.add_argument("--scale", type=float, default=1.0, help="share of the synthetic documents to use")
    parser.add_argument("--max-epochs", type=int, default=MAX_EPOCHS)
    parser.add_argument("--no-real", action="store_true", help="train on synthetic documents only")
    parser.add_argument("--stoplist", action="store_true", help="rebuild lexicons/stopwords.txt and stop")
    args = parser.parse_args(argv)
    if args.stoplist:
        build_stoplist(default_model_dir() / "lexicons" / "stopwords.txt")
        return 0
    os.environ.setdefault("PYTHONHASHSEED", "0")
    train(args.out, scale=args.scale, max_epochs=args.max_epochs, include_real=not args.no_real,
          log=lambda m: print(m, file=sys.stderr))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
