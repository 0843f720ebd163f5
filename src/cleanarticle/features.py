"""Turn the text lines of a document into a float32 feature matrix.

Pure and vectorised: one pass of numpy over the document's code points for the
character classes, whole-document regex scans for URLs, domains and lexicon
hits, and a short loop of C-level ``str`` calls per line for word counts.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat

import numpy as np

from . import lexicons
from .lines import is_blank

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


@dataclass(frozen=True)
class Grams:
    """Hashed character trigrams: ``rows[k]`` is the line of trigram bucket ``codes[k]``."""

    rows: np.ndarray
    codes: np.ndarray
    n_rows: int


@dataclass(frozen=True)
class Features:
    """Features of the text lines of a batch of documents, one row per text line."""

    text_idx: list[np.ndarray]  # per document: indices of its text lines
    X: np.ndarray  # dense features, columns FEATURE_NAMES
    doc: np.ndarray  # document number of each row
    grams: Grams

_WORD = re.compile(r"\w+")
_URL = re.compile(r"https?://|www\.")
_SENTENCE_FINAL = frozenset(".!?。！？…\"'”’»)]")
_BULLETS = frozenset("-–—•·*▪►▶◦●○■□✓✔➤→>")
# Lexicon substring scans are the costliest step; long prose lines rich in
# stopwords skip them (their lexicon hits say little). The gate is part of the
# feature definition, identical in training and use.
SPAM_SCAN_MAX_STOPWORD_RATIO = 0.2
PHRASE_SCAN_MAX_CHARS = 160
NGRAM_SIZE = 3
NGRAM_BITS = 18
NGRAM_BUCKETS = 1 << NGRAM_BITS
_MIX = tuple(np.uint64(m) for m in (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9))
_ENTROPY_BUCKETS = 256
_ENTROPY_BLOCK = 2048
_HASH_MOD = 2_147_483_647

# Bits of the per-code-point flag table.
_UPPER, _DIGIT, _SPACE, _PUNCT, _SEPARATOR, _CJK_FUNCTION, _SENT_END, _AT_HASH = (1 << i for i in range(8))
_SCRIPTS = (
    ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x24F)),  # Latin
    ((0x370, 0x3FF),),  # Greek
    ((0x400, 0x52F),),  # Cyrillic
    ((0x590, 0x5FF),),  # Hebrew
    ((0x600, 0x6FF), (0x750, 0x77F)),  # Arabic
    ((0x900, 0xDFF),),  # Indic
    ((0xE00, 0xE7F),),  # Thai
    ((0x3040, 0x30FF),),  # Kana
    ((0x3400, 0x4DBF), (0x4E00, 0x9FFF)),  # Han
    ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7A3)),  # Hangul
)
_LATIN, _KANA, _HAN = 1, 8, 9
_FLAG_RANGES = {
    _UPPER: ((0x41, 0x5A), (0xC0, 0xD6), (0xD8, 0xDE), (0x391, 0x3A9), (0x410, 0x42F)),
    _DIGIT: ((0x30, 0x39), (0xFF10, 0xFF19)),
    _SPACE: ((0x9, 0x9), (0x20, 0x20), (0xA0, 0xA0), (0x2000, 0x200B), (0x3000, 0x3000)),
    _PUNCT: ((0x21, 0x2F), (0x3A, 0x40), (0x5B, 0x60), (0x7B, 0x7E), (0xA1, 0xBF),
             (0x2010, 0x205E), (0x3001, 0x303F), (0xFF01, 0xFF0F), (0xFF1A, 0xFF20)),
}
_FLAG_CHARS = {
    _SEPARATOR: "|•·»«›‹/\\>©®™→←★☆▶►◄✓✔♥❤+=_~^",
    # Characters that carry grammar in Chinese and Japanese; prose has many, names and spam few.
    _CJK_FUNCTION: "的了是在和也有不这那我你他她们为与对中将上说就都而及其之于以被从到着过のはがをにでとたしてなもかよねられるいうすまこそ",
    _SENT_END: ".!?。！？",
    _AT_HASH: "@#",
}


@lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, np.ndarray]:
    """Script id and flag bits of every BMP code point (astral ones are looked up as U+FFFF)."""
    cp = np.arange(0x10000, dtype=np.uint32)
    script = np.zeros(0x10000, dtype=np.int8)
    for i, ranges in enumerate(_SCRIPTS, start=1):
        for lo, hi in ranges:
            script[lo : hi + 1] = i
    flags = np.zeros(0x10000, dtype=np.uint8)
    for bit, ranges in _FLAG_RANGES.items():
        for lo, hi in ranges:
            flags[(cp >= lo) & (cp <= hi)] |= bit
    for bit, chars in _FLAG_CHARS.items():
        flags[[ord(c) for c in chars]] |= bit
    return script, flags


@lru_cache(maxsize=1)
def _tld_regex() -> re.Pattern[str]:
    tlds = "|".join(sorted(lexicons.words("tlds"), key=len, reverse=True))
    return re.compile(rf"\.(?:{tlds})")


_STOP, _SPAM, _BOILER, _MONTH, _COMMENTING = 1, 2, 4, 8, 16


@lru_cache(maxsize=1)
def _word_codes() -> dict[str, int]:
    """Word -> bits saying which lexicons hold it as a whole word."""
    codes: dict[str, int] = {}
    for bit, name in ((_STOP, "stopwords"), (_SPAM, "spam"), (_BOILER, "boilerplate"), (_MONTH, "months"),
                      (_COMMENTING, "commenting")):
        for word in lexicons.words(name):
            if _WORD.fullmatch(word):
                codes[word] = codes.get(word, 0) | bit
    return codes


def _per_line_sum(values: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Sum of a per-code-point array over each line (the trailing zero lets an empty last line index it)."""
    sums = np.add.reduceat(np.append(values, 0), starts, dtype=np.int64).astype(np.float64)
    sums[lengths == 0] = 0.0
    return sums


def _line_of(positions: list[int], starts: np.ndarray) -> np.ndarray:
    return np.searchsorted(starts, np.asarray(positions, dtype=np.int64), side="right") - 1


def _hits(pattern: re.Pattern[str], text: str, starts: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Per line: number of matches and matched characters."""
    spans = [m.span() for m in pattern.finditer(text)]
    if not spans:
        return np.zeros(n), np.zeros(n)
    arr = np.asarray(spans, dtype=np.int64)
    line = _line_of(arr[:, 0].tolist(), starts)
    return (
        np.bincount(line, minlength=n)[:n].astype(np.float64),
        np.bincount(line, weights=arr[:, 1] - arr[:, 0], minlength=n)[:n],
    )


def _domain_hits(text: str, starts: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per line: TLD hits after a letter or digit, domain-like tokens, and domains glued to the next word."""
    tld, domain, glued = [], [], []
    size = len(text)
    for m in _tld_regex().finditer(text):
        a, b = m.span()
        if a == 0 or not text[a - 1].isalnum():
            continue
        tld.append(a)
        nxt = text[b] if b < size else " "
        (glued if nxt.isalnum() else domain).append(a)
    return tuple(  # type: ignore[return-value]
        np.bincount(_line_of(p, starts), minlength=n)[:n].astype(np.float64) if p else np.zeros(n)
        for p in (tld, domain, glued)
    )


def _codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _char_entropy(cp: np.ndarray, line_of_cp: np.ndarray, n: int) -> np.ndarray:
    """Shannon entropy (bits) of each line's characters, case-folded into 256 buckets."""
    ascii_upper = (cp >= 0x41) & (cp <= 0x5A)
    folded = np.where(ascii_upper, cp + 32, cp)
    bucket = np.where(
        folded < 128, folded, 128 + ((folded * np.uint32(2654435761)) >> np.uint32(25)) % 128
    ).astype(np.int64)
    out = np.zeros(n)
    for lo in range(0, n, _ENTROPY_BLOCK):
        hi = min(n, lo + _ENTROPY_BLOCK)
        a, b = np.searchsorted(line_of_cp, [lo, hi])
        if a == b:
            continue
        inside = cp[a:b] != 10  # the newline joining lines is not part of either
        keys = ((line_of_cp[a:b] - lo) * _ENTROPY_BUCKETS + bucket[a:b])[inside]
        counts = np.bincount(keys, minlength=(hi - lo) * _ENTROPY_BUCKETS).astype(np.float64)
        clogc = np.zeros_like(counts)
        np.multiply(counts, np.log2(counts, where=counts > 0, out=clogc), out=clogc, where=counts > 0)
        totals = counts.reshape(hi - lo, -1).sum(axis=1)
        safe = np.maximum(totals, 1)
        out[lo:hi] = np.where(totals > 0, np.log2(safe) - clogc.reshape(hi - lo, -1).sum(axis=1) / safe, 0.0)
    return out


def _word_stats(lower_lines: Sequence[str]) -> dict[str, np.ndarray]:
    """Per line: words, stopwords, spam and boilerplate words, unique words, token entropy."""
    n = len(lower_lines)
    word_lists = list(map(_WORD.findall, lower_lines))
    counts = np.fromiter(map(len, word_lists), dtype=np.int64, count=n)
    words = list(chain.from_iterable(word_lists))
    total = len(words)
    line = np.repeat(np.arange(n), counts)
    codes = np.fromiter(map(_word_codes().get, words, repeat(0)), dtype=np.int64, count=total)

    def tally(bit: int) -> np.ndarray:
        return np.bincount(line, weights=(codes & bit) > 0, minlength=n)[:n]

    out = {"words": counts.astype(np.float64), "stop": tally(_STOP), "spam": tally(_SPAM), "boiler": tally(_BOILER),
           "month": tally(_MONTH), "commenting": tally(_COMMENTING)}
    hashes = np.fromiter(map(hash, words), dtype=np.int64, count=total) % _HASH_MOD
    keys, reps = np.unique(line * _HASH_MOD + hashes, return_counts=True)
    key_line = keys // _HASH_MOD
    out["unique"] = np.bincount(key_line, minlength=n)[:n].astype(np.float64)
    clogc = np.bincount(key_line, weights=reps * np.log2(reps), minlength=n)[:n]
    safe = np.maximum(out["words"], 1)
    out["entropy"] = np.where(out["words"] > 0, np.log2(safe) - clogc / safe, 0.0)
    return out


def _token_shape(cp: np.ndarray, flags: np.ndarray, line_of_cp: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Per line: longest whitespace-separated token, and tokens starting with a capital."""
    brk = ((flags & _SPACE) > 0) | (cp == 10)
    cuts = np.concatenate(([-1], np.flatnonzero(brk), [len(cp)]))
    lengths = np.diff(cuts) - 1
    starts = cuts[:-1] + 1
    keep = (lengths > 0) & (starts < len(cp))
    lengths, starts = lengths[keep], starts[keep]
    tok_line = line_of_cp[starts]
    longest = np.zeros(n)
    if len(lengths):
        np.maximum.at(longest, tok_line, lengths)
    capital = np.bincount(tok_line, weights=(flags[starts] & _UPPER) > 0, minlength=n)[:n]
    return longest, capital


def char_ngrams(lower: str, lengths: np.ndarray) -> Grams:
    """Hashed character trigrams of each line of ``lower`` (lines joined by newlines)."""
    cp = _codepoints(lower).astype(np.uint64)
    n = len(lengths)
    if len(cp) < NGRAM_SIZE:
        return Grams(np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32), n)
    line = np.repeat(np.arange(n, dtype=np.int32), lengths + 1)[: len(cp)]
    newline = cp == 10
    ok = ~(newline[:-2] | newline[1:-1] | newline[2:])
    h = cp[:-2] * _MIX[0] + cp[1:-1] * _MIX[1] + cp[2:] * _MIX[2]
    codes = ((h >> np.uint64(64 - NGRAM_BITS)) & np.uint64(NGRAM_BUCKETS - 1)).astype(np.int32)
    return Grams(line[:-2][ok], codes[ok], n)


def own_features(lines: Sequence[str]) -> tuple[np.ndarray, Grams]:
    """The context-free features and hashed trigrams of each line (non-blank lines, any documents)."""
    n = len(lines)
    if n == 0:
        return np.zeros((0, len(OWN_FEATURES)), dtype=np.float32), char_ngrams("", np.zeros(0, dtype=np.int64))
    joined = "\n".join(lines)
    lengths = np.fromiter(map(len, lines), dtype=np.int64, count=n)
    starts = np.concatenate(([0], np.cumsum(lengths + 1)[:-1]))

    cp = _codepoints(joined)
    script_table, flag_table = _tables()
    bmp = np.minimum(cp, 0xFFFF)
    script = script_table[bmp]
    flags = flag_table[bmp]
    line_of_cp = np.repeat(np.arange(n), lengths + 1)[: len(cp)]
    chars = lengths.astype(np.float64)
    safe_chars = np.maximum(chars, 1)
    letters = _per_line_sum(script > 0, starts, lengths)
    safe_letters = np.maximum(letters, 1)

    def count(bit: int) -> np.ndarray:
        return _per_line_sum((flags & bit) > 0, starts, lengths)

    letter_idx = np.flatnonzero(script > 0)
    switch = (np.diff(script[letter_idx]) != 0) & (np.diff(line_of_cp[letter_idx]) == 0)
    switches = np.bincount(line_of_cp[letter_idx[1:]][switch], minlength=n)[:n]
    following = np.concatenate((cp[1:], [10]))
    following_flags = flag_table[np.minimum(following, 0xFFFF)]
    sentence_end = ((flags & _SENT_END) > 0) & (((following_flags & _SPACE) > 0) | (following == 10))
    at_hash = ((flags & _AT_HASH) > 0) & (script_table[np.minimum(following, 0xFFFF)] > 0)
    longest, capitalised = _token_shape(cp, flags, line_of_cp, n)
    digit = (flags & _DIGIT) > 0
    digit_before = np.concatenate(([False], digit[:-1]))
    digit_after = np.concatenate((digit[1:], [False]))
    digit_after2 = np.concatenate((digit[2:], [False, False]))
    clock = (cp == 0x3A) & digit_before & digit_after & digit_after2
    date_sep = ((cp == 0x2E) | (cp == 0x2F) | (cp == 0x2D)) & digit_before & digit_after

    lower = joined.casefold()
    lower_lines = lower.split("\n")
    if len(lower_lines) != n:  # a character case-folded into a newline
        lower_lines = [line.casefold().replace("\n", " ") for line in lines]
        lower = "\n".join(lower_lines)
    lower_lengths = np.fromiter(map(len, lower_lines), dtype=np.int64, count=n)
    lower_starts = np.concatenate(([0], np.cumsum(lower_lengths + 1)[:-1]))
    urls, _ = _hits(_URL, lower, lower_starts, n)
    tlds, domains, glued = _domain_hits(lower, lower_starts, n)

    ws = _word_stats(lower_lines)
    words = ws["words"]
    safe_words = np.maximum(words, 1)
    stop_ratio = ws["stop"] / safe_words
    spam_hits, spam_chars = _gated_hits(
        lexicons.substring_regex("spam"), lower_lines, stop_ratio < SPAM_SCAN_MAX_STOPWORD_RATIO)
    phrase_hits, _ = _gated_hits(
        lexicons.word_regex("boilerplate"), lower_lines, lengths <= PHRASE_SCAN_MAX_CHARS)

    stripped = [line.strip() for line in lines]
    last = [s[-1:] for s in stripped]
    first = [s[:1] for s in stripped]
    han_kana = _per_line_sum((script == _HAN) | (script == _KANA), starts, lengths)

    X = np.zeros((n, len(OWN_FEATURES)))
    col = _OWN
    X[:, col["log_chars"]] = np.log1p(chars)
    X[:, col["log_words"]] = np.log1p(words)
    X[:, col["mean_word_len"]] = np.minimum(letters / safe_words, 30)
    X[:, col["log_longest_token"]] = np.log1p(longest)
    X[:, col["stopword_ratio"]] = stop_ratio
    X[:, col["cjk_function_ratio"]] = count(_CJK_FUNCTION) / np.maximum(han_kana, 1)
    X[:, col["unique_word_ratio"]] = ws["unique"] / safe_words
    X[:, col["token_entropy"]] = ws["entropy"]
    X[:, col["char_entropy"]] = _char_entropy(cp, line_of_cp, n)
    X[:, col["ends_sentence"]] = [c in _SENTENCE_FINAL for c in last]
    X[:, col["ends_colon"]] = [c in ":：" for c in last]
    X[:, col["starts_upper"]] = [c.isupper() for c in first]
    X[:, col["starts_bullet"]] = [c in _BULLETS or c.isdigit() for c in first]
    X[:, col["digit_ratio"]] = count(_DIGIT) / safe_chars
    X[:, col["upper_ratio"]] = count(_UPPER) / safe_letters
    X[:, col["punct_ratio"]] = count(_PUNCT) / safe_chars
    X[:, col["separator_ratio"]] = count(_SEPARATOR) / safe_chars
    X[:, col["space_ratio"]] = count(_SPACE) / safe_chars
    X[:, col["letter_ratio"]] = letters / safe_chars
    X[:, col["non_latin_ratio"]] = (letters - _per_line_sum(script == _LATIN, starts, lengths)) / safe_letters
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
    X[:, col["log_sentences"]] = np.log1p(_per_line_sum(sentence_end, starts, lengths))
    X[:, col["at_hash_per_word"]] = _per_line_sum(at_hash, starts, lengths) / safe_words
    X[:, col["month_word_ratio"]] = ws["month"] / safe_words
    X[:, col["commenting_word_ratio"]] = ws["commenting"] / safe_words
    X[:, col["log_clock_times"]] = np.log1p(_per_line_sum(clock, starts, lengths))
    X[:, col["log_date_numbers"]] = np.log1p(_per_line_sum(date_sep, starts, lengths))
    return X.astype(np.float32), char_ngrams(lower, lower_lengths)


def _gated_hits(pattern: re.Pattern[str], lower_lines: Sequence[str], gate: np.ndarray
                ) -> tuple[np.ndarray, np.ndarray]:
    """Regex hits and matched characters per line, scanning only the lines where ``gate`` holds."""
    n = len(lower_lines)
    picked = np.flatnonzero(gate)
    if len(picked) == 0:
        return np.zeros(n), np.zeros(n)
    # NFKC only here: it folds look-alike spellings (fullwidth, ligatures) that lexicon scans must see.
    sub = [lexicons.normalise(lower_lines[i]).replace("\n", " ") for i in picked.tolist()]
    sub_lengths = np.fromiter(map(len, sub), dtype=np.int64, count=len(sub))
    sub_starts = np.concatenate(([0], np.cumsum(sub_lengths + 1)[:-1]))
    hits, chars = _hits(pattern, "\n".join(sub), sub_starts, len(sub))
    out_hits, out_chars = np.zeros(n), np.zeros(n)
    out_hits[picked] = hits
    out_chars[picked] = chars
    return out_hits, out_chars


def doc_bounds(doc: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each row: the first row of its document and one past its last (``doc`` is sorted)."""
    n = len(doc)
    change = np.flatnonzero(np.diff(doc)) + 1
    first = np.concatenate(([0], change))
    last = np.concatenate((change, [n]))
    which = np.searchsorted(first, np.arange(n), side="right") - 1
    return first[which], last[which]


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


def featurize_many(docs: Sequence[Sequence[str]]) -> Features:
    """Features of the text (non-blank) lines of many documents in one vectorised pass."""
    text_idx: list[np.ndarray] = []
    picked: list[str] = []
    before: list[bool] = []
    after: list[bool] = []
    for lines in docs:
        blank = [is_blank(line) for line in lines]
        idx = [i for i, b in enumerate(blank) if not b]
        text_idx.append(np.asarray(idx, dtype=np.int64))
        picked.extend(lines[i] for i in idx)
        before.extend(i > 0 and blank[i - 1] for i in idx)
        after.extend(i + 1 < len(lines) and blank[i + 1] for i in idx)
    doc = np.repeat(np.arange(len(docs)), [len(i) for i in text_idx])
    own, grams = own_features(picked)
    if not picked:
        return Features(text_idx, np.zeros((0, len(FEATURE_NAMES)), dtype=np.float32), doc, grams)
    X = add_context(own, doc, np.asarray(before, dtype=np.float64), np.asarray(after, dtype=np.float64))
    return Features(text_idx, X, doc, grams)


def ngram_context(ngram_logits: np.ndarray, doc: np.ndarray) -> np.ndarray:
    """The trigram model's logit of each line and of its neighbours, as extra network inputs."""
    lo, hi = doc_bounds(doc)
    cols = [ngram_logits] + [shift_within(ngram_logits, off, lo, hi) for off in CONTEXT_OFFSETS]
    return np.column_stack(cols).astype(np.float32)
