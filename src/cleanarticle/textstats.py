"""Vectorised per-line statistics of a block of lines joined by newlines.

The low-level half of featurization: code-point class tables, per-line sums,
regex hit counts mapped to lines, entropy and hashed character trigrams (words
are in words.py). Everything works on all lines of a batch at once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import NamedTuple

import numpy as np

from . import lexicons

URL = r"https?://|www\."

NGRAM_SIZE = 3
NGRAM_BITS = 18
NGRAM_BUCKETS = 1 << NGRAM_BITS
MIX = tuple(np.uint64(m) for m in (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9))
ENTROPY_BUCKETS = 256
ENTROPY_BLOCK = 2048

# Full stops and question marks of Latin, CJK, Devanagari and Bengali (danda), Arabic, Urdu,
# Armenian, Ethiopic and Myanmar text.
SENTENCE_ENDS = ".!?。！？।॥؟۔։።။"
# Bits of the per-code-point flag table.
UPPER, DIGIT, SPACE, PUNCT, SEPARATOR, CJK_FUNCTION, SENT_END, AT_HASH = (1 << i for i in range(8))
SCRIPTS = (
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
LATIN, THAI, KANA, HAN = 1, 7, 8, 9
UNSPACED_SCRIPTS = (THAI, KANA, HAN)  # written without spaces between words
FLAG_RANGES = {
    UPPER: ((0x41, 0x5A), (0xC0, 0xD6), (0xD8, 0xDE), (0x391, 0x3A9), (0x410, 0x42F)),
    DIGIT: ((0x30, 0x39), (0xFF10, 0xFF19)),
    SPACE: ((0x9, 0x9), (0x20, 0x20), (0xA0, 0xA0), (0x2000, 0x200B), (0x3000, 0x3000)),
    PUNCT: ((0x21, 0x2F), (0x3A, 0x40), (0x5B, 0x60), (0x7B, 0x7E), (0xA1, 0xBF),
             (0x2010, 0x205E), (0x3001, 0x303F), (0xFF01, 0xFF0F), (0xFF1A, 0xFF20)),
}
FLAG_CHARS = {
    SEPARATOR: "|•·»«›‹/\\>©®™→←★☆▶►◄✓✔♥❤+=_~^",
    # Characters that carry grammar in Chinese and Japanese; prose has many, names and spam few.
    CJK_FUNCTION: "的了是在和也有不这那我你他她们为与对中将上说就都而及其之于以被从到着过"
    "のはがをにでとたしてなもかよねられるいうすまこそ",
    SENT_END: SENTENCE_ENDS,
    AT_HASH: "@#",
}


@lru_cache(maxsize=1)
def char_tables() -> tuple[np.ndarray, np.ndarray]:
    """Script id and flag bits of every BMP code point (astral ones are looked up as U+FFFF)."""
    script = np.zeros(0x10000, dtype=np.int8)
    for i, ranges in enumerate(SCRIPTS, start=1):
        for lo, hi in ranges:
            script[lo : hi + 1] = i
    flags = np.zeros(0x10000, dtype=np.uint8)
    for bit, ranges in FLAG_RANGES.items():
        for lo, hi in ranges:
            flags[lo : hi + 1] |= bit
    for bit, chars in FLAG_CHARS.items():
        flags[[ord(c) for c in chars]] |= bit
    return script, flags


@lru_cache(maxsize=1)
def tld_regex() -> re.Pattern[str]:
    tlds = "|".join(sorted(lexicons.words("tlds"), key=len, reverse=True))
    return re.compile(rf"\.(?:{tlds})")


def per_line_sum(values: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Count of a per-code-point flag over each line (the trailing zero lets an empty last line index it)."""
    # Summed as bytes into int32: a line of 2**31 characters would not fit in memory as a str anyway.
    sums = np.add.reduceat(np.append(values, False).view(np.uint8), starts, dtype=np.int32).astype(np.float64)
    sums[lengths == 0] = 0.0
    return sums


def stable_order(values: np.ndarray, bits: int) -> np.ndarray:
    """``np.argsort(values, kind="stable")`` of integers in [0, 2**bits), sorted by 16-bit digits: numpy
    radix-sorts keys of 16 bits, several times faster than it sorts 32- or 64-bit ones."""
    return np.lexsort([(values >> shift).astype(np.uint16) for shift in range(0, max(bits, 1), 16)])


def line_of(positions: list[int], starts: np.ndarray) -> np.ndarray:
    return np.searchsorted(starts, np.asarray(positions, dtype=np.int64), side="right") - 1


@lru_cache(maxsize=8)
def alternatives(source: str) -> tuple[re.Pattern[str], ...]:
    """The top-level alternatives of pattern ``source``, each compiled alone (the whole pattern
    compiled if it has one, or if they cannot stand alone).

    Taking the source, not a compiled pattern, spares compiling a big lexicon pattern whole
    (milliseconds of a first clean) when its alternatives will do.
    """
    # Comments could hide brackets and bars.
    if "(?#" in source:
        return (compiled(source),)
    parts: list[str] = []
    depth = start = i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 1
        elif ch == "[":  # a character class: skip to its end (a "]" first in it is a literal)
            i += 2 if source.startswith("^", i + 1) else 1
            i += 1 if source.startswith("]", i) else 0
            while i < len(source) and source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    if not parts:
        return (compiled(source),)
    try:
        # Global flags lead the pattern, so the first alternative carries them to the others.
        first = re.compile(parts[0])
        patterns = (first, *(re.compile(part, first.flags) for part in [*parts[1:], source[start:]]))
    except re.error:  # a back reference to a group in another alternative
        return (compiled(source),)
    # Groups could tie alternatives together (back references); verbose comments could hide bars.
    if first.flags & re.VERBOSE or any(part.groups for part in patterns):
        return (compiled(source),)
    return patterns


@cache
def compiled(source: str) -> re.Pattern[str]:
    """Pattern ``source`` compiled once, on first use: found again faster than through re's own
    cache, which counts where thousands of short lines are read one by one."""
    return re.compile(source)


def match_spans(pattern: str, text: str) -> np.ndarray:
    """Start and end of each match of pattern ``pattern`` in ``text`` (as ``finditer`` finds them), one row each."""
    # The engine skips fast to where a lone alternative can start, but tries every branch of an
    # alternation at every position; alone, each alternative finds the matches the alternation
    # finds as long as none are empty or overlap (the alternation would have chosen among them).
    parts = alternatives(pattern)
    if len(parts) > 1:
        spans = np.asarray([m.span() for part in parts for m in part.finditer(text)], dtype=np.int64)
        spans = spans.reshape(-1, 2)[np.argsort(spans.reshape(-1, 2)[:, 0], kind="stable")]
        if np.all(spans[:, 1] > spans[:, 0]) and np.all(spans[1:, 0] >= spans[:-1, 1]):
            return spans
    return np.asarray([m.span() for m in compiled(pattern).finditer(text)], dtype=np.int64).reshape(-1, 2)


def regex_hits(pattern: str, text: str, starts: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Per line: number of matches and matched characters."""
    arr = match_spans(pattern, text)
    if len(arr) == 0:
        return np.zeros(n), np.zeros(n)
    line = line_of(arr[:, 0].tolist(), starts)
    return (
        np.bincount(line, minlength=n)[:n].astype(np.float64),
        np.bincount(line, weights=arr[:, 1] - arr[:, 0], minlength=n)[:n],
    )


def domain_hits(text: str, starts: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per line: TLD hits after a letter or digit, domain-like tokens, and domains glued to the next word."""
    tld: list[int] = []
    domain: list[int] = []
    glued: list[int] = []
    size = len(text)
    for m in tld_regex().finditer(text):
        a, b = m.span()
        if a == 0 or not text[a - 1].isalnum():
            continue
        tld.append(a)
        nxt = text[b] if b < size else " "
        (glued if nxt.isalnum() else domain).append(a)
    return tuple(  # type: ignore[return-value]
        np.bincount(line_of(p, starts), minlength=n)[:n].astype(np.float64) if p else np.zeros(n)
        for p in (tld, domain, glued)
    )


def codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _entropy_bucket(cp: np.ndarray) -> np.ndarray:
    """ASCII case-folded, then ASCII keeps its own bucket and the rest hash into 128 more."""
    folded = np.where((cp >= 0x41) & (cp <= 0x5A), cp + 32, cp)
    return np.where(folded < 128, folded, 128 + ((folded * np.uint32(2654435761)) >> np.uint32(25)) % 128)


@lru_cache(maxsize=1)
def entropy_bucket_table() -> np.ndarray:
    """The entropy bucket of every BMP code point."""
    return _entropy_bucket(np.arange(0x10000, dtype=np.uint32)).astype(np.uint8)


def char_entropy(cp: np.ndarray, bmp: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Shannon entropy (bits) of each line's characters, case-folded into 256 buckets.

    ``cp`` holds lines of ``lengths`` joined by newlines; ``bmp`` is ``cp`` capped at U+FFFF.
    """
    n = len(lengths)
    if len(cp) < 0x10000:  # fewer code points than the table has entries: building it would cost more
        bucket = _entropy_bucket(cp)
    else:
        bucket = entropy_bucket_table()[bmp]
        astral = np.flatnonzero(cp > 0xFFFF)
        bucket[astral] = _entropy_bucket(cp[astral])
    newlines = np.flatnonzero(cp == 10)  # the newline joining lines is not part of either
    ends = np.minimum(np.cumsum(lengths + 1), len(cp))
    out = np.zeros(n)
    for lo in range(0, n, ENTROPY_BLOCK):
        hi = min(n, lo + ENTROPY_BLOCK)
        a, b = (ends[lo - 1] if lo else 0), ends[hi - 1]
        if a == b:
            continue
        keys = np.repeat(np.arange(0, (hi - lo) * ENTROPY_BUCKETS, ENTROPY_BUCKETS), lengths[lo:hi] + 1)[: b - a]
        keys += bucket[a:b]
        counts = np.bincount(keys, minlength=(hi - lo) * ENTROPY_BUCKETS)
        np.subtract.at(counts, keys[newlines[np.searchsorted(newlines, a) : np.searchsorted(newlines, b)] - a], 1)
        # c * log2(c) looked up per count value: one log per distinct count, not per bucket.
        values = np.arange(counts.max() + 1, dtype=np.float64)
        clogc_of = np.zeros_like(values)
        np.multiply(values, np.log2(values, where=values > 0, out=clogc_of), out=clogc_of, where=values > 0)
        clogc = clogc_of[counts]
        totals = counts.reshape(hi - lo, -1).sum(axis=1).astype(np.float64)
        safe = np.maximum(totals, 1)
        out[lo:hi] = np.where(totals > 0, np.log2(safe) - clogc.reshape(hi - lo, -1).sum(axis=1) / safe, 0.0)
    return out


def token_shape(cp: np.ndarray, flags: np.ndarray, line_of_cp: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Per line: longest whitespace-separated token, and tokens starting with a capital."""
    brk = ((flags & SPACE) > 0) | (cp == 10)
    cuts = np.concatenate(([-1], np.flatnonzero(brk), [len(cp)]))
    lengths = np.diff(cuts) - 1
    starts = cuts[:-1] + 1
    keep = (lengths > 0) & (starts < len(cp))
    lengths, starts = lengths[keep], starts[keep]
    tok_line = line_of_cp[starts]
    longest = np.zeros(n)
    if len(lengths):
        firsts = np.flatnonzero(np.diff(tok_line, prepend=-1))  # tokens come in line order
        longest[tok_line[firsts]] = np.maximum.reduceat(lengths, firsts)
    capital = np.bincount(tok_line, weights=(flags[starts] & UPPER) > 0, minlength=n)[:n]
    return longest, capital


def char_ngrams(cp: np.ndarray, line_of_cp: np.ndarray, n: int) -> Grams:
    """Hashed character trigrams of each line of ``cp`` (lines joined by newlines)."""
    if len(cp) < NGRAM_SIZE:
        return Grams(np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32), n)
    wide = cp.astype(np.uint64)
    newline = cp == 10
    ok = ~(newline[:-2] | newline[1:-1] | newline[2:])
    h = wide[:-2] * MIX[0]
    h += wide[1:-1] * MIX[1]
    h += wide[2:] * MIX[2]
    h >>= np.uint64(64 - NGRAM_BITS)  # the top bits: below NGRAM_BUCKETS
    return Grams(line_of_cp[:-2][ok].astype(np.int32, copy=False), h[ok].astype(np.int32), n)


def gated_hits(pattern: str, lower_lines: Sequence[str], gate: np.ndarray
                ) -> tuple[np.ndarray, np.ndarray]:
    """Regex hits and matched characters per line of ``lower_lines`` (case-folded), scanning only
    the lines where ``gate`` holds."""
    n = len(lower_lines)
    picked = np.flatnonzero(gate)
    if len(picked) == 0:
        return np.zeros(n), np.zeros(n)
    # NFKC only here: it folds look-alike spellings (fullwidth, ligatures) that lexicon scans must see.
    # Line by line, as normalising them joined would (a newline neither changes nor combines): most
    # lines are ASCII, which normalise_folded keeps as it is. A character normalised into a newline
    # becomes a space.
    sub = [lexicons.normalise_folded(line).replace("\n", " ")
           for line in map(lower_lines.__getitem__, picked.tolist())]
    text = "\n".join(sub)
    sub_lengths = np.fromiter(map(len, sub), dtype=np.int64, count=len(sub))
    sub_starts = np.concatenate(([0], np.cumsum(sub_lengths + 1)[:-1]))
    hits, chars = regex_hits(pattern, text, sub_starts, len(sub))
    out_hits, out_chars = np.zeros(n), np.zeros(n)
    out_hits[picked] = hits
    out_chars[picked] = chars
    return out_hits, out_chars


class Grams(NamedTuple):  # not a dataclass: cheaper to define on a cold start
    """Hashed character trigrams: ``rows[k]`` (ascending) is the line of trigram bucket ``codes[k]``."""

    rows: np.ndarray
    codes: np.ndarray
    n_rows: int
