"""Find the reader-comment thread at the end of an article from per-line comment scores.

A thread is the suffix of a document whose lines the comment head scores as
comments more than COMMENT_PRIOR on the whole (the suffix with the largest
sum of ``score - COMMENT_PRIOR``), once enough article text comes before it.
Comment bodies read like prose and score low, so that suffix often starts
late in the thread or not at all; a thread header starts it earlier: a short
line that counts or names the comments ("38 Comments", "{ 12 comments… read
them below }"), scored as a comment, with at least one more comment line
after it, or one that counts them over the post's title ("10 thoughts on
“Title”"); or, as the document's last line, a line of a few words that
names the comments with nothing under it, of a thread the extractor left
out ("120 Kommentare", "Comments are closed."). Signatures under the
comments ("Posted by: Name | January 14, 2008 06:24 PM"), three or more by
at least two signers, or the scored subject lines over them ("Re:Title
(Score:5, Insightful)"), three or more, start it at the first. Taking only a
suffix means a quoted reader or a "says:" line in the middle of an article
can never start a cut; a suffix found from the scores alone must also hold a
line of comment furniture (a name, a time, a crumb: no sentence end), so
quoted dialogue closing an article is no thread.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

import numpy as np

from .features import distinct_sorted, doc_bounds
from .textstats import compiled

# A line counts for the thread when its comment score is above this.
COMMENT_PRIOR = 0.5
# The chosen suffix must gather at least this much evidence (sum of score - prior).
MIN_THREAD_EVIDENCE = 1.5
# The article before a thread: at least this many characters and text lines.
MIN_ARTICLE_CHARS = 400
MIN_ARTICLE_LINES = 3
# A thread header: a comment score at least this, at most this many words, a word that names the
# comments, and nothing of code (quotes, "=", ";": a JSON key "Comment": is no header). A header
# that opens with their count ("{ 18 comments… read them below or add one }") needs no score.
HEADER_MIN_SCORE = 0.9
HEADER_MAX_WORDS = 6
COUNTED_HEADER_MAX_WORDS = 10
# Words that name the comments. Those of scripts with spaces between words stand as whole words; the
# others are matched as they are: Han, Kana and Hangul words need no spaces, and Devanagari words end in
# combining marks, which regex word boundaries do not see.
_WORD_NOUNS = (r"comments?|kommentare?|kommentarer|kommentit|commentaires?|comentarios?|comentários?|commenti|"
               r"comentarii|komentarze|komentáře|komentáre|komentari|komentar|hozzászólások|yorumlar|yorum|"
               r"bình luận|reacties|reacciones|réactions|reactions|responses|replies|σχόλια|"
               r"комментари\w*|коментар\w*|تعليقات|تعليق|نظرات|תגובות")
_FREE_NOUNS = r"评论|評論|コメント|댓글|टिप्पणियाँ|टिप्पणियां|टिप्पणी|মন্তব্য"
_NOUN = rf"(?:\b(?:{_WORD_NOUNS})\b|{_FREE_NOUNS})"
# A count before the noun, with the Bengali counting suffix ("10টি মন্তব্য").
_COUNT = r"\d+(?:টি|টা)?\s+"
# Patterns stay strings, compiled once on first use (textstats.compiled): a cold start never needs them.
_HEADER_NOUN = rf"(?i){_NOUN}"
_COUNTED_HEADER = rf"(?i)\W*(?:{_COUNT}{_NOUN}|{_NOUN}\W*\d+\W*$)"  # "12 Comments", "Kommentare (12)"
# A document's last line of at most this many words and characters that names the comments
# ("120 Kommentare", "Comments are closed.", "Post a Comment"; in a script without spaces, the name
# alone): the header of a thread the extractor left out.
STUB_MAX_WORDS = 3
STUB_MAX_CHARS = 60
_STUB_NOUN = rf"(?i)\b(?:{_WORD_NOUNS})\b|^\W*(?:{_FREE_NOUNS})\W*$"
_CODE = r"[\"=;]"
# The header WordPress themes print over a thread: the count in digits, then the post's title in
# quotes ("10 thoughts on “Title”", "4 Gedanken zu „Title“"), however long the title.
_THOUGHTS = (r"thoughts?|responses?|repl(?:y|ies)|gedanken|antworten|réflexions?|réponses?|pensamientos?|"
             r"respuestas?|pensieri|risposte|pensamentos|respostas?|gedachten|reacties")
_TITLED_HEADER = (rf"(?i)\W*{_COUNT}(?:{_THOUGHTS}|{_WORD_NOUNS})\s+"
                  r"(?:on|to|zu|auf|sur|à|en|sobre|su|a|em|para|op|over|do|к)\s*[“\"«„‘'‹]")
TITLED_HEADER_MAX_WORDS = 40
# A counted header that points at the comments under it, or a titled one, needs no comment line after it.
_POINTING_HEADER = (rf"(?i)\W*{_COUNT}{_NOUN}.*"
                    r"\b(?:read them below|add one|add yours|leave a comment|add a comment)\b")
# The signature under each comment, as Movable Type and TypePad print it ("Posted by: Name |
# January 14, 2008 06:24 PM"; a post's own byline has no colon). At least this many, by at least
# two signers (one author signing every entry is a blog's front page), open a thread at the first.
_SIGNATURE = r"(?i)\W*(?:posted|submitted|comment(?:ed)?) by:(?P<name>[^|\d]+?)(?:\||\bon\b|\bat\b|\d)"
SIGNATURE_MAX_WORDS = 20
# The subject line over each comment, with the comment's moderation score, as Slash (Slashdot,
# SoylentNews) prints it ("Re:Deceptive Summary (Score:5, Insightful)"). They count as signatures:
# no article prints them, so they need no second signer.
_SCORED_SUBJECT = r"(?i)\(score:\s*-?\d(?:,\s*[^\W\d_]+)?\)\s*$"
MIN_SIGNATURES = 3
# thread_marks' marks.
HEADER, POINTING, SIGNATURE, STUB = 1, 2, 3, 4


class CommentMode(str, enum.Enum):
    """What to do with a reader-comment thread appended to the article."""

    DROP = "drop"  # remove it with the rest of the junk
    KEEP = "keep"  # keep the comments (comment-form residue and spam still go)
    ONLY = "only"  # return only the comments


def thread_header(line: str, words: int, score: float) -> bool:
    """Whether a line of ``words`` words with comment score ``score`` reads as a thread's header."""
    if words <= TITLED_HEADER_MAX_WORDS and compiled(_TITLED_HEADER).match(line):
        return True
    if compiled(_CODE).search(line):
        return False
    if words <= COUNTED_HEADER_MAX_WORDS and compiled(_COUNTED_HEADER).match(line):
        return True
    return score >= HEADER_MIN_SCORE and words <= HEADER_MAX_WORDS and compiled(_HEADER_NOUN).search(line) is not None


def thread_marks(lines: Sequence[str], comment_prob: np.ndarray, words: np.ndarray, has_digit: np.ndarray,
                 doc: np.ndarray) -> np.ndarray:
    """Per text line: HEADER when it reads as a thread's header, POINTING when that header also
    points at the comments under it ("{ 19 comments… read them below or add one }"), SIGNATURE
    when it signs the comment above it or is the scored subject line over one, STUB when a
    document's last line is a short header or names the comments in a few words ("2 Comments",
    "Comments are closed."), else 0. Only the few short lines with a comment score or a number,
    and each document's last line, are read."""
    header_rows = ((comment_prob >= HEADER_MIN_SCORE) & (words <= HEADER_MAX_WORDS)) | (
        (words <= TITLED_HEADER_MAX_WORDS) & has_digit)
    marks = np.zeros(len(lines), dtype=np.int8)
    signed_rows: dict[int, list[int]] = {}
    signers: dict[int, set[str]] = {}
    read = np.flatnonzero(header_rows)
    # As lists: numpy arrays read one element at a time cost about as much as the regexes.
    for row, n_words, score, digit, d in zip(
            read.tolist(), words[read].tolist(), comment_prob[read].tolist(), has_digit[read].tolist(),
            doc[read].tolist()):
        line = lines[row]
        if thread_header(line, n_words, score):
            pointing = compiled(_POINTING_HEADER).match(line) or compiled(_TITLED_HEADER).match(line)
            marks[row] = POINTING if pointing else HEADER
        elif not digit or n_words > SIGNATURE_MAX_WORDS:
            continue
        elif signed := compiled(_SIGNATURE).match(line):
            signed_rows.setdefault(d, []).append(row)
            signers.setdefault(d, set()).add(signed["name"].strip().casefold())
        elif compiled(_SCORED_SUBJECT).search(line):
            marks[row] = SIGNATURE
    for d, rows in signed_rows.items():
        if len(signers[d]) >= 2:
            marks[rows] = SIGNATURE
    _, ends = doc_bounds(doc)
    for row in (distinct_sorted(ends) - 1).tolist():
        line = lines[row]
        short = words[row] <= STUB_MAX_WORDS and len(line) <= STUB_MAX_CHARS
        if short and (marks[row] == HEADER or marks[row] == 0 and compiled(_STUB_NOUN).search(line)) or (
                marks[row] == POINTING):
            marks[row] = STUB
    return marks


def thread_rows(comment_prob: np.ndarray, chars: np.ndarray, doc: np.ndarray,
                marks: np.ndarray | None = None, ends_sentence: np.ndarray | None = None) -> np.ndarray:
    """Boolean per text line: whether it belongs to its document's trailing comment thread;
    ``marks`` are thread_marks' (headers and signatures). With ``ends_sentence`` (per line), a
    suffix found from the scores alone must hold a comment line that ends in no sentence end (a
    name, a time, a crumb): quoted dialogue closing an article reads like comments, but has none."""
    n = len(comment_prob)
    out = np.zeros(n, dtype=bool)
    if n == 0:
        return out
    lo, hi = doc_bounds(doc)
    row = np.arange(n)
    # Counts within each document come from running totals over all rows: whole numbers, exact.
    chars_before = np.cumsum(chars) - chars
    allowed = (chars_before - chars_before[lo] >= MIN_ARTICLE_CHARS) & (row - lo >= MIN_ARTICLE_LINES)
    starts = distinct_sorted(lo)
    # The first row of each document where a mark opens the thread (n where none does).
    opener = np.full(len(starts), n)
    if marks is not None:
        signs = marks == SIGNATURE
        signed = allowed & signs
        first_signed = np.minimum.reduceat(np.where(signed, row, n), starts)
        opener = np.where(np.add.reduceat(signed, starts) >= MIN_SIGNATURES, first_signed, n)
        comment_lines = np.cumsum((comment_prob >= COMMENT_PRIOR) | signs)
        after = comment_lines[hi - 1] - comment_lines  # comment lines after each line in its document
        opens = allowed & ((marks == HEADER) & (after >= 1) | (marks == POINTING) | (marks == STUB))
        opener = np.minimum(opener, np.minimum.reduceat(np.where(opens, row, n), starts))
    furniture = comment_prob >= COMMENT_PRIOR
    if ends_sentence is not None:
        furniture &= ~ends_sentence
    # Suffix sums of scores are floats, so each document's are summed on their own.
    for start, end, first in zip(starts.tolist(), hi[starts].tolist(), opener.tolist()):
        if not allowed[start:end].any():
            continue
        suffix = np.cumsum((comment_prob[start:end] - COMMENT_PRIOR)[::-1])[::-1]
        candidates = np.where(allowed[start:end], suffix, -np.inf)
        best = int(np.argmax(candidates))
        if candidates[best] >= MIN_THREAD_EVIDENCE and furniture[start + best : end].any():
            first = min(first, start + best)
        out[min(first, end) : end] = True
    return out
