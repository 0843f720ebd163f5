"""Cleaner: lines -> features -> own scores -> context -> decisions -> text."""

from __future__ import annotations

import _thread
import enum
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from . import glued
from .comments import COMMENT_PRIOR, STUB, CommentMode, thread_marks, thread_rows
from .context import CONTEXT_NAMES, context_features
from .features import FEATURE_NAMES, LineCache, featurize_many
from .lines import join_kept, keep_mask_with_blanks, split_lines
from .model import INPUT_NAMES, LineModel

if TYPE_CHECKING:
    from pathlib import Path

    from .corpus import LineCounts

TOP_FEATURES = 3
BATCH_SIZE_DEFAULT = 64
# Line -> the kept part of a line whose glued spam is cut (None: nothing to cut).
GlueCuts = dict[str, "tuple[int, int] | None"]
# Passes until a text is stable; real texts settle in two.
MAX_PASSES = 8


class Reason(str, enum.Enum):
    """Why a line was kept or removed."""

    CONTENT = "content"
    JUNK = "junk"
    COMMENT = "comment"  # part of the reader-comment thread; kept or removed by the comments mode
    REPEATED = "repeated"  # removed because it recurs across the corpus (corpus-aware cleaning)
    TRIMMED = "trimmed"  # kept, with spam glued to its start or end cut off
    BLANK = "blank"
    DANGLING_BLANK = "dangling-blank"


@dataclass(frozen=True)
class LineVerdict:
    """The decision on one line, as ``Cleaner.explain`` reports it."""

    index: int
    line: str
    own_score: float
    score: float
    kept: bool
    reason: Reason
    top_features: tuple[tuple[str, float], ...] = ()  # the line network inputs that moved own_score most
    comment_score: float = math.nan
    kept_span: tuple[int, int] | None = None  # the part of the line that stays, when glued spam was cut
    # The context-stage inputs (context.CONTEXT_NAMES: the own score, the neighbours' scores, the words
    # shared with the article) that moved score most.
    top_context: tuple[tuple[str, float], ...] = ()


class _Decision(NamedTuple):  # not a dataclass: cheaper to define on a cold start
    lines: list[str]
    endings: list[str]
    text_idx: np.ndarray
    own: np.ndarray
    final: np.ndarray
    comment: np.ndarray
    thread: np.ndarray
    repeated: np.ndarray
    keep: list[bool]
    inputs: np.ndarray
    context: np.ndarray  # the context stage's input rows
    spans: dict[int, tuple[int, int]]  # line index -> the kept part of a line whose glued spam was cut


def _top(names: tuple[str, ...], contributions: np.ndarray) -> tuple[tuple[str, float], ...]:
    """The TOP_FEATURES inputs with the largest contributions, largest first."""
    order = np.argsort(-np.abs(contributions))[:TOP_FEATURES]
    return tuple((names[j], round(float(contributions[j]), 3)) for j in order)


def _merge(first: _Decision, rows: list[int], later: _Decision) -> _Decision:
    """Fold a later pass over the kept lines ``rows`` of ``first`` back into it."""
    keep = list(first.keep)
    for row, k in zip(rows, later.keep):
        keep[row] = k
    # Where each text line of the later pass sits among the first pass's text lines (both ascending).
    at = np.searchsorted(first.text_idx, np.asarray(rows, dtype=np.int64)[later.text_idx])
    arrays = []
    for name in ("own", "final", "comment", "thread", "repeated", "inputs", "context"):
        mine = getattr(first, name).copy()
        mine[at] = getattr(later, name)
        arrays.append(mine)
    own, final, comment, thread, repeated, inputs, context = arrays
    spans = dict(first.spans)
    for i_later, (start, end) in later.spans.items():
        row = rows[i_later]
        base = spans.get(row, (0, len(first.lines[row])))[0]
        spans[row] = (base + start, base + end)
    return _Decision(first.lines, first.endings, first.text_idx, own, final, comment, thread, repeated, keep,
                     inputs, context, spans)


_SHARED: dict[tuple[tuple[str, Any], ...], Cleaner] = {}
_SHARED_LOCK = _thread.allocate_lock()  # not threading.Lock(): threading adds 0.4 ms to a cold start


def shared_cleaner(**options: Any) -> Cleaner:
    """The one Cleaner for these options in this process, built on first use.

    Adapters and batch workers call this so a process loads the model once,
    not per task or batch (the lock keeps threaded workers from loading twice).
    """
    key = tuple(sorted(options.items()))
    with _SHARED_LOCK:
        cleaner = _SHARED.get(key)
        if cleaner is None:
            cleaner = _SHARED[key] = Cleaner(**options)
    return cleaner


def _check_str(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"cleanarticle expects text as str, got {type(text).__name__}; decode bytes first")
    return text


class Cleaner:
    """A loaded model and a decision threshold; reuse one for many texts.

    ``threshold`` is the junk probability above which a line goes (default:
    the model's own, chosen for content retention). ``model`` is a model
    folder or a LineModel (default: the shipped model). ``comments`` says what
    becomes of a reader-comment thread after the article: "drop" (default),
    "keep", or "only" (return just the comments).
    """

    def __init__(
        self,
        *,
        threshold: float | None = None,
        model: LineModel | str | Path | None = None,
        comments: CommentMode | str = CommentMode.DROP,
    ) -> None:
        self.model = model if isinstance(model, LineModel) else LineModel.load(model)
        if threshold is not None and not 0.0 < threshold < 1.0:
            raise ValueError(f"threshold must be between 0 and 1, got {threshold}")
        self.threshold = self.model.threshold if threshold is None else float(threshold)
        self.removed: Counter[Reason] = Counter()  # lines removed by clean/clean_many so far, by reason
        try:
            self.comments = CommentMode(comments)
        except ValueError:
            modes = ", ".join(repr(m.value) for m in CommentMode)
            raise ValueError(f"comments must be one of {modes}, got {comments!r}") from None

    def clean(self, text: str) -> str:
        """Return ``text`` without its junk lines; every other line byte-identical and in order."""
        return self._clean_batch([_check_str(text)])[0]

    def clean_many(
        self,
        texts: Iterable[str],
        batch_size: int = BATCH_SIZE_DEFAULT,
        *,
        corpus_aware: bool = False,
        line_counts: LineCounts | None = None,
    ) -> Iterator[str]:
        """Clean texts lazily, in order, scoring each batch's lines in one pass.

        ``corpus_aware`` first counts in how many texts each line occurs (so
        ``texts`` must be readable twice, e.g. a list) and removes lines that
        recur across the corpus more readily; or pass ``line_counts`` made
        beforehand (for example merged from several shards).
        """
        if corpus_aware and line_counts is None:
            if iter(texts) is texts:
                raise TypeError("corpus_aware reads texts twice: pass a list or other collection, "
                                "or count first with LineCounts().add_many(...) and pass line_counts")
            from .corpus import LineCounts  # corpus-aware cleaning only: plain cleaning never imports it

            line_counts = LineCounts().add_many(texts)
        batch: list[str] = []
        for text in texts:
            batch.append(_check_str(text))
            if len(batch) >= batch_size:
                yield from self._clean_batch(batch, line_counts)
                batch = []
        if batch:
            yield from self._clean_batch(batch, line_counts)

    def explain(self, text: str) -> list[LineVerdict]:
        """One verdict per line of ``text``: scores, decision, and the features that drove the score."""
        _check_str(text)
        d = self._decide(text)
        contributions = self.model.feature_contributions(d.inputs) if len(d.inputs) else np.zeros((0, 0))
        context = self.model.context_contributions(d.context) if len(d.context) else np.zeros((0, 0))
        row_of = {int(i): row for row, i in enumerate(d.text_idx)}
        verdicts = []
        for i, line in enumerate(d.lines):
            row = row_of.get(i)
            if row is None:
                reason = Reason.BLANK if d.keep[i] else Reason.DANGLING_BLANK
                verdicts.append(LineVerdict(i, line, math.nan, math.nan, d.keep[i], reason))
                continue
            top = _top(INPUT_NAMES, contributions[row])
            if d.thread[row]:
                reason = Reason.COMMENT
            elif d.repeated[row] and not d.keep[i]:
                reason = Reason.REPEATED
            elif d.keep[i] and i in d.spans:
                reason = Reason.TRIMMED
            else:
                reason = Reason.CONTENT if d.keep[i] else Reason.JUNK
            verdicts.append(
                LineVerdict(i, line, float(d.own[row]), float(d.final[row]), d.keep[i], reason, top,
                            float(d.comment[row]), d.spans.get(i) if d.keep[i] else None,
                            _top(CONTEXT_NAMES, context[row]))
            )
        return verdicts

    def _clean_batch(self, texts: list[str], line_counts: LineCounts | None = None) -> list[str]:
        decisions = self._decide_many(texts, line_counts)
        for d in decisions:
            self._count_removed(d)
        return [join_kept(d.lines, d.endings, d.keep, d.spans) for d in decisions]

    def _count_removed(self, d: _Decision) -> None:
        for row, i in enumerate(d.text_idx.tolist()):
            if not d.keep[i]:
                reason = Reason.COMMENT if d.thread[row] else Reason.REPEATED if d.repeated[row] else Reason.JUNK
                self.removed[reason] += 1

    def _trim_glued(self, decisions: list[_Decision], X: np.ndarray, bounds: np.ndarray, cuts: GlueCuts) -> None:
        """Cut glued spam off kept lines with spam signals, a change of script or a glue mark (see glued.py).

        A line's cut depends on its text alone, so ``cuts`` keeps each line's (None: no cut)
        for the later passes over the same batch.
        """
        # Spam signals, a change of script or a glue mark make a line worth a look. Only a line with
        # spam signals, or spam the line features do not count (words the stoplist gate skipped,
        # keyword stuffing, spam-named hosts), can have spam cut off without a glue mark.
        # As lists: indexing a numpy array per line costs more than the rest of the loop.
        signal_rows = glued.spam_signals(X)
        signals = signal_rows.tolist()
        suspicious = (signal_rows | (X[:, FEATURE_NAMES.index("log_script_switches")] > 0)).tolist()
        targets: list[tuple[_Decision, int]] = []
        looks: list[bool] = []
        spam: list[bool] = []
        quiet: list[tuple[_Decision, int]] = []
        for d, first in zip(decisions, bounds.tolist()):
            for row, i in enumerate(d.text_idx.tolist(), first):
                if not d.keep[i]:
                    continue
                line = d.lines[i]
                if line in cuts:
                    span = cuts[line]
                    if span is not None:
                        d.spans[i] = span
                    continue
                look = suspicious[row]
                if not (look or glued.marked(line)):
                    quiet.append((d, i))
                elif glued.uncuttable(line):
                    cuts[line] = None  # spared the spam checks: it would get no candidate cut
                else:
                    targets.append((d, i))
                    looks.append(look)
                    spam.append(signals[row])
        # Spam the features do not count, looked for in the other lines worth a look all at once.
        unsure = [t for t, sure in enumerate(spam) if not sure]
        for t, shaped in zip(unsure, glued.spam_shaped_many([targets[t][0].lines[targets[t][1]] for t in unsure])):
            spam[t] = shaped
        heads = [look or spammy for look, spammy in zip(looks, spam)]
        # Spam words at an end of a line the features saw none in: glued to a paragraph of prose.
        for (d, i), edge in zip(quiet, glued.spam_at_edges([d.lines[i] for d, i in quiet])):
            if edge:
                targets.append((d, i))
                heads.append(True)
                spam.append(True)
            else:
                cuts[d.lines[i]] = None
        if not targets:
            return
        m = glued.cut_matrix(self.model, [d.lines[i] for d, i in targets], heads, spam)
        scores = self.model.cut_scores(m.inputs)
        for (d, i), cut in zip(targets, glued.cuts_from_scores(m, scores, self.model.cut_threshold)):
            cuts[d.lines[i]] = None if cut is None else (cut.start, cut.end)
            if cut is not None:
                d.spans[i] = (cut.start, cut.end)

    def _keep(self, lines: list[str], text_idx: np.ndarray, final: np.ndarray, comment: np.ndarray,
              thread: np.ndarray, closing: np.ndarray) -> list[bool]:
        """``closing``: per text line, whether it is a thread's closing notice ("Comments are
        closed.", comments.STUB), which no mode keeps as a comment."""
        not_junk = final < self.threshold
        # A thread of one line is a header with no comments under it (comments.thread_rows): no
        # comments to keep or return.
        stub = int(thread.sum()) == 1
        if self.comments is CommentMode.DROP or (stub and self.comments is CommentMode.KEEP):
            keep_rows = not_junk & ~thread
        elif stub:
            keep_rows = np.zeros_like(thread)
        else:
            # Inside the thread a line the comment head claims stays, whatever the junk head thinks.
            in_comments = thread & ~closing & (not_junk | (comment >= COMMENT_PRIOR))
            keep_rows = in_comments if self.comments is CommentMode.ONLY else (not_junk & ~thread) | in_comments
        keep_text = [True] * len(lines)
        for i, k in zip(text_idx.tolist(), keep_rows.tolist()):
            keep_text[i] = k
        return keep_mask_with_blanks(lines, keep_text)

    def _decide(self, text: str) -> _Decision:
        return self._decide_many([text])[0]

    def _decide_many(self, texts: list[str], line_counts: LineCounts | None = None) -> list[_Decision]:
        """Decide, then decide again on what is left until nothing more goes.

        Removing lines changes their neighbours' context, and what is left of a cut
        line can offer another cut, so one pass alone would not be idempotent;
        texts with nothing removed or cut take a single pass.
        """
        cache = LineCache()
        cuts: GlueCuts = {}
        decisions = self._decide_once(texts, line_counts, cache, cuts)
        if self.comments is CommentMode.ONLY:
            return decisions  # a second pass would look for a thread inside the thread
        pending = [k for k, d in enumerate(decisions) if not all(d.keep) or d.spans]
        for _ in range(MAX_PASSES - 1):
            if not pending:
                break
            kept_rows = []
            for k in pending:
                d = decisions[k]
                kept_rows.append([i for i, keep in enumerate(d.keep) if keep])
            again = self._decide_once(
                [join_kept(decisions[k].lines, decisions[k].endings, decisions[k].keep, decisions[k].spans)
                 for k in pending],
                line_counts, cache, cuts)
            still = []
            for k, rows, d2 in zip(pending, kept_rows, again):
                if all(d2.keep) and not d2.spans:
                    continue
                decisions[k] = _merge(decisions[k], rows, d2)
                still.append(k)
            pending = still
        return decisions

    def _decide_once(self, texts: list[str], line_counts: LineCounts | None = None,
                     cache: LineCache | None = None, cuts: GlueCuts | None = None) -> list[_Decision]:
        """Featurize and score the lines of all texts in one vectorised pass, then decide per text."""
        split = [split_lines(text) for text in texts]
        features = featurize_many([lines for lines, _ in split], cache)
        inputs = self.model.inputs(features)
        logits = self.model.own_logits(inputs)
        own = 1.0 / (1.0 + np.exp(-np.clip(logits, -30, 30)))
        context = context_features(logits, features) if len(logits) else np.zeros((0, len(CONTEXT_NAMES)))
        final = self.model.context_scores(context)
        comment = self.model.comment_scores(inputs)
        text_lines = [lines[i] for (lines, _), idx in zip(split, features.text_idx) for i in idx.tolist()]
        chars = np.array([len(line) for line in text_lines], dtype=np.int64)
        repeated = np.zeros(len(final), dtype=bool)
        words = np.expm1(features.X[:, FEATURE_NAMES.index("log_words")].astype(np.float64))
        if line_counts is not None and len(final):
            from .corpus import boost_probability, repeat_boost

            boosted = boost_probability(final, repeat_boost(line_counts.frequency(text_lines), words))
            repeated = (boosted >= self.threshold) & (final < self.threshold)
            final = boosted
        marks = thread_marks(text_lines, comment, np.rint(words).astype(np.int64),
                             features.X[:, FEATURE_NAMES.index("digit_ratio")] > 0, features.doc)
        thread = thread_rows(comment, chars, features.doc, marks,
                             features.X[:, FEATURE_NAMES.index("ends_sentence")] > 0)
        bounds = np.searchsorted(features.doc, np.arange(len(texts) + 1))
        decisions = []
        for k, ((lines, endings), idx) in enumerate(zip(split, features.text_idx)):
            a, b = bounds[k], bounds[k + 1]
            keep = self._keep(lines, idx, final[a:b], comment[a:b], thread[a:b], marks[a:b] == STUB)
            decisions.append(_Decision(lines, endings, idx, own[a:b], final[a:b], comment[a:b], thread[a:b],
                                       repeated[a:b], keep, inputs[a:b], context[a:b], {}))
        self._trim_glued(decisions, features.X, bounds, {} if cuts is None else cuts)
        return decisions
