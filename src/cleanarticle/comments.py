"""Find the reader-comment thread at the end of an article from per-line comment scores.

A thread is the suffix of a document whose lines the comment head scores as
comments more than COMMENT_PRIOR on the whole (the suffix with the largest
sum of ``score - COMMENT_PRIOR``), once enough article text comes before it.
Taking only a suffix means a quoted reader or a "says:" line in the middle of
an article can never start a cut.
"""

from __future__ import annotations

import enum

import numpy as np

from .features import distinct_sorted, doc_bounds

# A line counts for the thread when its comment score is above this.
COMMENT_PRIOR = 0.5
# The chosen suffix must gather at least this much evidence (sum of score - prior).
MIN_THREAD_EVIDENCE = 1.5
# The article before a thread: at least this many characters and text lines.
MIN_ARTICLE_CHARS = 400
MIN_ARTICLE_LINES = 3


class CommentMode(str, enum.Enum):
    """What to do with a reader-comment thread appended to the article."""

    DROP = "drop"  # remove it with the rest of the junk
    KEEP = "keep"  # keep the comments (comment-form residue and spam still go)
    ONLY = "only"  # return only the comments


def thread_rows(comment_prob: np.ndarray, chars: np.ndarray, doc: np.ndarray) -> np.ndarray:
    """Boolean per text line: whether it belongs to its document's trailing comment thread."""
    n = len(comment_prob)
    out = np.zeros(n, dtype=bool)
    if n == 0:
        return out
    lo, hi = doc_bounds(doc)
    for start in distinct_sorted(lo).tolist():
        end = int(hi[start])
        evidence = comment_prob[start:end] - COMMENT_PRIOR
        suffix = np.cumsum(evidence[::-1])[::-1]
        article_chars = np.concatenate(([0], np.cumsum(chars[start:end])))[:-1]
        article_lines = np.arange(end - start)
        allowed = (article_chars >= MIN_ARTICLE_CHARS) & (article_lines >= MIN_ARTICLE_LINES)
        if not allowed.any():
            continue
        candidates = np.where(allowed, suffix, -np.inf)
        best = int(np.argmax(candidates))
        if candidates[best] >= MIN_THREAD_EVIDENCE:
            out[start + best : end] = True
    return out
