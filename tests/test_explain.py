import math

from cleanarticle import LineVerdict, Reason
from cleanarticle.model import INPUT_NAMES as FEATURE_NAMES


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
    for v in (verdicts[0], verdicts[2]):
        assert 0.0 <= v.own_score <= 1.0 and 0.0 <= v.score <= 1.0
        assert v.reason in (Reason.CONTENT, Reason.JUNK)
        assert len(v.top_features) == 3
        assert all(name in FEATURE_NAMES for name, _ in v.top_features)


def test_removed_line_is_marked_junk(cleaner):
    seed_tail = ("A sentence of the article that ends here.\n\nLeave a Reply\n\n"
                 "Your email address will not be published. Required fields are marked *\n")
    verdicts = cleaner.explain(seed_tail)
    removed = [v for v in verdicts if not v.kept and v.reason is Reason.JUNK]
    assert {v.line for v in removed} == {
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
    }
