"""Build the inputs of the context stage: each line's own score beside its neighbours' scores.

Junk comes in runs at the edges of an article, so a borderline line inside a
run of junk is likelier junk, and one inside running prose likelier content.
The rows built here feed a small learned layer (LineModel.context_scores).
"""

from __future__ import annotations

import numpy as np

from .features import distinct_sorted, doc_bounds, shift_within

CONTEXT_RADIUS = 2
NEAR_LINES = 3
# Logit standing in for a missing neighbour beyond the document's edge.
EDGE_LOGIT = 0.0
LOGIT_CLIP = 10.0
CONTEXT_NAMES = (
    ("own",)
    + tuple(f"own@{off:+d}" for off in range(-CONTEXT_RADIUS, CONTEXT_RADIUS + 1) if off)
    + (
        "min_neighbours@1",
        "max_neighbours@1",
        f"mean_prob_previous{NEAR_LINES}",
        f"mean_prob_next{NEAR_LINES}",
        "mean_prob_before",
        "mean_prob_after",
        "edge_before",
        "edge_after",
        "junk_run_to_end",
        "junk_run_from_start",
    )
)


def _window_mean(values: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Mean of values[a:b] per row (0 where the window is empty)."""
    cum = np.concatenate(([0.0], np.cumsum(values)))
    size = b - a
    return np.where(size > 0, (cum[b] - cum[a]) / np.maximum(size, 1), 0.0)


def context_features(own_logits: np.ndarray, doc: np.ndarray | None = None) -> np.ndarray:
    """One row per text line (columns CONTEXT_NAMES); ``doc`` numbers each row's document."""
    n = len(own_logits)
    if doc is None:
        doc = np.zeros(n, dtype=np.int64)
    lo, hi = doc_bounds(doc)
    logits = np.clip(own_logits.astype(np.float64), -LOGIT_CLIP, LOGIT_CLIP)
    prob = 1.0 / (1.0 + np.exp(-logits))
    offsets = [off for off in range(-CONTEXT_RADIUS, CONTEXT_RADIUS + 1) if off]
    shifted = {off: shift_within(logits, off, lo, hi, EDGE_LOGIT) for off in offsets}
    idx = np.arange(n)
    contentish = logits <= 0
    return np.column_stack(
        [
            logits,
            *(shifted[off] for off in offsets),
            np.minimum(shifted[-1], shifted[1]),
            np.maximum(shifted[-1], shifted[1]),
            _window_mean(prob, np.maximum(idx - NEAR_LINES, lo), idx),
            _window_mean(prob, idx + 1, np.minimum(idx + 1 + NEAR_LINES, hi)),
            _window_mean(prob, lo, idx),
            _window_mean(prob, idx + 1, hi),
            idx == lo,
            idx == hi - 1,
            idx > _last_in_doc(contentish, lo, hi),
            idx < _first_in_doc(contentish, lo, hi),
        ]
    ).astype(np.float64)


def _last_in_doc(mask: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """For each row, the last row of its document where ``mask`` holds (lo - 1 if none)."""
    if len(mask) == 0:
        return np.zeros(0, dtype=np.int64)
    marked = np.where(mask, np.arange(len(mask)), -1)
    firsts = distinct_sorted(lo)
    per_doc = np.maximum.reduceat(marked, firsts)
    return np.asarray(np.maximum(per_doc[np.searchsorted(firsts, lo)], lo - 1), dtype=np.int64)


def _first_in_doc(mask: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """For each row, the first row of its document where ``mask`` holds (hi if none)."""
    if len(mask) == 0:
        return np.zeros(0, dtype=np.int64)
    marked = np.where(mask, np.arange(len(mask)), len(mask))
    firsts = distinct_sorted(lo)
    per_doc = np.minimum.reduceat(marked, firsts)
    return np.asarray(np.minimum(per_doc[np.searchsorted(firsts, lo)], hi), dtype=np.int64)
