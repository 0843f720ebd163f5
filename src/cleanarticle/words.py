"""Words of case-folded lines joined by newlines: found, told apart and looked up in numpy.

A word is a run of the regex engine's word characters (``\\w``) and of the
combining marks written on them: ``\\w`` alone splits a Hindi, Bengali, Tamil or
Thai word at each vowel sign, and their stoplists would never match. Words are
located by a table of character kinds, told apart by a 64-bit hash of their
code points, and each distinct word is looked up once in the lexicons, with
hash hits confirmed character by character.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from itertools import chain

import numpy as np

from . import lexicons
from .textstats import Grams, codepoints, stable_order

WORD = re.compile(r"\w+")  # the runs of word characters, before marks join on
STOP, SPAM, BOILER, MONTH, COMMENTING = 1, 2, 4, 8, 16
LEXICON_BITS = (STOP, SPAM, BOILER, MONTH, COMMENTING)
CODES = 2 * COMMENTING  # distinct values of a word's lexicon bits
_LEXICON_FILES = ((STOP, "stopwords"), (SPAM, "spam"), (BOILER, "boilerplate"), (MONTH, "months"),
                  (COMMENTING, "commenting"))
# Odd multipliers of the word hash (splitmix64's).
WORD_MIX = (np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB))

_NON_WORD = re.compile(r"\W")
WORD_CHAR, MARK = 1, 2  # kinds of code points; 0 for any other
# Below this many code points (a page of text) asking about each distinct one is cheaper than
# building char_kind_table(): a first clean of a short text needs no table.
WORD_TABLE_MIN_CPS = 8192


def _kind(ch: str) -> int:
    if _NON_WORD.match(ch) is None:
        return WORD_CHAR
    return MARK if lexicons.is_mark(ch) else 0


@lru_cache(maxsize=1)
def char_kind_table() -> np.ndarray:
    """The kind of each BMP code point: WORD_CHAR where the regex engine matches ``\\w``, MARK
    for a combining mark (no mark is ``\\w``), else 0."""
    # Decoding all code points at once and marking WORD's runs is five times faster than
    # joining chr() of each and substituting the non-word ones: this is on the cold-start path.
    bmp = np.arange(0x10000, dtype="<u4").tobytes().decode("utf-32-le", "surrogatepass")
    table = np.zeros(0x10000, dtype=np.uint8)
    for run in WORD.finditer(bmp):
        table[run.start() : run.end()] = WORD_CHAR
    # The 1,300-odd marks of the BMP are among the other code points, none in ASCII, Latin-1,
    # surrogates or private use: only the rest of them are asked about.
    rest = np.flatnonzero(table == 0)
    rest = rest[(rest >= 0x300) & ((rest < 0xD800) | (rest > 0xF8FF))]
    table[[c for c in rest.tolist() if lexicons.is_mark(chr(c))]] = MARK
    return table


def _kinds_one_by_one(cp: np.ndarray) -> np.ndarray:
    """char_kinds() by asking about each distinct code point."""
    ranked = np.sort(cp)
    first = np.ones(len(ranked), dtype=bool)
    first[1:] = ranked[1:] != ranked[:-1]
    distinct = ranked[first]
    kinds = np.array([_kind(chr(c)) for c in distinct.tolist()], dtype=np.uint8)
    return kinds[np.searchsorted(distinct, cp)]


def char_kinds(cp: np.ndarray) -> np.ndarray:
    """WORD_CHAR, MARK or 0 for each code point."""
    if len(cp) < WORD_TABLE_MIN_CPS:
        return _kinds_one_by_one(cp)
    out: np.ndarray = char_kind_table().take(np.minimum(cp, 0xFFFF))  # take: twice as fast on uint32 indices
    astral = np.flatnonzero(cp > 0xFFFF)
    if len(astral):
        out[astral] = _kinds_one_by_one(cp[astral])
    return out


def word_chars(cp: np.ndarray) -> np.ndarray:
    """Whether each code point is part of a word: a regex word character, or a combining mark
    after one (marks may stack)."""
    kinds = char_kinds(cp)
    out: np.ndarray = kinds == WORD_CHAR
    marks = np.flatnonzero(kinds == MARK)
    if len(marks):
        # Each mark goes with the nearest code point before it that is no mark: its base, the one
        # before its run of marks. Found mark by mark: a text has few.
        runs = np.flatnonzero(np.diff(marks, prepend=-2) != 1)
        base = np.repeat(marks[runs] - 1, np.diff(runs, append=len(marks)))
        out[marks] = (base >= 0) & out[np.maximum(base, 0)]
    return out


def word_spans(cp: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Start and length of every word, and the positions of all word characters."""
    is_word = word_chars(cp)
    padded = np.concatenate(([False], is_word, [False]))
    edges = np.flatnonzero(padded[1:] != padded[:-1])
    return edges[0::2], edges[1::2] - edges[0::2], np.flatnonzero(is_word)


def word_hashes(cp: np.ndarray, starts: np.ndarray, lengths: np.ndarray, positions: np.ndarray) -> np.ndarray:
    """A 64-bit hash of each word ``cp[start:start + length]``: the sum of its code points, each
    times an odd pseudo-random multiplier for its place in the word (``positions``: of all word characters)."""
    if len(starts) == 0:
        return np.zeros(0, dtype=np.uint64)
    places = np.arange(1, int(lengths.max()) + 1, dtype=np.uint64) * WORD_MIX[0]
    multiplier = ((places ^ (places >> np.uint64(31))) * WORD_MIX[1]) | np.uint64(1)
    place = positions - np.repeat(starts, lengths)
    return np.add.reduceat(cp[positions] * multiplier[place], np.cumsum(lengths) - lengths)


WordTable = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]
# The word table ships ready beside the lexicons (write_word_table): building it from the lexicon
# files took about 13 ms of a first clean. It pins the lexicons' checksums, and is built afresh
# whenever they differ, so an edited lexicon is never read through a stale table.
WORD_TABLE_FILE = "word_table.npy"
_TABLE_FIELDS = ("hashes", "codes", "lengths", "starts", "cp")


@lru_cache(maxsize=1)
def word_lexicon() -> WordTable:
    """The lexicons' one-word entries as arrays: hashes (sorted, distinct), codes (the bits of the
    lexicons holding the word), lengths, starts in the code points, code points."""
    shipped = _shipped_word_table()
    return shipped if shipped is not None else build_word_table()


def build_word_table() -> WordTable:
    """word_lexicon() built from the lexicon files."""
    # Built in numpy, not through a dict of the 19k stoplist words: this is on the cold-start path.
    found = [(bit, lexicons.single_words(name)) for bit, name in _LEXICON_FILES]
    words = list(chain.from_iterable(entries for _, entries in found))
    cp = codepoints("\n".join(words))
    # Each entry is one word, so the words are where the entries are: no need to look for them.
    lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
    starts = np.cumsum(lengths + 1) - (lengths + 1)
    hashes = word_hashes(cp, starts, lengths, np.flatnonzero(cp != 10))
    bits = np.repeat([bit for bit, _ in found], [len(entries) for _, entries in found])
    # Stable, so the same lexicons always give the same table: a word in several lexicons (or
    # twice in one) gets one row with all their bits and the code points of its first copy.
    order = np.argsort(hashes, kind="stable")
    ranked = hashes[order]
    first = np.flatnonzero(np.concatenate(([True], ranked[1:] != ranked[:-1])))
    kept = order[first]
    return ranked[first], np.bitwise_or.reduceat(bits[order], first), lengths[kept], starts[kept], cp


def _lexicon_pins() -> list[str]:
    return [lexicons.lexicon_sha256(name) for _, name in _LEXICON_FILES]


def _table_path() -> str:
    return os.path.join(lexicons.shipped_dir(), "lexicons", WORD_TABLE_FILE)


def _shipped_word_table() -> WordTable | None:
    """The shipped word table, or None when it is missing, unreadable or pins other lexicons."""
    try:
        record = np.load(_table_path(), allow_pickle=False)
        if record["sha256"].tolist() != _lexicon_pins():
            return None
        hashes, codes, lengths, starts, cp = (np.array(record[name]) for name in _TABLE_FIELDS)
    except (OSError, ValueError, KeyError, IndexError):
        return None
    return hashes, codes, lengths, starts, cp


def write_word_table(path: str | None = None) -> None:
    """Write the word table built from the lexicon files (to the shipped lexicon folder by default)."""
    table = build_word_table()
    fields = [(name, a.dtype.str, a.shape) for name, a in zip(_TABLE_FIELDS, table)]
    record = np.empty((), dtype=[*fields, ("sha256", "<U64", (len(_LEXICON_FILES),))])
    for name, a in zip(_TABLE_FIELDS, table):
        record[name] = a
    record["sha256"] = _lexicon_pins()
    np.save(path or _table_path(), record)


def lexicon_codes(cp: np.ndarray, starts: np.ndarray, lengths: np.ndarray, hashes: np.ndarray) -> np.ndarray:
    """The lexicon bits of each word, 0 for a word in no lexicon (``hashes`` sorted: the search walks in order)."""
    lex_hashes, lex_codes, lex_lengths, lex_starts, lex_cp = word_lexicon()
    at = np.minimum(np.searchsorted(lex_hashes, hashes), len(lex_hashes) - 1)
    hit = np.flatnonzero((lex_hashes[at] == hashes) & (lex_lengths[at] == lengths))
    codes = np.zeros(len(hashes), dtype=np.int64)
    if len(hit) == 0:
        return codes
    # A hash match is confirmed character by character, so no word takes a lexicon word's code by a collision.
    size = lengths[hit]
    firsts = np.cumsum(size) - size
    place = np.arange(int(size.sum())) - np.repeat(firsts, size)
    same = cp[np.repeat(starts[hit], size) + place] == lex_cp[np.repeat(lex_starts[at[hit]], size) + place]
    hit = hit[np.logical_and.reduceat(same, firsts)]
    codes[hit] = lex_codes[at[hit]]
    return codes


def words_of_lines(cp: np.ndarray, line_of_cp: np.ndarray, n: int, digit: np.ndarray,
                   unspaced: np.ndarray) -> tuple[dict[str, np.ndarray], Grams]:
    """Per line: words, stopwords, spam and boilerplate words, unique words, token entropy; and
    each line's distinct vocabulary (rows ascending, int64 codes).

    ``cp`` holds the case-folded lines joined by newlines. Its words are found and told apart by their 64-bit hash in
    numpy (two words would have to share all 64 bits to count as one); the
    lexicons are looked up once per distinct word.

    The vocabulary holds the words of two or more characters that are not all
    ``digit``; in scripts written without spaces (``unspaced`` code points),
    whose words are not delimited, it holds pairs of neighbouring characters.
    """
    starts, lengths, positions = word_spans(cp)
    hashes = word_hashes(cp, starts, lengths, positions)
    # A stable sort keeps each word's occurrences in text order, so in line order.
    order = stable_order(hashes, 64)
    ranked = hashes[order]
    new = np.concatenate(([True], ranked[1:] != ranked[:-1])) if len(ranked) else np.zeros(0, dtype=bool)
    first = order[new]
    codes = lexicon_codes(cp, starts[first], lengths[first], ranked[new])
    # The distinct (line, word) pairs start where the word or the line changes in that order; ordered
    # by line (stably: words stay ascending within a line), they come as sorted (line, word) keys would.
    # (Lines looked up in text order, then reordered: the big table is read in order.)
    line = line_of_cp[starts][order]
    pair = new.copy()
    pair[1:] |= line[1:] != line[:-1]
    at = np.flatnonzero(pair)
    by_line = stable_order(line[at], n.bit_length())
    key_line = line[at[by_line]].astype(np.int64)
    key_word = (np.cumsum(new) - 1)[at[by_line]]
    reps = np.diff(at, append=len(order))[by_line]
    # Words per line and lexicon code, then per lexicon: sums of whole numbers, exact in any order.
    per_code = np.bincount(key_line * CODES + codes[key_word], weights=reps, minlength=n * CODES)
    per_code = per_code.reshape(n, CODES)
    tallies = per_code @ ((np.arange(CODES)[:, None] & np.array(LEXICON_BITS)) > 0)
    out = {"words": per_code.sum(axis=1), "unique": np.bincount(key_line, minlength=n)[:n].astype(np.float64)}
    out.update(zip(("stop", "spam", "boiler", "month", "commenting"), tallies.T))
    clogc = np.bincount(key_line, weights=reps * np.log2(reps), minlength=n)[:n]
    safe = np.maximum(out["words"], 1)
    out["entropy"] = np.where(out["words"] > 0, np.log2(safe) - clogc / safe, 0.0)
    return out, _vocabulary(cp, line_of_cp, n, starts[first], lengths[first], ranked[new], key_line, key_word,
                            digit, unspaced)


def _vocabulary(cp: np.ndarray, line_of_cp: np.ndarray, n: int, starts: np.ndarray, lengths: np.ndarray,
                hashes: np.ndarray, key_line: np.ndarray, key_word: np.ndarray, digit: np.ndarray,
                unspaced: np.ndarray) -> Grams:
    """words_of_lines' vocabulary, from the distinct words (``starts``, ``lengths``, ``hashes``) and
    the distinct (line, word) pairs, in line order."""
    if len(starts):
        firsts = np.cumsum(lengths) - lengths
        at = np.repeat(starts - firsts, lengths) + np.arange(int(lengths.sum()))
        whole = (lengths >= 2) & (np.add.reduceat(digit[at], firsts) < lengths)
        if unspaced.any():  # most batches have no such text to look for in their words
            whole &= np.add.reduceat(unspaced[at], firsts) == 0
        whole = whole[key_word]
    else:
        whole = np.zeros(0, dtype=bool)
    rows, codes = key_line[whole], hashes[key_word[whole]].view(np.int64)
    pair = np.flatnonzero(unspaced[:-1] & unspaced[1:])
    if len(pair):
        pair_rows = line_of_cp[pair].astype(np.int64)
        pair_hashes = cp[pair].astype(np.uint64) * WORD_MIX[0] + cp[pair + 1].astype(np.uint64) * WORD_MIX[1]
        pair_codes = pair_hashes.view(np.int64)
        order = np.lexsort((pair_codes, pair_rows))
        pair_rows, pair_codes = pair_rows[order], pair_codes[order]
        new = np.ones(len(pair), dtype=bool)
        new[1:] = (pair_rows[1:] != pair_rows[:-1]) | (pair_codes[1:] != pair_codes[:-1])
        rows, codes = np.concatenate((rows, pair_rows[new])), np.concatenate((codes, pair_codes[new]))
        order = np.argsort(rows, kind="stable")
        rows, codes = rows[order], codes[order]
    return Grams(rows, codes, n)
