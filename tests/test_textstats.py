"""Regex scans by alternative find what the whole pattern finds."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanarticle import lexicons
from cleanarticle.textstats import URL, alternatives, match_spans

PATTERNS = [
    r"ab|b",  # overlapping alternatives
    r"a|ab",  # the first alternative wins where both match
    r"a*|b",  # empty matches
    r"\bfoo\b|o",
    r"[|)]x|\|y|(?:a|b)c",
    r"https?://|www\.",
]
text = st.text(alphabet=st.sampled_from("abfoxyc|)\\ .w/:hps\n"), max_size=40)


def _finditer(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("source", PATTERNS)
@given(text=text)
def test_match_spans_equal_finditer(source, text):
    pattern = re.compile(source)
    assert [tuple(span) for span in match_spans(pattern, text).tolist()] == _finditer(pattern, text)


@given(text=st.text(alphabet=st.sampled_from("abcdeilmnorstuy ,.\n中评论"), max_size=60))
def test_lexicon_scans_equal_finditer(text):
    for pattern in (lexicons.word_regex("boilerplate"), lexicons.substring_regex("spam"), URL):
        assert [tuple(span) for span in match_spans(pattern, text).tolist()] == _finditer(pattern, text)


def test_alternatives_split_only_the_top_level():
    parts = alternatives(re.compile(r"a[|)]|(?:b|c)|[]|]x|\|y|[^]a|]z"))
    assert [p.pattern for p in parts] == ["a[|)]", "(?:b|c)", "[]|]x", r"\|y", "[^]a|]z"]
    assert alternatives(re.compile(r"(a)|\1")) == (re.compile(r"(a)|\1"),)  # groups: kept whole
    assert len(alternatives(lexicons.word_regex("boilerplate"))) > 1
