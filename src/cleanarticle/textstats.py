"""Vectorised per-line statistics of a block of lines joined by newlines.

The low-level half of featurization: code-point class tables, per-line sums,
regex hit counts mapped to lines, word lexicon tallies, entropy and hashed
character trigrams. Everything works on all lines of a batch at once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat

import numpy as np

from . import lexicons

WORD = re.compile(r"\w+")
URL = re.compile(r"https?://|www\.")

NGRAM_SIZE = 3
NGRAM_BITS = 18
NGRAM_BUCKETS = 1 << NGRAM_BITS
MIX = tuple(np.uint64(m) for m in (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9))
ENTROPY_BUCKETS = 256
ENTROPY_BLOCK = 2048
HASH_MOD = 2_147_483_647

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
LATIN, KANA, HAN = 1, 8, 9
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
    SENT_END: ".!?。！？",
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


STOP, SPAM, BOILER, MONTH, COMMENTING = 1, 2, 4, 8, 16


@lru_cache(maxsize=1)
def word_codes() -> dict[str, int]:
    """Word -> bits saying which lexicons hold it as a whole word."""
    # The big stoplist goes in with one dict call, the small lexicons are merged on top.
    codes = dict.fromkeys(lexicons.single_words("stopwords"), STOP)
    for bit, name in ((SPAM, "spam"), (BOILER, "boilerplate"), (MONTH, "months"), (COMMENTING, "commenting")):
        for word in lexicons.single_words(name):
            codes[word] = codes.get(word, 0) | bit
    return codes


def per_line_sum(values: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Sum of a per-code-point array over each line (the trailing zero lets an empty last line index it)."""
    sums = np.add.reduceat(np.append(values, 0), starts, dtype=np.int64).astype(np.float64)
    sums[lengths == 0] = 0.0
    return sums


def line_of(positions: list[int], starts: np.ndarray) -> np.ndarray:
    return np.searchsorted(starts, np.asarray(positions, dtype=np.int64), side="right") - 1


def regex_hits(pattern: re.Pattern[str], text: str, starts: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Per line: number of matches and matched characters."""
    spans = [m.span() for m in pattern.finditer(text)]
    if not spans:
        return np.zeros(n), np.zeros(n)
    arr = np.asarray(spans, dtype=np.int64)
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


def char_entropy(cp: np.ndarray, line_of_cp: np.ndarray, n: int) -> np.ndarray:
    """Shannon entropy (bits) of each line's characters, case-folded into 256 buckets."""
    ascii_upper = (cp >= 0x41) & (cp <= 0x5A)
    folded = np.where(ascii_upper, cp + 32, cp)
    bucket = np.where(
        folded < 128, folded, 128 + ((folded * np.uint32(2654435761)) >> np.uint32(25)) % 128
    ).astype(np.int64)
    out = np.zeros(n)
    for lo in range(0, n, ENTROPY_BLOCK):
        hi = min(n, lo + ENTROPY_BLOCK)
        a, b = np.searchsorted(line_of_cp, [lo, hi])
        if a == b:
            continue
        inside = cp[a:b] != 10  # the newline joining lines is not part of either
        keys = ((line_of_cp[a:b] - lo) * ENTROPY_BUCKETS + bucket[a:b])[inside]
        counts = np.bincount(keys, minlength=(hi - lo) * ENTROPY_BUCKETS).astype(np.float64)
        clogc = np.zeros_like(counts)
        np.multiply(counts, np.log2(counts, where=counts > 0, out=clogc), out=clogc, where=counts > 0)
        totals = counts.reshape(hi - lo, -1).sum(axis=1)
        safe = np.maximum(totals, 1)
        out[lo:hi] = np.where(totals > 0, np.log2(safe) - clogc.reshape(hi - lo, -1).sum(axis=1) / safe, 0.0)
    return out


def word_stats(lower_lines: Sequence[str]) -> dict[str, np.ndarray]:
    """Per line: words, stopwords, spam and boilerplate words, unique words, token entropy."""
    n = len(lower_lines)
    word_lists = list(map(WORD.findall, lower_lines))
    counts = np.fromiter(map(len, word_lists), dtype=np.int64, count=n)
    words = list(chain.from_iterable(word_lists))
    total = len(words)
    line = np.repeat(np.arange(n), counts)
    codes = np.fromiter(map(word_codes().get, words, repeat(0)), dtype=np.int64, count=total)

    def tally(bit: int) -> np.ndarray:
        return np.bincount(line, weights=(codes & bit) > 0, minlength=n)[:n]

    out = {"words": counts.astype(np.float64), "stop": tally(STOP), "spam": tally(SPAM), "boiler": tally(BOILER),
           "month": tally(MONTH), "commenting": tally(COMMENTING)}
    hashes = np.fromiter(map(hash, words), dtype=np.int64, count=total) % HASH_MOD
    keys, reps = np.unique(line * HASH_MOD + hashes, return_counts=True)
    key_line = keys // HASH_MOD
    out["unique"] = np.bincount(key_line, minlength=n)[:n].astype(np.float64)
    clogc = np.bincount(key_line, weights=reps * np.log2(reps), minlength=n)[:n]
    safe = np.maximum(out["words"], 1)
    out["entropy"] = np.where(out["words"] > 0, np.log2(safe) - clogc / safe, 0.0)
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
        np.maximum.at(longest, tok_line, lengths)
    capital = np.bincount(tok_line, weights=(flags[starts] & UPPER) > 0, minlength=n)[:n]
    return longest, capital


def char_ngrams(lower: str, lengths: np.ndarray) -> Grams:
    """Hashed character trigrams of each line of ``lower`` (lines joined by newlines)."""
    cp = codepoints(lower).astype(np.uint64)
    n = len(lengths)
    if len(cp) < NGRAM_SIZE:
        return Grams(np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.int32), n)
    line = np.repeat(np.arange(n, dtype=np.int32), lengths + 1)[: len(cp)]
    newline = cp == 10
    ok = ~(newline[:-2] | newline[1:-1] | newline[2:])
    h = cp[:-2] * MIX[0] + cp[1:-1] * MIX[1] + cp[2:] * MIX[2]
    codes = ((h >> np.uint64(64 - NGRAM_BITS)) & np.uint64(NGRAM_BUCKETS - 1)).astype(np.int32)
    return Grams(line[:-2][ok], codes[ok], n)


def gated_hits(pattern: re.Pattern[str], lower_lines: Sequence[str], gate: np.ndarray
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
    hits, chars = regex_hits(pattern, "\n".join(sub), sub_starts, len(sub))
    out_hits, out_chars = np.zeros(n), np.zeros(n)
    out_hits[picked] = hits
    out_chars[picked] = chars
    return out_hits, out_chars


@dataclass(frozen=True)
class Grams:
    """Hashed character trigrams: ``rows[k]`` is the line of trigram bucket ``codes[k]``."""

    rows: np.ndarray
    codes: np.ndarray
    n_rows: int
