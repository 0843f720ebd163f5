from hypothesis import given
from hypothesis import strategies as st

from cleanarticle.lines import join_kept, keep_mask_with_blanks, split_lines

line_text = st.text(alphabet=st.characters(blacklist_characters="\r\n"), max_size=20)


@given(st.text(alphabet=st.sampled_from("ab \r\n\u2028\x0c\x85"), max_size=60))
def test_split_then_join_rebuilds_text(text):
    lines, endings = split_lines(text)
    assert "".join(line + end for line, end in zip(lines, endings)) == text
    assert all(end in ("\n", "\r\n", "\r") for end in endings[:-1])


def test_only_cr_lf_and_crlf_end_lines():
    lines, endings = split_lines("a\u2028b\x0cc\r\nd\re\nf")
    assert lines == ["a\u2028b\x0cc", "d", "e", "f"]
    assert endings == ["\r\n", "\r", "\n", ""]


def test_final_newline_is_an_ending_not_a_line():
    assert split_lines("a\n") == (["a"], ["\n"])
    assert split_lines("") == ([], [])
    assert split_lines("\n") == ([""], ["\n"])


def _clean(lines, keep):
    return keep_mask_with_blanks(lines, keep)


def test_blank_between_kept_paragraphs_stays():
    assert _clean(["A", "", "B"], [True, True, True]) == [True, True, True]


def test_dangling_blanks_after_tail_removal_go():
    assert _clean(["A", "", "J", "", "K"], [True, True, False, True, False]) == [True, False, False, False, False]


def test_dangling_blanks_after_head_removal_go():
    assert _clean(["J", "", "A"], [False, True, True]) == [False, False, True]


def test_middle_removal_leaves_one_gap():
    assert _clean(["A", "", "J", "", "B"], [True, True, False, True, True]) == [True, True, False, False, True]


def test_original_trailing_blanks_stay_when_nothing_removed():
    assert _clean(["A", "", ""], [True, True, True]) == [True, True, True]


@given(st.lists(st.one_of(st.just(""), line_text), max_size=12), st.data())
def test_kept_lines_are_an_in_order_subsequence(lines, data):
    keep_text = data.draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    keep = keep_mask_with_blanks(lines, keep_text)
    for line, k_text, k in zip(lines, keep_text, keep):
        if line.strip():
            assert k == k_text
    endings = ["\n"] * len(lines)
    out = join_kept(lines, endings, keep)
    assert out == "".join(line + "\n" for line, k in zip(lines, keep) if k)
