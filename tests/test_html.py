"""clean_html: trafilatura's extraction (comments included), then the cleaner."""

from __future__ import annotations

import sys

import pytest

trafilatura = pytest.importorskip("trafilatura", reason='needs the html extra: pip install "cleanarticle[html]"')

from cleanarticle import Cleaner
from cleanarticle.html import clean_html

ARTICLE_LINES = [
    "Ferry service resumes after storm",
    ("The island ferry sailed again on Thursday morning after three days in port, the operator said. "
    "Extra crossings will run through the weekend to carry the backlog of cars and freight."),
    ("Harbour staff worked overnight to repair a damaged ramp on the mainland side, and the operator "
    "thanked passengers for their patience during the closure."),
]
COMMENT = "Great news, I was stuck on the island all week!"
PAGE = f"""<html><head><title>{ARTICLE_LINES[0]}</title></head><body>
<article><h1>{ARTICLE_LINES[0]}</h1><p>{ARTICLE_LINES[1]}</p><p>{ARTICLE_LINES[2]}</p></article>
<div id="comments" class="comments-area">
<div class="comment"><p>{COMMENT}</p></div>
<h3 id="reply-title">Leave a Reply</h3>
<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<p>Comment *</p><p>Name *</p><p>Email *</p><p>Website</p><p>Post Comment</p>
</div></body></html>"""


def test_extracts_with_comments_then_cleans() -> None:
    extracted = trafilatura.extract(PAGE)
    assert "Leave a Reply" in extracted and COMMENT in extracted  # trafilatura's default keeps comments
    out = clean_html(PAGE)
    assert out == Cleaner().clean(extracted)
    assert out.splitlines()[:3] == ARTICLE_LINES
    assert "Required fields are marked" not in out


def test_options_go_to_trafilatura_and_to_the_cleaner() -> None:
    no_comments = clean_html(PAGE, include_comments=False)
    assert COMMENT not in no_comments and no_comments.splitlines() == ARTICLE_LINES
    strict = clean_html(PAGE, cleaner_options={"threshold": 0.99})
    assert strict == Cleaner(threshold=0.99).clean(trafilatura.extract(PAGE))
    assert clean_html(PAGE, output_format="markdown").startswith("# " + ARTICLE_LINES[0])


def test_nothing_extracted_gives_empty_text() -> None:
    assert clean_html("") == ""
    assert clean_html("<html><body></body></html>") == ""


def test_non_line_formats_are_refused() -> None:
    with pytest.raises(ValueError, match="output_format"):
        clean_html(PAGE, output_format="xml")


def test_missing_trafilatura_names_the_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # what an install without the extra looks like
    with pytest.raises(ImportError, match=r'pip install "cleanarticle\[html\]"'):
        clean_html(PAGE)
