"""Any str in, never an exception; output lines are an in-order subsequence of input lines."""

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanarticle import Cleaner, clean
from cleanarticle.lines import split_lines

AWKWARD = [
    "",
    " ",
    "\n\n\n",
    " \t \r\n \n",
    "\x00\x00 nul bytes \x00",
    "lone \ud800 surrogate \udfff here",
    "zero\u200bwidth\u200d and bidi \u202e reversed \u2066 text",
    "carriage\rreturns\ronly\r",
    "line\u2028separator\u2029inside",
    "\ufeffbyte order mark at start",
    "x" * 5_000_000,
    "short\n" * 200_000,
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 astral 😀 " * 1000,
    "ｃａｓｉｎｏ ｂｏｎｕｓ fullwidth",
]


def _is_subsequence(out: str, text: str) -> bool:
    want, _ = split_lines(text)
    got, _ = split_lines(out)
    it = iter(want)
    return all(any(line == w for w in it) for line in got)


@pytest.mark.parametrize("text", AWKWARD, ids=lambda t: repr(t[:20]) + f"[{len(t)}]")
def test_awkward_input_never_raises(text):
    out = clean(text)
    assert isinstance(out, str)
    assert _is_subsequence(out, text)


@pytest.mark.parametrize("bad", [b"bytes", None, 3, ["a list"]])
def test_non_str_raises_type_error(bad):
    with pytest.raises(TypeError, match="expects text as str"):
        clean(bad)


def test_clean_many_rejects_non_str_clearly(cleaner):
    with pytest.raises(TypeError):
        list(cleaner.clean_many(["ok", b"bad"]))


def test_threshold_must_be_a_probability():
    with pytest.raises(ValueError):
        Cleaner(threshold=1.5)


printable = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)
lines_text = st.lists(printable, max_size=12).map(lambda ls: "\n".join(ls))


@given(lines_text)
def test_output_is_subsequence_and_idempotent(text):
    once = clean(text)
    assert _is_subsequence(once, text)
    assert clean(once) == once


# Text made of what glued spam and its cuts are made of: sentence ends, names, separators, scripts.
_GLUE_PIECES = ("Prices rose by 3 percent in July, officials said on Monday", "casino", "bahis siteleri", "slot",
                "luckyspin777.", "www.x1.com", "먹튀폴리스", "zorbly mop", "Sigh...", "U.S.", "Jan.", "6.", "2.",
                "Today", "The", "a", "said.", "“", "”", "|", "-", ".", " ", "\t", "22 Comments",
                "लोग प्रभावित हुए हैं।", "2017 সাল থেকে", "।", "1995")
glued_text = st.lists(st.lists(st.sampled_from(_GLUE_PIECES), max_size=40).map("".join), max_size=4).map("\n".join)


@given(glued_text)
def test_glue_like_text_is_cleaned_once_and_for_all(text):
    once = clean(text)
    assert clean(once) == once


@given(st.lists(lines_text, max_size=5))
def test_clean_many_equals_clean(texts):
    cleaner = Cleaner()
    assert list(cleaner.clean_many(texts, batch_size=2)) == [cleaner.clean(t) for t in texts]


def _cpu(fn, arg):
    start = time.process_time()
    fn(arg)
    return time.process_time() - start


@pytest.mark.parametrize(
    "unit",
    [
        "a.com" * 1000,  # one long glued domain run
        "bet" * 3000,  # lexicon prefixes that never complete
        ".com" * 2000,
        "aaaa " * 2000,
        "\n" * 2000 + "x",
        "| " * 3000,
    ],
    ids=["glued-domains", "prefix-runs", "bare-tlds", "repeated-words", "newlines", "separators"],
)
def test_work_grows_linearly(unit):
    """Doubling a pathological input roughly doubles the work of a decision pass (a generous bound,
    not a timing). clean() repeats the pass, at most MAX_PASSES times, while lines still go: how many
    times depends on the verdicts, not on the input's size."""
    cleaner = Cleaner()
    cleaner.clean(unit)

    def one_pass(text):
        cleaner._decide_once([text])

    small = min(_cpu(one_pass, unit * 8) for _ in range(3))
    large = min(_cpu(one_pass, unit * 16) for _ in range(3))
    assert large < 4 * small + 0.05


def test_a_long_signature_line_costs_linear_work():
    """A line that opens like a comment's signature and runs on through a long gap before its date."""
    cleaner = Cleaner()

    def one_pass(gap):
        cleaner._decide_once(["Posted by: a" + " " * gap + "b 1\nPosted by: c | 2\n"])

    small = min(_cpu(one_pass, 20_000) for _ in range(3))
    large = min(_cpu(one_pass, 40_000) for _ in range(3))
    assert large < 4 * small + 0.05
