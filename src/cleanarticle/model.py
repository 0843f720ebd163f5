"""LineModel: the classifier's parameters as plain arrays, scored with numpy.

A model is two files: ``model.npy`` (one record with a field per numeric
array, read with ``allow_pickle=False``) and ``model.json`` (names,
threshold, lexicon checksums, the card's metrics). Loading never unpickles,
so a model file from anywhere cannot run code.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

from . import lexicons
from .context import CONTEXT_NAMES
from .features import FEATURE_NAMES, NGRAM_FEATURE_NAMES, Features, ngram_context
from .glued import CUT_INPUT_NAMES
from .textstats import NGRAM_BUCKETS, Grams

if TYPE_CHECKING:
    from pathlib import Path

FORMAT_VERSION = 3
# One .npy record, not an .npz: reading it needs no zipfile (6 ms of imports on a cold start)
# and no inflating of the 1 MB of trigram weights.
ARRAYS_FILE = "model.npy"
_MLP_ARRAYS = ("mean", "scale", "w1", "b1", "w2", "b2")
_HEADS = ("", "context_", "comment_", "cut_")
ARRAY_NAMES = ("ngram_w", "ngram_b", *(head + name for head in _HEADS for name in _MLP_ARRAYS))
# The network's inputs: the line features, then the trigram model's logits around the line.
INPUT_NAMES = FEATURE_NAMES + NGRAM_FEATURE_NAMES


class ModelError(ValueError):
    """A model file is missing, malformed, or does not match this version's features."""


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))), dtype=np.float64)


def _mlp(x: np.ndarray, mean: np.ndarray, scale: np.ndarray, w1: np.ndarray, b1: np.ndarray,
         w2: np.ndarray, b2: np.ndarray) -> np.ndarray:
    hidden = np.maximum(((x - mean) / scale) @ w1 + b1, 0.0)
    return np.asarray(hidden @ w2 + b2, dtype=np.float64).ravel()


def _contributions(x: np.ndarray, mean: np.ndarray, scale: np.ndarray, w1: np.ndarray, b1: np.ndarray,
                   w2: np.ndarray) -> np.ndarray:
    """Gradient x input of an _mlp's logit for each row, inputs taken relative to the training mean."""
    z = (x - mean) / scale
    active = (z @ w1 + b1) > 0
    grad = (active * w2.ravel()) @ w1.T
    return np.asarray(grad * z, dtype=np.float64)


def _mlp_shapes_ok(arrays: dict[str, np.ndarray], prefix: str, n_inputs: int) -> bool:
    a = {name: arrays[prefix + name] for name in _MLP_ARRAYS}
    return (
        a["mean"].shape == (n_inputs,)
        and a["scale"].shape == (n_inputs,)
        and a["w1"].ndim == 2
        and a["w1"].shape[0] == n_inputs
        and a["b1"].shape == (a["w1"].shape[1],)
        and a["w2"].shape == (a["w1"].shape[1], 1)
        and a["b2"].shape == (1,)
        and bool(np.all(a["scale"] > 0))
    )


def ngram_logits(weights: np.ndarray, bias: float, grams: Grams) -> np.ndarray:
    """Per line: bias + sum of its trigram weights / sqrt(its trigram count)."""
    total = np.bincount(grams.rows, weights=weights.take(grams.codes), minlength=grams.n_rows)
    count = np.diff(np.searchsorted(grams.rows, np.arange(grams.n_rows + 1)))  # rows are ascending
    return bias + total / np.sqrt(np.maximum(count, 1))


@dataclass(frozen=True)
class LineModel:
    """Three stages, all plain arrays: a linear model over hashed character trigrams, a
    one-hidden-layer network over line features plus those trigram logits, and a
    second small network over each line's and its neighbours' scores; beside them a
    comment head scores whether a line belongs to a reader-comment thread."""

    ngram_w: np.ndarray
    ngram_b: np.ndarray
    mean: np.ndarray
    scale: np.ndarray
    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: np.ndarray
    context_mean: np.ndarray
    context_scale: np.ndarray
    context_w1: np.ndarray
    context_b1: np.ndarray
    context_w2: np.ndarray
    context_b2: np.ndarray
    comment_mean: np.ndarray
    comment_scale: np.ndarray
    comment_w1: np.ndarray
    comment_b1: np.ndarray
    comment_w2: np.ndarray
    comment_b2: np.ndarray
    cut_mean: np.ndarray
    cut_scale: np.ndarray
    cut_w1: np.ndarray
    cut_b1: np.ndarray
    cut_w2: np.ndarray
    cut_b2: np.ndarray
    threshold: float
    cut_threshold: float
    metadata: dict[str, Any] = field(default_factory=dict)

    def ngram_logits(self, grams: Grams) -> np.ndarray:
        return ngram_logits(self.ngram_w, float(self.ngram_b[0]), grams)

    def inputs(self, features: Features) -> np.ndarray:
        """The network's input matrix (columns INPUT_NAMES)."""
        ctx = ngram_context(self.ngram_logits(features.grams), features.doc)
        return np.hstack([features.X, ctx])

    def own_logits(self, inputs: np.ndarray) -> np.ndarray:
        """Junk logit of each line from its own inputs (before the neighbours' scores)."""
        return _mlp(inputs, self.mean, self.scale, self.w1, self.b1, self.w2, self.b2)

    def context_scores(self, context_features: np.ndarray) -> np.ndarray:
        """Junk probability of each line after its neighbours' scores (rows from context.py)."""
        return _sigmoid(_mlp(context_features, self.context_mean, self.context_scale, self.context_w1,
                             self.context_b1, self.context_w2, self.context_b2))

    def comment_scores(self, inputs: np.ndarray) -> np.ndarray:
        """Probability that each line belongs to a reader-comment thread (same inputs as own_logits)."""
        return _sigmoid(_mlp(inputs, self.comment_mean, self.comment_scale, self.comment_w1,
                             self.comment_b1, self.comment_w2, self.comment_b2))

    def cut_scores(self, inputs: np.ndarray) -> np.ndarray:
        """Probability that each candidate cut parts content from glued spam (rows from glued.cut_matrix)."""
        return _sigmoid(_mlp(inputs, self.cut_mean, self.cut_scale, self.cut_w1, self.cut_b1,
                             self.cut_w2, self.cut_b2))

    def feature_contributions(self, inputs: np.ndarray) -> np.ndarray:
        """Per-input share of each row's own logit (gradient x input, relative to the training mean)."""
        return _contributions(inputs, self.mean, self.scale, self.w1, self.b1, self.w2)

    def context_contributions(self, context_features: np.ndarray) -> np.ndarray:
        """Per-input share of each row's final logit (columns CONTEXT_NAMES), as feature_contributions."""
        return _contributions(context_features, self.context_mean, self.context_scale, self.context_w1,
                              self.context_b1, self.context_w2)

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        arrays = {name: np.asarray(getattr(self, name), dtype=np.float32) for name in ARRAY_NAMES}
        record = np.empty((), dtype=[(name, "<f4", a.shape) for name, a in arrays.items()])
        for name, a in arrays.items():
            record[name] = a
        np.save(directory / ARRAYS_FILE, record)
        meta = dict(self.metadata)
        meta.update(
            format_version=FORMAT_VERSION,
            threshold=self.threshold,
            cut_threshold=self.cut_threshold,
            feature_names=list(INPUT_NAMES),
            context_names=list(CONTEXT_NAMES),
            cut_input_names=list(CUT_INPUT_NAMES),
            lexicons={name: lexicons.lexicon_sha256(name) for name in lexicons.LEXICON_NAMES},
        )
        text = json.dumps(meta, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        (directory / "model.json").write_text(text, encoding="utf-8")

    @classmethod
    def load(cls, directory: Path | str | None = None) -> LineModel:
        """Load a model folder (default: the model shipped with the package)."""
        folder = os.fspath(directory) if directory is not None else lexicons.shipped_dir()
        try:
            with open(os.path.join(folder, "model.json"), encoding="utf-8") as f:
                meta = json.load(f)
            record = np.load(os.path.join(folder, ARRAYS_FILE), allow_pickle=False)
            # The 262k trigram weights stay float32, as stored: converting them took a good part of a
            # cold start's load, and ngram_logits sums them as float64 all the same.
            arrays = {name: np.array(record[name], dtype=np.float32 if name == "ngram_w" else np.float64)
                      for name in ARRAY_NAMES}
        except (OSError, ValueError, KeyError, IndexError) as exc:
            raise ModelError(f"cannot load a cleanarticle model from {folder}: {exc}") from exc
        if not isinstance(meta, dict) or meta.get("format_version") != FORMAT_VERSION:
            raise ModelError(f"{folder}/model.json: unsupported model format")
        names = (meta.get("feature_names"), meta.get("context_names"), meta.get("cut_input_names"))
        if names != (list(INPUT_NAMES), list(CONTEXT_NAMES), list(CUT_INPUT_NAMES)):
            raise ModelError(f"{folder}: model was trained on other features than this cleanarticle computes")
        for name, digest in meta.get("lexicons", {}).items():
            if lexicons.lexicon_sha256(name) != digest:
                raise ModelError(f"{folder}: model was trained with a different '{name}' lexicon")
        shapes_ok = (
            arrays["ngram_w"].shape == (NGRAM_BUCKETS,)
            and arrays["ngram_b"].shape == (1,)
            and _mlp_shapes_ok(arrays, "", len(INPUT_NAMES))
            and _mlp_shapes_ok(arrays, "context_", len(CONTEXT_NAMES))
            and _mlp_shapes_ok(arrays, "comment_", len(INPUT_NAMES))
            and _mlp_shapes_ok(arrays, "cut_", len(CUT_INPUT_NAMES))
        )
        if not shapes_ok or not all(np.isfinite(a).all() for a in arrays.values()):
            raise ModelError(f"{folder}/{ARRAYS_FILE}: arrays have unexpected shapes or values")
        thresholds = {name: meta.get(name) for name in ("threshold", "cut_threshold")}
        for name, value in thresholds.items():
            if not isinstance(value, (int, float)) or not 0.0 < value < 1.0:
                raise ModelError(f"{folder}/model.json: {name} must be a number between 0 and 1")
        return cls(threshold=float(meta["threshold"]), cut_threshold=float(meta["cut_threshold"]), metadata=meta,
                   **arrays)
