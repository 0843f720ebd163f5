import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanarticle import Cleaner, LineVerdict, Reason
from cleanarticle.context import CONTEXT_NAMES
from cleanarticle.lines import join_kept, split_lines
from cleanarticle.model import INPUT_NAMES as FEATURE_NAMES
from cleanarticle.model import _contributions, _mlp


def test_explain_gives_one_verdict_per_line(cleaner):
    text = "Title of the story\n\nA paragraph of the story that says something.\n\nLeave a Reply\n"
    verdicts = cleaner.explain(text)
    assert [v.index for v in verdicts] == list(range(5))
    assert all(isinstance(v, LineVerdict) for v in verdicts)
    assert [v.line for v in verdicts] == text.split("\n")[:-1]


def test_explain_agrees_with_clean(cleaner):
    text = "Headline here\nSome prose sentence that goes on for a while.\nShare this:\nFacebook Twitter WhatsApp\n"
    verdicts = cleaner.explain(text)
    kept = "".join(v.line + "\n" for v in verdicts if v.kept)
    assert kept == cleaner.clean(text)


def test_blank_lines_have_no_score_and_text_lines_have_reasons(cleaner):
    verdicts = cleaner.explain("First line of text.\n\nSecond line of text.\n")
    blank = verdicts[1]
    assert blank.reason is Reason.BLANK and math.isnan(blank.score)
    assert blank.top_features == blank.top_context == ()
    for v in (verdicts[0], verdicts[2]):
        assert 0.0 <= v.own_score <= 1.0 and 0.0 <= v.score <= 1.0
        assert v.reason in (Reason.CONTENT, Reason.JUNK)
        assert len(v.top_features) == 3
        assert all(name in FEATURE_NAMES for name, _ in v.top_features)
        assert len(v.top_context) == 3
        assert all(name in CONTEXT_NAMES for name, _ in v.top_context)
        sizes = [abs(value) for _, value in v.top_context]
        assert sizes == sorted(sizes, reverse=True)


def test_contributions_add_up_to_the_logit_where_the_network_is_linear():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(5, 4))
    mean, scale = rng.normal(size=4), rng.uniform(0.5, 2.0, size=4)
    w1, w2 = rng.normal(size=(4, 3)), rng.normal(size=(3, 1))
    b1, b2 = np.full(3, 100.0), np.array([0.3])  # every hidden unit active: the network is linear
    contributions = _contributions(x, mean, scale, w1, b1, w2)
    at_mean = _mlp(mean[None, :], mean, scale, w1, b1, w2, b2)
    np.testing.assert_allclose(contributions.sum(axis=1), _mlp(x, mean, scale, w1, b1, w2, b2) - at_mean)


def test_removed_line_is_marked_junk(cleaner):
    seed_tail = ("A sentence of the article that ends here.\n\nLeave a Reply\n\n"
                 "Your email address will not be published. Required fields are marked *\n")
    verdicts = cleaner.explain(seed_tail)
    removed = [v for v in verdicts if not v.kept and v.reason is Reason.JUNK]
    assert {v.line for v in removed} == {
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
    }


_PIECES = ("Prices rose by 3 percent in July, officials said on Monday.", "Leave a Reply", "Share on Facebook",
           "casino bonus kazan365.vip", "Related posts:", "Council approves new budget", "12 Comments",
           "Maria says: March 3, 2019 at 4:15 pm", "Reply", "", " ", "\r")


@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("\n".join))
@settings(deadline=None)
def test_explain_kept_lines_are_what_clean_returns(text):
    cleaner = Cleaner()
    lines, endings = split_lines(text)
    verdicts = cleaner.explain(text)
    assert [v.line for v in verdicts] == lines
    kept = {v.index: v.kept for v in verdicts}
    spans = {v.index: v.kept_span for v in verdicts if v.kept_span is not None}
    assert join_kept(lines, endings, [kept[i] for i in range(len(lines))], spans) == cleaner.clean(text)
