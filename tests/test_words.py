"""The numpy word statistics agree with plain Python over the same text."""

import math
import unicodedata
from collections import Counter

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from cleanarticle import lexicons
from cleanarticle.textstats import DIGIT, UNSPACED_SCRIPTS, Grams, char_tables, codepoints
from cleanarticle.words import (
    BOILER,
    COMMENTING,
    MONTH,
    SPAM,
    STOP,
    WORD,
    WORD_TABLE_MIN_CPS,
    build_word_table,
    word_chars,
    word_hashes,
    word_lexicon,
    word_spans,
    words_of_lines,
)
from cleanarticle.words import _shipped_word_table as shipped_word_table

# Letters of several scripts, digits, underscore, combining marks (spacing and not), astral letters
# and emoji, spaces, punctuation.
ALPHABET = "aZß_0٣é\u0301中のпΣกข\u0e48ह\u093f\u0947\U0001d400\U0001f600 \t.,-'’|\u00a0"
line_text = st.text(alphabet=st.sampled_from(ALPHABET), max_size=30)


def python_words(text: str) -> list[tuple[int, int]]:
    """Plain Python: start and length of each run of \\w characters and the combining marks after them."""
    spans: list[tuple[int, int]] = []
    start = None
    for i, ch in enumerate(text + "\n"):
        mark = unicodedata.category(ch).startswith("M") and not WORD.fullmatch(ch)
        if WORD.fullmatch(ch) or (mark and start is not None):
            start = i if start is None else start
        elif start is not None:
            spans.append((start, i - start))
            start = None
    return spans


def words_in(text: str) -> list[str]:
    return [text[a : a + n] for a, n in python_words(text)]


def _word_codes() -> dict[str, int]:
    """Plain Python: word -> bits of the lexicons holding it as a whole entry."""
    codes: dict[str, int] = {}
    for bit, name in ((STOP, "stopwords"), (SPAM, "spam"), (BOILER, "boilerplate"), (MONTH, "months"),
                      (COMMENTING, "commenting")):
        for entry in lexicons.words(name):
            if python_words(entry) == [(0, len(entry))]:
                codes[entry] = codes.get(entry, 0) | bit
    return codes


WORD_CODES = _word_codes()


def _joined(lines: list[str]) -> tuple[np.ndarray, np.ndarray]:
    cp = codepoints("\n".join(lines))
    lengths = np.array([len(line) for line in lines], dtype=np.int64)
    return cp, np.repeat(np.arange(len(lines)), lengths + 1)[: len(cp)]


def _words_of(lines: list[str]) -> tuple[dict[str, np.ndarray], Grams]:
    cp, line_of_cp = _joined(lines)
    script, flags = char_tables()
    bmp = np.minimum(cp, 0xFFFF)
    return words_of_lines(cp, line_of_cp, len(lines), (flags[bmp] & DIGIT) > 0, np.isin(script[bmp], UNSPACED_SCRIPTS))


def word_stats(lines: list[str]) -> dict[str, np.ndarray]:
    return _words_of(lines)[0]


@given(st.lists(line_text, min_size=1, max_size=6))
def test_word_spans_are_the_words_python_finds(lines):
    text = "\n".join(lines)
    starts, lengths, positions = word_spans(codepoints(text))
    assert python_words(text) == list(zip(starts.tolist(), lengths.tolist()))
    assert positions.tolist() == [i for a, n in python_words(text) for i in range(a, a + n)]


def test_a_word_goes_on_through_the_marks_written_on_it():
    # Hindi and Bengali vowel signs, a Thai tone mark, Arabic vowel marks, a stacked Latin accent.
    for word in ("हिन्दी", "বাবুর্চি", "ไม่", "مُحَمَّد", "e\u0301\u0323"):
        assert words_in(word) == [word]
        assert word_stats([word])["words"].tolist() == [1]
    # A mark with no word before it is no word: after a space, or after an emoji.
    assert words_in("a \u0301b \u2764\ufe0f") == ["a", "b"]
    assert word_stats(["a \u0301b \u2764\ufe0f"])["words"].tolist() == [2]


def test_stopwords_written_with_marks_count():
    # "यह", "का", "है" are in jusText's Hindi stoplist, and "এই", "এবং" in its Bengali one.
    stats = word_stats(["यह नगर का बजट है", "এই নদী এবং বাজার"])
    assert stats["stop"].tolist() == [3, 2]


def test_word_chars_agree_with_and_without_the_table():
    # Short input asks about each code point, long input uses the BMP table (and asks about astral ones).
    every = np.arange(0x10000 + 4 * WORD_TABLE_MIN_CPS, dtype=np.uint32)
    every[every >= 0x10000] += 0xD000  # from U+1D000: Mathematical Alphanumerics, emoji, CJK Extension B
    chunks = [word_chars(chunk) for chunk in np.array_split(every, 2 * len(every) // WORD_TABLE_MIN_CPS)]
    assert word_chars(every).tolist() == np.concatenate(chunks).tolist()
    text = "".join(map(chr, every.tolist()))
    inside = np.zeros(len(text), dtype=bool)
    for a, n in python_words(text):
        inside[a : a + n] = True
    assert word_chars(every).tolist() == inside.tolist()


@given(st.lists(line_text, min_size=1, max_size=6))
def test_word_stats_match_a_python_count(lines):
    lower = [line.casefold() for line in lines]
    got = word_stats(lower)
    codes = WORD_CODES
    for i, line in enumerate(lower):
        words = words_in(line)
        assert got["words"][i] == len(words)
        assert got["unique"][i] == len(set(words))
        assert got["stop"][i] == sum(codes.get(w, 0) & STOP > 0 for w in words)
        reps = Counter(words).values()
        entropy = math.log2(len(words)) - sum(c * math.log2(c) for c in reps) / len(words) if words else 0.0
        assert math.isclose(got["entropy"][i], entropy, abs_tol=1e-12)


def test_lexicon_words_get_their_codes():
    words = ["the", "casino", "january", "reply", "zzzqx", "thé", "the_"]
    got = word_stats(words)
    codes = WORD_CODES
    for i, word in enumerate(words):
        assert got["stop"][i] == (codes.get(word, 0) & STOP > 0)
        assert got["spam"][i] == (codes.get(word, 0) & SPAM > 0)
        assert got["month"][i] == (codes.get(word, 0) & MONTH > 0)


def test_lexicon_words_hash_apart():
    hashes = word_lexicon()[0]
    assert len(hashes) == len(WORD_CODES)
    assert len(np.unique(hashes)) == len(hashes)


def test_word_lexicon_holds_each_lexicon_word_with_its_codes():
    hashes, codes, lengths, starts, cp = word_lexicon()
    words = ["".join(map(chr, cp[a : a + n].tolist())) for a, n in zip(starts.tolist(), lengths.tolist())]
    assert dict(zip(words, codes.tolist())) == WORD_CODES
    word_cp = codepoints("\n".join(words))
    assert word_hashes(word_cp, *word_spans(word_cp)).tolist() == hashes.tolist()


def test_the_shipped_word_table_is_the_one_the_lexicons_build():
    # After editing a lexicon or the word rules, write it again:
    #   python -c "from cleanarticle import words; words.write_word_table()"
    shipped = shipped_word_table()
    assert shipped is not None, "models/lexicons/word_table.npy is missing or pins other lexicons"
    for got, built in zip(shipped, build_word_table()):
        assert got.dtype == built.dtype and np.array_equal(got, built)


def test_a_word_table_pinning_other_lexicons_is_not_read(monkeypatch):
    monkeypatch.setattr("cleanarticle.words._lexicon_pins", lambda: ["0" * 64] * 5)
    assert shipped_word_table() is None


def _vocabulary_in_python(line: str) -> set[str]:
    script, flags = char_tables()
    unspaced = [script[min(ord(ch), 0xFFFF)] in UNSPACED_SCRIPTS for ch in line]
    pairs = {line[i : i + 2] for i in range(len(line) - 1) if unspaced[i] and unspaced[i + 1]}
    words = {
        line[a : a + n] for a, n in python_words(line)
        if n >= 2
        and not all(flags[min(ord(ch), 0xFFFF)] & DIGIT for ch in line[a : a + n])
        and not any(unspaced[a : a + n])
    }
    return pairs | words


def _vocabulary(lines: list[str]) -> tuple[np.ndarray, np.ndarray]:
    vocab = _words_of(lines)[1]
    return vocab.rows, vocab.codes


@given(st.lists(line_text, min_size=1, max_size=6))
def test_vocabulary_matches_a_python_tokenizer(lines):
    rows, codes = _vocabulary(lines)
    assert rows.tolist() == sorted(rows.tolist())
    for i, line in enumerate(lines):
        tokens = sorted(_vocabulary_in_python(line))
        # Each token alone on a line has one code: the line's codes are its tokens' codes.
        alone = _vocabulary(tokens)[1].tolist() if tokens else []
        assert len(alone) == len(tokens)
        assert sorted(codes[rows == i].tolist()) == sorted(alone)
