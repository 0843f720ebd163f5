"""Reader-comment threads after the article: found, then dropped, kept or returned alone."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleanarticle import Cleaner, Reason
from cleanarticle.comments import (
    HEADER,
    MIN_ARTICLE_CHARS,
    MIN_ARTICLE_LINES,
    POINTING,
    SIGNATURE,
    STUB,
    thread_header,
    thread_marks,
    thread_rows,
)

ARTICLE = "\n\n".join([
    "City council approves new rail line after long debate",
    "The city council voted on Tuesday to approve the long-planned rail line between the harbour and the"
    " northern suburbs, ending a debate that has run for more than a decade.",
    "Supporters said the line would cut commuting times in half for thousands of residents, while critics"
    " warned that the budget of 2.4 billion had already grown twice since the first plans were drawn up.",
    "Construction is due to start next spring, and the first trains should run by the end of 2029, the"
    " transport department said in a statement.",
    "Residents who live along the planned route will be invited to three public meetings in March to discuss"
    " noise barriers and the location of the new stations.",
]) + "\n"
THREAD = """
12 Comments

Maria says:
March 3, 2019 at 4:15 pm
Finally! I have been waiting for this line since my kids were in school, and now they are grown up.
Reply

Tom_1984 says:
March 3, 2019 at 5:02 pm
Who is going to pay for all of this when the budget doubles again?
Reply
"""


def test_the_thread_goes_by_default():
    assert Cleaner().clean(ARTICLE + THREAD) == ARTICLE


def test_keep_and_only_return_the_comments():
    kept = Cleaner(comments="keep").clean(ARTICLE + THREAD)
    assert kept.startswith(ARTICLE) and "Who is going to pay for all of this" in kept
    only = Cleaner(comments="only").clean(ARTICLE + THREAD)
    assert "Who is going to pay for all of this" in only and "city council voted" not in only


def test_keep_still_removes_comment_forms_and_spam_inside_the_thread():
    form = ("Leave a Reply\nYour email address will not be published. Required fields are marked *\n"
            "Save my name, email, and website in this browser for the next time I comment.\n")
    spam = "best online casino bonus | slot siteleri | deneme bonusu veren siteler | bahis siteleri\n"
    text = ARTICLE + THREAD.replace("Reply\n\nTom_1984", f"Reply\n\n{spam}\nTom_1984") + form
    kept = Cleaner(comments="keep").clean(text)
    assert "Who is going to pay for all of this" in kept
    assert "casino" not in kept and "Leave a Reply" not in kept and "Save my name" not in kept


def test_explain_marks_the_thread_from_its_first_line(cleaner):
    reasons = {v.line: v.reason for v in cleaner.explain(ARTICLE + THREAD)}
    assert reasons["12 Comments"] is Reason.COMMENT and reasons["Maria says:"] is Reason.COMMENT
    assert all(reasons[line] is Reason.CONTENT for line in ARTICLE.splitlines() if line)


def test_a_quoted_reader_inside_the_article_starts_no_thread(cleaner):
    paragraphs = ARTICLE.split("\n\n")
    text = "\n\n".join([*paragraphs[:3], "One resident says:", "\"We have waited twenty years for this.\"",
                        *paragraphs[3:]])
    assert cleaner.clean(text) == text


@pytest.mark.parametrize(("line", "header"), [
    ("38 Comments", True), ("{ 167 comments }", True), ("Kommentare (4)", True),
    ("댓글 3", True), ('   "Comment": {', False), ("Comments are a way for readers to talk to each other", False),
    ("The mayor says:", False), ("Yorumlar (3)", True), ("12 bình luận", True), ("تعليقات", True),
    # Devanagari nouns end in combining marks; Bengali counts with a suffix on the number.
    ("टिप्पणियाँ", True), ("11 टिप्पणियाँ", True), ("10টি মন্তব্য", True),
    ("मंत्री ने इस टिप्पणी पर कोई जवाब नहीं दिया", False),
])
def test_thread_headers(line, header):
    assert thread_header(line, len(line.split()), 0.95) is header


def test_a_counted_header_needs_no_comment_score():
    assert thread_header("{ 18 comments… read them below or add one }", 8, 0.05)
    assert thread_header("Kommentare (4)", 2, 0.05)
    assert thread_header("10টি মন্তব্য", 2, 0.05)
    assert not thread_header("Comments", 1, 0.05)


def test_a_header_that_points_at_the_comments_below_is_marked_apart():
    lines = ["{ 19 comments… read them below or add one }", "3 Comments Leave a comment", "12 Comments",
             "Comments", "12 Comments You Should Never Make"]
    words = np.array([len(line.split()) for line in lines])
    marks = thread_marks(lines, np.array([0.0, 0.0, 0.0, 0.95, 0.0]), words,
                         np.array([any(ch.isdigit() for ch in line) for line in lines]), np.zeros(5, dtype=np.int64))
    assert marks.tolist() == [POINTING, POINTING, HEADER, HEADER, HEADER]


def test_a_titled_header_points_at_the_comments_below():
    # WordPress prints the count and the post's title, however long; a count without a quoted title,
    # or a sentence that only mentions replies, is no such header.
    lines = ["10 thoughts on “Why the Tram Line Was Late Again and What the Council Plans to Do About It”",
             "4 Gedanken zu „Mein Motto Konsumsparen“", '3 Kommentare zu "Grenzschließungen"',
             "10 thoughts on the budget", "The 3 replies to “Critics” were printed on Monday.", "Thank you!"]
    words = np.array([len(line.split()) for line in lines])
    digits = np.array([any(ch.isdigit() for ch in line) for line in lines])
    marks = thread_marks(lines, np.zeros(len(lines)), words, digits, np.zeros(len(lines), dtype=np.int64))
    assert marks.tolist() == [POINTING, POINTING, POINTING, 0, 0, 0]


WORDPRESS_THREAD = """
3 thoughts on “The tram line opens in spring”

Finally. I have been waiting for this since we moved here.

Let us see whether the buses really run every ten minutes.

Comments are closed.
"""


def test_a_closing_notice_is_no_comment(cleaner):
    assert cleaner.clean(ARTICLE + WORDPRESS_THREAD) == ARTICLE
    # A threshold no line reaches leaves the notice to the thread rules alone.
    kept = Cleaner(threshold=0.999, comments="keep").clean(ARTICLE + WORDPRESS_THREAD)
    assert kept == ARTICLE + WORDPRESS_THREAD.replace("\nComments are closed.\n", "")
    assert "Comments are closed." not in Cleaner(threshold=0.999, comments="only").clean(ARTICLE + WORDPRESS_THREAD)


def _rows(comment, marks, ends_sentence=None):
    n = len(comment)
    chars = np.full(n, MIN_ARTICLE_CHARS // 2)  # two lines make enough article text
    return thread_rows(np.asarray(comment, dtype=float), chars, np.zeros(n, dtype=np.int64),
                       np.asarray(marks, dtype=np.int8),
                       None if ends_sentence is None else np.asarray(ends_sentence, dtype=bool)).tolist()


def test_a_thread_from_scores_alone_needs_a_line_of_comment_furniture():
    # Quoted dialogue closing an article: every line the head claims ends a sentence.
    comment = [0.0] * 5 + [1.0] * 4
    assert _rows(comment, [0] * 9, [True] * 9) == [False] * 9
    # A name or a time over a comment (no sentence end) is furniture: the suffix is a thread.
    assert _rows(comment, [0] * 9, [True] * 6 + [False] + [True] * 2) == [False] * 5 + [True] * 4
    # Furniture the head does not claim is no evidence.
    assert _rows([0.0] * 5 + [1.0, 1.0, 0.2, 1.0], [0] * 9, [True] * 7 + [False, True]) == [False] * 9


def test_a_header_starts_a_thread_whose_bodies_read_like_prose():
    # Comment bodies score low, so no suffix gathers the evidence; the header and one more
    # comment line after it do.
    article, thread = [0.0] * 5, [0.95, 0.0, 0.0, 0.8, 0.0, 0.0]
    flags = [False] * 5 + [True] + [False] * 5
    assert _rows(article + thread, flags) == [False] * 5 + [True] * 6
    # A header with no comment line after it is no thread; nor is one before enough article.
    assert not any(_rows(article + [0.95, 0.0, 0.0], [False] * 5 + [True, False, False]))
    assert not any(_rows([0.0, 0.95, 0.8, 0.0, 0.0], [False, True, False, False, False]))


def test_a_header_that_points_at_the_comments_needs_no_comment_line_after_it():
    # "{ 4 comments… read them below }" over bodies the comment head does not claim.
    article, thread = [0.0] * 5, [0.05, 0.0, 0.1, 0.0, 0.0]
    assert _rows(article + thread, [0] * 5 + [POINTING] + [0] * 4) == [False] * 5 + [True] * 5
    assert not any(_rows(article + thread, [0] * 5 + [HEADER] + [0] * 4))


def test_a_counted_header_that_scores_low_needs_one_comment_line_after_it():
    # "{ 4 comments… read them below }" scores no comment, and only the first author line after it does.
    article, thread = [0.0] * 5, [0.05, 0.99, 0.0, 0.0, 0.0, 0.1]
    flags = [False] * 5 + [True] + [False] * 5
    assert _rows(article + thread, flags) == [False] * 5 + [True] * 6


def test_a_stub_opens_a_thread_of_its_own_after_enough_article():
    assert _rows([0.0] * 5 + [0.0], [0] * 5 + [STUB]) == [False] * 5 + [True]
    assert not any(_rows([0.0, 0.0], [0, STUB]))


def test_only_a_short_header_ending_its_document_is_a_stub():
    lines = ["Comments", "The council met again on Friday.", "Kommentare (4)", "Comments", "Reply",
             "12 Comments You Should Never Make", "Comments are closed.", "New rules on public comment"]
    words = np.array([len(line.split()) for line in lines])
    marks = thread_marks(lines, np.zeros(8), words, np.array([any(ch.isdigit() for ch in line) for line in lines]),
                         np.array([0, 0, 0, 1, 2, 3, 4, 5]))
    # A bare "Comments" in the middle of an article is no stub, nor a line naming no comments, nor a
    # longer title about them.
    assert marks.tolist() == [0, 0, STUB, STUB, 0, HEADER, STUB, 0]


@pytest.mark.parametrize("stub", ["120 Kommentare", "Comments", "komentarze (0)", "{ 0 comments… add one now }",
                                  "Comments are closed."])
def test_the_header_of_a_thread_left_out_goes_in_every_mode(stub):
    # The extractor kept the thread's header but none of its comments. A threshold no line reaches
    # leaves the header to the thread rules alone.
    text = f"{ARTICLE}\n{stub}\n"
    for mode, expected in (("drop", ARTICLE), ("keep", ARTICLE), ("only", "")):
        assert Cleaner(threshold=0.999, comments=mode).clean(text) == expected


def test_a_header_before_the_evidence_opens_the_thread():
    # "{ 24 comments… }", bodies the head does not claim, then comments it is sure of: the suffix
    # with the evidence starts late, the header starts the thread.
    article = [0.0] * 5
    thread = [0.05, 0.0, 0.0, 0.0, 0.95, 0.95, 0.95, 0.9, 0.95]
    flags = [False] * 5 + [True] + [False] * 8
    assert _rows(article + thread, flags) == [False] * 5 + [True] * 9
    # Without the header the thread starts where the evidence does.
    assert _rows(article + thread, [False] * 14) == [False] * 9 + [True] * 5


FIRST_COMMENT = "Two public meetings in March is not enough for a project of this size, and the council knows it."
SIGNED_THREAD = f"""
{FIRST_COMMENT}

Posted by: Helen Marsh | March 3, 2019 04:15 PM

The budget has doubled twice already. Who believes the third estimate will hold?

Posted by: Tom Reilly | March 3, 2019 05:02 PM

My daughter commutes from the northern suburbs every day, so anything faster is welcome.

Posted by: Anna K. on March 3, 2019 06:40 PM
"""


def test_signatures_under_the_comments_make_a_thread(cleaner):
    # Bodies that read like the article, each signed under it as Movable Type and TypePad print it.
    # The thread starts at the first signature, so the first comment stays with the article...
    assert cleaner.clean(ARTICLE + SIGNED_THREAD) == f"{ARTICLE}\n{FIRST_COMMENT}\n"
    # ...unless a header opens the thread before it.
    assert cleaner.clean(ARTICLE + "\n12 Comments\n" + SIGNED_THREAD) == ARTICLE
    assert Cleaner(comments="keep").clean(ARTICLE + SIGNED_THREAD) == ARTICLE + SIGNED_THREAD


def test_signatures_need_three_lines_and_two_signers():
    lines = ["Posted by: Helen | March 3, 2019", "Posted by: Tom on March 4, 2019", "Posted by: Helen at 4:15 PM",
             "Posted by Helen at 4:15 PM"]

    def marks_of(picked):
        doc = [lines[i] for i in picked]
        return thread_marks(doc, np.zeros(len(doc)), np.array([len(line.split()) for line in doc]),
                            np.ones(len(doc), dtype=bool), np.zeros(len(doc), dtype=np.int64)).tolist()

    assert marks_of([0, 1, 2]) == [SIGNATURE] * 3
    assert marks_of([0, 2]) == [0, 0]  # one signer on every entry: a blog's front page
    assert marks_of([3]) == [0]  # a post's own byline has no colon
    article, thread = [0.0] * 5, [0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    assert _rows(article + thread, [0] * 6 + [SIGNATURE, 0, SIGNATURE, 0, SIGNATURE]) == [False] * 6 + [True] * 5
    assert not any(_rows(article + thread, [0] * 6 + [SIGNATURE, 0, 0, 0, SIGNATURE]))


SLASH_THREAD = """
Misleading headline (Score:5, Insightful)
The study measured the pilot route only, not the whole network.
Re: (Score:2)
Which is the only route that exists so far.
Re:Misleading headline (Score:4, Funny)
Nobody reads past the headline anyway.
"""


def test_scored_subject_lines_make_a_thread(cleaner):
    # Each comment under its subject line and moderation score, as Slash prints them.
    assert cleaner.clean(ARTICLE + SLASH_THREAD) == ARTICLE
    assert Cleaner(comments="keep").clean(ARTICLE + SLASH_THREAD) == ARTICLE + SLASH_THREAD
    lines = SLASH_THREAD.strip().splitlines()
    marks = thread_marks(lines, np.zeros(len(lines)), np.array([len(line.split()) for line in lines]),
                         np.array([any(ch.isdigit() for ch in line) for line in lines]),
                         np.zeros(len(lines), dtype=np.int64))
    assert marks.tolist() == [SIGNATURE, 0, SIGNATURE, 0, SIGNATURE, 0]
    # Two scored lines are too few to open a thread.
    two = "\n".join(lines[:4]) + "\n"
    assert cleaner.clean(f"{ARTICLE}\n{two}") == f"{ARTICLE}\n{two}"


_line = st.tuples(st.floats(0, 1), st.integers(0, 300), st.sampled_from([0, 0, 0, HEADER, POINTING, SIGNATURE, STUB]))


@given(st.lists(st.lists(_line, max_size=25), max_size=4))
def test_a_thread_is_always_a_suffix_after_enough_article(docs):
    prob = np.array([p for doc in docs for p, _, _ in doc], dtype=float)
    chars = np.array([c for doc in docs for _, c, _ in doc], dtype=np.int64)
    marks = np.array([m for doc in docs for _, _, m in doc], dtype=np.int8)
    doc = np.repeat(np.arange(len(docs)), [len(d) for d in docs]).astype(np.int64)
    rows = thread_rows(prob, chars, doc, marks)
    for k in range(len(docs)):
        mine, mine_chars = rows[doc == k], chars[doc == k]
        if mine.any():
            first = int(np.argmax(mine))
            assert mine[first:].all()
            assert first >= MIN_ARTICLE_LINES and mine_chars[:first].sum() >= MIN_ARTICLE_CHARS
