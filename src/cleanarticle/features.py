"""Turn the text lines of a document into a float32 feature matrix.

Pure and vectorised: passes of numpy over the document's code points for the
character classes and words, and whole-document regex scans for URLs, domains
and lexicon phrases.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from typing import NamedTuple

import numpy as np

from . import lexicons
from .lines import is_blank
from .textstats import (
    AT_HASH,
    CJK_FUNCTION,
    DIGIT,
    HAN,
    KANA,
    LATIN,
    PUNCT,
    SENT_END,
    SENTENCE_ENDS,
    SEPARATOR,
    SPACE,
    UNSPACED_SCRIPTS,
    UPPER,
    URL,
    Grams,
    char_entropy,
    char_ngrams,
    char_tables,
    codepoints,
    domain_hits,
    gated_hits,
    per_line_sum,
    regex_hits,
    token_shape,
)
from .words import words_of_lines

OWN_FEATURES = (
    "log_chars",
    "log_words",
    "mean_word_len",
    "log_longest_token",
    "stopword_ratio",
    "cjk_function_ratio",
    "unique_word_ratio",
    "token_entropy",
    "char_entropy",
    "ends_sentence",
    "ends_colon",
    "starts_upper",
    "starts_bullet",
    "digit_ratio",
    "upper_ratio",
    "punct_ratio",
    "separator_ratio",
    "space_ratio",
    "letter_ratio",
    "non_latin_ratio",
    "log_script_switches",
    "url_per_word",
    "domain_per_word",
    "tld_per_100_chars",
    "log_glued_domains",
    "spam_word_ratio",
    "spam_char_share",
    "log_spam_hits",
    "boilerplate_word_ratio",
    "log_boilerplate_phrases",
    "capitalised_ratio",
    "log_sentences",
    "at_hash_per_word",
    "month_word_ratio",
    "commenting_word_ratio",
    "log_clock_times",
    "log_date_numbers",
)
POSITION_FEATURES = (
    "rel_position",
    "is_first",
    "is_last",
    "log_lines_before",
    "log_lines_after",
    "log_doc_lines",
    "log_len_vs_doc_median",
    "blank_before",
    "blank_after",
)
# The own features of neighbouring text lines that a line's decision may use.
CONTEXT_SOURCE = (
    "log_chars",
    "stopword_ratio",
    "cjk_function_ratio",
    "ends_sentence",
    "tld_per_100_chars",
    "spam_char_share",
    "spam_word_ratio",
    "boilerplate_word_ratio",
    "log_boilerplate_phrases",
    "capitalised_ratio",
    "letter_ratio",
    "commenting_word_ratio",
    "log_clock_times",
)
CONTEXT_OFFSETS = (-2, -1, 1, 2)
WINDOW_RADIUS = 5
NGRAM_FEATURE_NAMES = ("ngram_logit",) + tuple(f"ngram_logit@{off:+d}" for off in CONTEXT_OFFSETS)
FEATURE_NAMES = (
    OWN_FEATURES
    + POSITION_FEATURES
    + tuple(f"{name}@{off:+d}" for off in CONTEXT_OFFSETS for name in CONTEXT_SOURCE)
    + tuple(f"has_line@{off:+d}" for off in CONTEXT_OFFSETS)
    + tuple(f"{name}@mean{WINDOW_RADIUS}" for name in CONTEXT_SOURCE)
)
_OWN = {name: i for i, name in enumerate(OWN_FEATURES)}


class Features(NamedTuple):  # not a dataclass: cheaper to define on a cold start
    """Features of the text lines of a batch of documents, one row per text line."""

    text_idx: list[np.ndarray]  # per document: indices of its text lines
    X: np.ndarray  # dense features, columns FEATURE_NAMES
    doc: np.ndarray  # document number of each row
    grams: Grams
    vocab: Grams  # the words of each row (words.words_of_lines)

# What a line that ends a sentence ends with: a sentence end, an ellipsis, a closing quote or bracket.
SENTENCE_FINAL = frozenset(SENTENCE_ENDS + "…\"'”’»)]")
_BULLETS = frozenset("-–—•·*▪►▶◦●○■□✓✔➤→>")
# Lexicon substring scans are the costliest step; long prose lines rich in
# stopwords skip them (their lexicon hits say little). The gate is part of the
# feature definition, identical in training and use.
SPAM_SCAN_MAX_STOPWORD_RATIO = 0.2
PHRASE_SCAN_MAX_CHARS = 160


def own_features(lines: Sequence[str]) -> tuple[np.ndarray, Grams, Grams]:
    """The context-free features, hashed trigrams and words (words.words_of_lines) of each line
    (non-blank lines, any documents)."""
    n = len(lines)
    if n == 0:
        empty = Grams(np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32), 0)
        return np.zeros((0, len(OWN_FEATURES)), dtype=np.float32), empty, empty
    joined = "\n".join(lines)
    lengths = np.fromiter(map(len, lines), dtype=np.int64, count=n)
    starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))

    cp = codepoints(joined)
    script_table, flag_table = char_tables()
    bmp = np.minimum(cp, 0xFFFF).astype(np.intp)
    script = script_table[bmp]
    flags = flag_table[bmp]
    line_of_cp = np.repeat(np.arange(n, dtype=np.int32), lengths + 1)[: len(cp)]
    chars = lengths.astype(np.float64)
    safe_chars = np.maximum(chars, 1)
    letters = per_line_sum(script > 0, starts, lengths)
    safe_letters = np.maximum(letters, 1)

    def count(bit: int) -> np.ndarray:
        return per_line_sum((flags & bit) > 0, starts, lengths)

    # Consecutive letters differ in script only across the start of a run of one script value.
    run_start = np.flatnonzero(np.diff(script, prepend=np.int8(-1)) != 0)
    letter_run = run_start[script[run_start] > 0]
    run_script, run_line = script[letter_run], line_of_cp[letter_run]
    switch = (run_script[1:] != run_script[:-1]) & (run_line[1:] == run_line[:-1])
    switches = np.bincount(run_line[1:][switch], minlength=n)[:n]
    following = np.concatenate((cp[1:], [10]))
    following_flags = np.concatenate((flags[1:], flag_table[[10]]))
    sentence_end = ((flags & SENT_END) > 0) & (((following_flags & SPACE) > 0) | (following == 10))
    at_hash = ((flags & AT_HASH) > 0) & (np.concatenate((script[1:], script_table[[10]])) > 0)
    longest, capitalised = token_shape(cp, flags, line_of_cp, n)
    digit = (flags & DIGIT) > 0
    digit_before = np.concatenate(([False], digit[:-1]))
    digit_after = np.concatenate((digit[1:], [False]))
    digit_after2 = np.concatenate((digit[2:], [False, False]))
    clock = (cp == 0x3A) & digit_before & digit_after & digit_after2
    date_sep = ((cp == 0x2E) | (cp == 0x2F) | (cp == 0x2D)) & digit_before & digit_after

    # Line by line: most lines are narrower strings than all of them joined, and fold faster.
    lower_lines = [line.casefold() for line in lines]
    lower = "\n".join(lower_lines)
    if lower.count("\n") != n - 1:  # a character case-folded into a newline
        lower_lines = [line.replace("\n", " ") for line in lower_lines]
        lower = "\n".join(lower_lines)
    lower_cp = codepoints(lower)
    if len(lower_cp) == len(cp):
        # Case folding never shortens a character, so no character grew: each keeps its place, script and digits.
        lower_starts, line_of_lower, lower_script, lower_flags = starts, line_of_cp, script, flags
    else:
        lower_lengths = np.fromiter(map(len, lower_lines), dtype=np.int64, count=n)
        lower_starts = np.concatenate(([0], np.cumsum(lower_lengths + 1)[:-1]))
        line_of_lower = np.repeat(np.arange(n, dtype=np.int32), lower_lengths + 1)[: len(lower_cp)]
        lower_bmp = np.minimum(lower_cp, 0xFFFF)
        lower_script, lower_flags = script_table[lower_bmp], flag_table[lower_bmp]
    urls, _ = regex_hits(URL, lower, lower_starts, n)
    tlds, domains, glued = domain_hits(lower, lower_starts, n)

    ws, vocab = words_of_lines(lower_cp, line_of_lower, n, (lower_flags & DIGIT) > 0,
                               np.isin(lower_script, UNSPACED_SCRIPTS))
    words = ws["words"]
    safe_words = np.maximum(words, 1)
    stop_ratio = ws["stop"] / safe_words
    spam_hits, spam_chars = gated_hits(
        lexicons.substring_pattern("spam"), lower_lines, stop_ratio < SPAM_SCAN_MAX_STOPWORD_RATIO)
    phrase_hits, _ = gated_hits(
        lexicons.word_pattern("boilerplate"), lower_lines, lengths <= PHRASE_SCAN_MAX_CHARS)

    stripped = [line.strip() for line in lines]
    last = [s[-1:] for s in stripped]
    first = [s[:1] for s in stripped]
    han_kana = per_line_sum((script == HAN) | (script == KANA), starts, lengths)

    X = np.zeros((n, len(OWN_FEATURES)))
    col = _OWN
    X[:, col["log_chars"]] = np.log1p(chars)
    X[:, col["log_words"]] = np.log1p(words)
    X[:, col["mean_word_len"]] = np.minimum(letters / safe_words, 30)
    X[:, col["log_longest_token"]] = np.log1p(longest)
    X[:, col["stopword_ratio"]] = stop_ratio
    X[:, col["cjk_function_ratio"]] = count(CJK_FUNCTION) / np.maximum(han_kana, 1)
    X[:, col["unique_word_ratio"]] = ws["unique"] / safe_words
    X[:, col["token_entropy"]] = ws["entropy"]
    X[:, col["char_entropy"]] = char_entropy(cp, bmp, lengths)
    X[:, col["ends_sentence"]] = [c in SENTENCE_FINAL for c in last]
    X[:, col["ends_colon"]] = [c in ":：" for c in last]
    X[:, col["starts_upper"]] = [c.isupper() for c in first]
    X[:, col["starts_bullet"]] = [c in _BULLETS or c.isdigit() for c in first]
    X[:, col["digit_ratio"]] = count(DIGIT) / safe_chars
    X[:, col["upper_ratio"]] = count(UPPER) / safe_letters
    X[:, col["punct_ratio"]] = count(PUNCT) / safe_chars
    X[:, col["separator_ratio"]] = count(SEPARATOR) / safe_chars
    X[:, col["space_ratio"]] = count(SPACE) / safe_chars
    X[:, col["letter_ratio"]] = letters / safe_chars
    X[:, col["non_latin_ratio"]] = (letters - per_line_sum(script == LATIN, starts, lengths)) / safe_letters
    X[:, col["log_script_switches"]] = np.log1p(switches)
    X[:, col["url_per_word"]] = urls / safe_words
    X[:, col["domain_per_word"]] = domains / safe_words
    X[:, col["tld_per_100_chars"]] = np.minimum(100 * tlds / safe_chars, 20)
    X[:, col["log_glued_domains"]] = np.log1p(glued)
    X[:, col["spam_word_ratio"]] = ws["spam"] / safe_words
    X[:, col["spam_char_share"]] = np.minimum(spam_chars / safe_chars, 1)
    X[:, col["log_spam_hits"]] = np.log1p(spam_hits)
    X[:, col["boilerplate_word_ratio"]] = ws["boiler"] / safe_words
    X[:, col["log_boilerplate_phrases"]] = np.log1p(phrase_hits)
    X[:, col["capitalised_ratio"]] = capitalised / safe_words
    X[:, col["log_sentences"]] = np.log1p(per_line_sum(sentence_end, starts, lengths))
    X[:, col["at_hash_per_word"]] = per_line_sum(at_hash, starts, lengths) / safe_words
    X[:, col["month_word_ratio"]] = ws["month"] / safe_words
    X[:, col["commenting_word_ratio"]] = ws["commenting"] / safe_words
    X[:, col["log_clock_times"]] = np.log1p(per_line_sum(clock, starts, lengths))
    X[:, col["log_date_numbers"]] = np.log1p(per_line_sum(date_sep, starts, lengths))
    return X.astype(np.float32), char_ngrams(lower_cp, line_of_lower, n), vocab


def doc_bounds(doc: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each row: the first row of its document and one past its last (``doc`` is sorted)."""
    n = len(doc)
    change = np.flatnonzero(np.diff(doc)) + 1
    first = np.concatenate(([0], change))
    last = np.concatenate((change, [n]))
    which = np.searchsorted(first, np.arange(n), side="right") - 1
    return first[which], last[which]


def distinct_sorted(values: np.ndarray) -> np.ndarray:
    """np.unique of an already sorted array (np.unique imports numpy.ma on first use: slow cold start)."""
    keep = np.ones(len(values), dtype=bool)
    keep[1:] = values[1:] != values[:-1]
    return values[keep]


def shift_within(values: np.ndarray, offset: int, lo: np.ndarray, hi: np.ndarray, fill: float = 0.0) -> np.ndarray:
    """``values`` moved by ``offset`` rows, ``fill`` where that crosses a document edge."""
    n = len(values)
    src = np.arange(n) + offset
    ok = (src >= lo) & (src < hi)
    out = np.full(values.shape, fill, dtype=np.float64)
    out[ok] = values[src[ok]]
    return out


def add_context(own: np.ndarray, doc: np.ndarray, blank_before: np.ndarray, blank_after: np.ndarray) -> np.ndarray:
    """Append position, neighbour and window features to own features; ``doc`` numbers each row's document."""
    n = own.shape[0]
    lo, hi = doc_bounds(doc)
    pos = np.arange(n) - lo
    size = hi - lo
    log_chars = own[:, _OWN["log_chars"]].astype(np.float64)
    # Per-document median line length, from rows sorted by (document, length).
    order = np.lexsort((log_chars, doc))
    ranked = log_chars[order]
    median = (ranked[lo + (size - 1) // 2] + ranked[lo + size // 2]) / 2
    position = np.column_stack(
        [
            pos / np.maximum(size - 1, 1),
            pos == 0,
            pos == size - 1,
            np.log1p(pos),
            np.log1p(size - 1 - pos),
            np.log1p(size),
            log_chars - median,
            blank_before,
            blank_after,
        ]
    )
    source = own[:, [_OWN[name] for name in CONTEXT_SOURCE]].astype(np.float64)
    neighbours = [shift_within(source, off, lo, hi) for off in CONTEXT_OFFSETS]
    present = [shift_within(np.ones(n), off, lo, hi) for off in CONTEXT_OFFSETS]
    cum = np.vstack([np.zeros((1, source.shape[1])), np.cumsum(source, axis=0)])
    w_lo = np.maximum(np.arange(n) - WINDOW_RADIUS, lo)
    w_hi = np.minimum(np.arange(n) + WINDOW_RADIUS + 1, hi)
    window = (cum[w_hi] - cum[w_lo]) / np.maximum(w_hi - w_lo, 1)[:, None]
    return np.hstack([own, position, *neighbours, np.column_stack(present), window]).astype(np.float32)


class _Ragged:
    """Per-line code arrays (trigram buckets or vocabulary) of all lines, line after line."""

    def __init__(self, dtype: type) -> None:
        self.codes: np.ndarray = np.zeros(0, dtype=dtype)
        self.start = np.zeros(0, dtype=np.int64)
        self.count = np.zeros(0, dtype=np.int64)

    def extend(self, grams: Grams) -> None:
        count = np.bincount(grams.rows, minlength=grams.n_rows)[: grams.n_rows]
        self.start = np.concatenate((self.start, len(self.codes) + np.cumsum(count) - count))
        self.count = np.concatenate((self.count, count))
        self.codes = np.concatenate((self.codes, grams.codes))

    def gather(self, ids: np.ndarray) -> Grams:
        count = self.count[ids]
        firsts = np.cumsum(count) - count
        at = np.repeat(self.start[ids] - firsts, count) + np.arange(int(count.sum()))
        return Grams(np.repeat(np.arange(len(ids), dtype=np.int32), count), self.codes[at], len(ids))


class LineCache:
    """Own features, trigrams and vocabulary of every distinct line featurized so far.

    A line's own features do not depend on the other lines, so a repeated line
    (boilerplate across a batch, or every line again on a later pass) is free.
    Rows live in flat arrays, so a batch's rows are gathered in numpy.
    """

    def __init__(self) -> None:
        self.row_of: dict[str, int] = {}
        self.own = np.zeros((0, len(OWN_FEATURES)), dtype=np.float32)
        self.grams = _Ragged(np.int32)
        self.vocab = _Ragged(np.int64)

    def add(self, lines: Sequence[str]) -> None:
        """Featurize the lines not seen before."""
        missing = list(dict.fromkeys(line for line in lines if line not in self.row_of))
        if not missing:
            return
        own, grams, vocab = own_features(missing)
        self.row_of.update(zip(missing, range(len(self.row_of), len(self.row_of) + len(missing))))
        self.own = np.concatenate((self.own, own))
        self.grams.extend(grams)
        self.vocab.extend(vocab)

    def lookup(self, lines: Sequence[str]) -> tuple[np.ndarray, Grams, Grams]:
        """Own features, trigrams and vocabulary of ``lines`` (all added before), as own_features gives them."""
        ids = np.fromiter(map(self.row_of.__getitem__, lines), dtype=np.intp, count=len(lines))
        return self.own[ids], self.grams.gather(ids), self.vocab.gather(ids)


def featurize_many(docs: Sequence[Sequence[str]], cache: LineCache | None = None) -> Features:
    """Features of the text (non-blank) lines of many documents in one vectorised pass.

    ``cache`` keeps each line's own features between calls (see LineCache).
    """
    # All documents' lines in one list, so blank lines and neighbours are found in numpy.
    flat = list(chain.from_iterable(docs))
    sizes = np.fromiter(map(len, docs), dtype=np.int64, count=len(docs))
    blank = np.fromiter(map(is_blank, flat), dtype=bool, count=len(flat))
    text = np.flatnonzero(~blank)
    doc = np.repeat(np.arange(len(docs)), sizes)[text]
    idx = text - (np.cumsum(sizes) - sizes)[doc]
    ends = np.cumsum(np.bincount(doc, minlength=len(docs))).tolist()
    text_idx = [idx[a:b] for a, b in zip([0, *ends[:-1]], ends)]
    picked = [flat[i] for i in text.tolist()]
    cache = LineCache() if cache is None else cache
    cache.add(picked)
    own, grams, vocab = cache.lookup(picked)
    if not picked:
        return Features(text_idx, np.zeros((0, len(FEATURE_NAMES)), dtype=np.float32), doc, grams, vocab)
    before = (idx > 0) & blank[text - 1]
    after = (idx + 1 < sizes[doc]) & blank[np.minimum(text + 1, len(flat) - 1)]
    X = add_context(own, doc, before.astype(np.float64), after.astype(np.float64))
    return Features(text_idx, X, doc, grams, vocab)


def ngram_context(ngram_logits: np.ndarray, doc: np.ndarray) -> np.ndarray:
    """The trigram model's logit of each line and of its neighbours, as extra network inputs."""
    lo, hi = doc_bounds(doc)
    cols = [ngram_logits] + [shift_within(ngram_logits, off, lo, hi) for off in CONTEXT_OFFSETS]
    return np.column_stack(cols).astype(np.float32)
