"""Spam glued onto a content line is cut off at the sentence end; content stays byte-identical."""

from cleanarticle import Cleaner, Reason
from cleanarticle.glued import head_candidates, tail_candidates

SENTENCE = "The committee will publish its final report on the new rail line in the spring, officials said."
GLUED = "luckyspin777.combetzone-giris.orgmegaslot88.net casino bonus kazan365.vip"


def test_glued_tail_is_cut_at_the_sentence_end(cleaner):
    assert cleaner.clean(f"{SENTENCE}{GLUED}\n") == f"{SENTENCE}\n"
    assert cleaner.clean(f"{SENTENCE} {GLUED}\r\n") == f"{SENTENCE}\r\n"


def test_explain_shows_the_cut(cleaner):
    verdict = cleaner.explain(f"{SENTENCE}{GLUED}")[0]
    assert verdict.kept and verdict.reason is Reason.TRIMMED
    assert verdict.kept_span == (0, len(SENTENCE))


def test_a_single_url_at_the_end_of_a_sentence_stays(cleaner):
    text = "Officials said the full report is available at www.example.org/report.\n"
    assert cleaner.clean(text) == text


def test_candidates_skip_urls_abbreviations_and_numbers():
    line = "Mr. Li paid 3.5 million at https://www.example.com/a. Then he left.spamname.comother.net"
    tails = [line[c:].lstrip() for c in tail_candidates(line)]
    assert tails[0].startswith("Li paid")
    assert not any(t.startswith(("5 million", "example", "com/a")) for t in tails)
    assert "spamname.comother.net" in tails


def test_head_candidates_need_a_separator_and_a_capital():
    line = "megaslot88.net | bonus kazan | The report was published on Monday."
    assert [line[c:] for c in head_candidates(line)] == ["The report was published on Monday."]


def test_clean_lines_are_never_trimmed():
    cleaner = Cleaner()
    text = "U.S. officials met on Jan. 5 in Washington, D.C. to discuss the plan.\nIt was approved.\n"
    assert cleaner.clean(text) == text
