"""Regex scans by alternative find what the whole pattern finds; entropy buckets with or without their table."""

import re

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanarticle import lexicons
from cleanarticle.textstats import URL, alternatives, char_entropy, codepoints, match_spans

PATTERNS = [
    r"ab|b",  # overlapping alternatives
    r"a|ab",  # the first alternative wins where both match
    r"a*|b",  # empty matches
    r"\bfoo\b|o",
    r"[|)]x|\|y|(?:a|b)c",
    r"https?://|www\.",
]
text = st.text(alphabet=st.sampled_from("abfoxyc|)\\ .w/:hps\n"), max_size=40)


def _finditer(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


@pytest.mark.parametrize("source", PATTERNS)
@given(text=text)
def test_match_spans_equal_finditer(source, text):
    assert [tuple(span) for span in match_spans(source, text).tolist()] == _finditer(source, text)


@given(text=st.text(alphabet=st.sampled_from("abcdeilmnorstuy ,.\n中评论"), max_size=60))
def test_lexicon_scans_equal_finditer(text):
    for pattern in (lexicons.word_pattern("boilerplate"), lexicons.substring_pattern("spam"), URL):
        assert [tuple(span) for span in match_spans(pattern, text).tolist()] == _finditer(pattern, text)


def test_alternatives_split_only_the_top_level():
    parts = alternatives(r"a[|)]|(?:b|c)|[]|]x|\|y|[^]a|]z")
    assert [p.pattern for p in parts] == ["a[|)]", "(?:b|c)", "[]|]x", r"\|y", "[^]a|]z"]
    assert alternatives(r"(a)|\1") == (re.compile(r"(a)|\1"),)  # groups: kept whole
    assert alternatives(r"(a)|b") == (re.compile(r"(a)|b"),)
    assert alternatives(r"(?x) a | b # c|d") == (re.compile(r"(?x) a | b # c|d"),)  # verbose: kept whole
    assert [p.flags & re.IGNORECASE for p in alternatives(r"(?i)a|b")] == [re.IGNORECASE] * 2
    assert len(alternatives(lexicons.word_pattern("boilerplate"))) > 1


def test_char_entropy_is_the_same_with_the_bucket_table():
    # Short input buckets its code points directly, long input looks them up in the table.
    lines = ["Hello Wörld ÄÖ 中文字 \U0001f600\U0001f600 ABCabc", "x" * 10, "", "Σίσυφος σ"]

    def entropy(lines: list[str]) -> list[float]:
        cp = codepoints("\n".join(lines))
        lengths = np.array([len(line) for line in lines], dtype=np.int64)
        return char_entropy(cp, np.minimum(cp, 0xFFFF).astype(np.intp), lengths).tolist()

    assert entropy(lines) == entropy([*lines, "y" * 0x10000])[: len(lines)]
