"""Build the inputs of the context stage: each line's own score beside its neighbours' scores.

Junk comes in runs at the edges of an article, so a borderline line inside a
run of junk is likelier junk, and one inside running prose likelier content.
A line also shares words with the article it belongs to, while boilerplate
and injected spam bring their own: each line's share of words found in the
document's sure content lines, capped, is an input too. The rows built here feed a
small learned layer (LineModel.context_scores).
"""

from __future__ import annotations

import numpy as np

from .features import FEATURE_NAMES, Features, distinct_sorted, doc_bounds, shift_within
from .textstats import Grams, stable_order

CONTEXT_RADIUS = 2
NEAR_LINES = 3
# Logit standing in for a missing neighbour beyond the document's edge.
EDGE_LOGIT = 0.0
LOGIT_CLIP = 10.0
# Lines the line network scores under this junk probability make up the vocabulary of the article.
SURE_CONTENT_PROB = 0.3
SHARE_CAP = 0.25
MIN_SHARE_WORDS = 2
MIN_SURE_LINES = 3
_MONTHS, _CLOCKS, _DATES = (FEATURE_NAMES.index(name) for name in ("month_word_ratio", "log_clock_times",
                                                                 "log_date_numbers"))
DOC_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd: a document number times it is a distinct 64-bit mask
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
        "vocab_in_sure_content",
        "log_sure_content_lines",
    )
)


def _window_mean(values: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Mean of values[a:b] per row (0 where the window is empty)."""
    cum = np.concatenate(([0.0], np.cumsum(values)))
    size = b - a
    return np.where(size > 0, (cum[b] - cum[a]) / np.maximum(size, 1), 0.0)


def context_features(own_logits: np.ndarray, features: Features) -> np.ndarray:
    """One row per text line of ``features`` (columns CONTEXT_NAMES)."""
    n = len(own_logits)
    doc = features.doc
    lo, hi = doc_bounds(doc)
    logits = np.clip(own_logits.astype(np.float64), -LOGIT_CLIP, LOGIT_CLIP)
    prob = 1.0 / (1.0 + np.exp(-logits))
    offsets = [off for off in range(-CONTEXT_RADIUS, CONTEXT_RADIUS + 1) if off]
    shifted = {off: shift_within(logits, off, lo, hi, EDGE_LOGIT) for off in offsets}
    idx = np.arange(n)
    contentish = logits <= 0
    sure = (prob < SURE_CONTENT_PROB).astype(np.float64)
    others = np.bincount(doc, weights=sure)[doc] - sure if n else np.zeros(0)
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
            _foreignness_evidence(sure, others, features),
            np.log1p(others),
        ]
    ).astype(np.float64)


def _foreignness_evidence(sure: np.ndarray, others: np.ndarray, features: Features) -> np.ndarray:
    """The share of each line's words that the other sure-content lines of its document use, capped:
    few shared words are evidence of junk, many are no evidence of content (a related-posts list
    shares the article's words). A line gets the cap, no evidence, when its document has too few
    other sure-content lines to make up an article's vocabulary, when it has one word, or when it
    has a date (its weekday and month are no article's words)."""
    X = features.X
    dated = (X[:, _MONTHS] > 0) | (X[:, _CLOCKS] > 0) | (X[:, _DATES] > 0)
    words = np.bincount(features.vocab.rows, minlength=len(sure))[: len(sure)]
    share = _share_in_sure_content(sure, features.doc, features.vocab)
    share[dated | (words < MIN_SHARE_WORDS) | (others < MIN_SURE_LINES)] = SHARE_CAP
    return np.asarray(np.minimum(share, SHARE_CAP), dtype=np.float64)


def _share_in_sure_content(sure: np.ndarray, doc: np.ndarray, vocab: Grams) -> np.ndarray:
    """Per row, the share of its words that some other sure-content line of its document has (1 with no words)."""
    n = len(sure)
    rows = vocab.rows.astype(np.int64)
    # One 64-bit key per (document, word): a single sort groups them (keys of two pairs would have to collide).
    # The votes below are sums of whole numbers, the same in any order of a group: a radix sort does.
    keys = vocab.codes.view(np.uint64) ^ (doc[rows].astype(np.uint64) * DOC_MIX)
    order = stable_order(keys, 64)
    rows, keys = rows[order], keys[order]
    first = np.ones(len(rows), dtype=bool)
    first[1:] = keys[1:] != keys[:-1]
    word = np.cumsum(first) - 1
    # A row holds each of its words once, so taking its own vote off leaves the other lines'.
    elsewhere = np.bincount(word, weights=sure[rows])[word] - sure[rows] > 0
    size = np.bincount(rows, minlength=n)[:n]
    found = np.bincount(rows, weights=elsewhere, minlength=n)[:n]
    return np.where(size > 0, found / np.maximum(size, 1), 1.0)


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
