"""Revise each line's own junk score with its neighbours' scores.

Junk comes in runs at the edges of an article, so a borderline line between
two junk lines is likelier junk, and one inside running prose likelier
content. This module builds the inputs of that revision for many documents
at once; the weights are learned (train.py) and applied by
LineModel.context_scores.
"""

from __future__ import annotations

import numpy as np

from .features import doc_bounds, shift_within

CONTEXT_RADIUS = 2
# Logit standing in for a missing neighbour beyond the document's edge.
EDGE_LOGIT = 0.0
LOGIT_CLIP = 10.0
CONTEXT_NAMES = (
    ("own",)
    + tuple(f"own@{off:+d}" for off in range(-CONTEXT_RADIUS, CONTEXT_RADIUS + 1) if off)
    + ("min_neighbours@1", "max_neighbours@1", "edge_before", "edge_after", "junk_run_to_end")
)


def context_features(own_logits: np.ndarray, doc: np.ndarray | None = None) -> np.ndarray:
    """One row per text line: its own logit, its neighbours', and whether a run of junk reaches the end."""
    n = len(own_logits)
    if doc is None:
        doc = np.zeros(n, dtype=np.int64)
    lo, hi = doc_bounds(doc)
    logits = np.clip(own_logits.astype(np.float64), -LOGIT_CLIP, LOGIT_CLIP)
    offsets = [off for off in range(-CONTEXT_RADIUS, CONTEXT_RADIUS + 1) if off]
    shifted = {off: shift_within(logits, off, lo, hi, EDGE_LOGIT) for off in offsets}
    idx = np.arange(n)
    # A tail block of junk is the common case: mark lines after the last content-looking line.
    last_content = _last_content_in_doc(logits <= 0, lo, hi)
    return np.column_stack(
        [
            logits,
            *(shifted[off] for off in offsets),
            np.minimum(shifted[-1], shifted[1]),
            np.maximum(shifted[-1], shifted[1]),
            idx == lo,
            idx == hi - 1,
            idx > last_content,
        ]
    ).astype(np.float64)


def _last_content_in_doc(contentish: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """For each row, the index of the last content-looking row of its document (or lo - 1)."""
    n = len(contentish)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    marked = np.where(contentish, np.arange(n), -1)
    firsts = np.unique(lo)
    per_doc = np.maximum.reduceat(marked, firsts)
    which = np.searchsorted(firsts, lo)
    return np.maximum(per_doc[which], lo - 1)
