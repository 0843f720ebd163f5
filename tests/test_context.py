"""The context stage's inputs: neighbours' scores and the words a line shares with its article."""

import numpy as np

from cleanarticle.context import CONTEXT_NAMES, SHARE_CAP, _share_in_sure_content, context_features
from cleanarticle.features import featurize_many

SHARE = CONTEXT_NAMES.index("vocab_in_sure_content")
SURE_LINES = CONTEXT_NAMES.index("log_sure_content_lines")
SURE, UNSURE = -5.0, 3.0  # line-network logits

ARTICLE = ["The tram line will reach the northern suburbs by spring.",
           "Work on the northern depot starts next month.",
           "The council expects the first trams to run in the autumn."]


def _context(docs: list[list[str]], logits: list[float]) -> np.ndarray:
    return context_features(np.array(logits), featurize_many(docs))


def test_words_the_article_never_uses_are_evidence_of_junk():
    spam = "kefilsiz kredi hızlı onay"
    C = _context([ARTICLE + ["Northern suburbs", spam, "Tokyo", "Monday, 14 January 2008", "2024"], [spam]],
                 [SURE, SURE, SURE, UNSURE, UNSURE, UNSURE, UNSURE, UNSURE, SURE])
    assert C[4, SHARE] == 0.0  # foreign here, though sure content in the other document
    # Shared words, one word, a date, no words: no evidence either way.
    assert C[[3, 5, 6, 7], SHARE].tolist() == [SHARE_CAP] * 4
    assert np.allclose(C[:8, SURE_LINES], np.log1p([2, 2, 2, 3, 3, 3, 3, 3]))  # sure lines other than the row itself
    assert C[8, SURE_LINES] == 0.0


def test_without_enough_sure_content_there_is_no_evidence():
    # A lone paragraph, a title and a paragraph, or lines that share no words: no article to compare with.
    C = _context([["A lone paragraph about trams."], ARTICLE[:2] + ["kefilsiz kredi hızlı onay"],
                  ["alpha beta gamma", "delta epsilon", "zeta eta"]], [UNSURE, SURE, SURE, UNSURE, SURE, SURE, SURE])
    assert C[:, SHARE].tolist() == [SHARE_CAP] * 7


def test_the_share_counts_each_word_once_and_pairs_of_characters_in_unspaced_scripts():
    f = featurize_many([["東京都は新しい路線の計画を発表した。", "東京の新しい路線", "สล็อตเว็บตรง"],
                        ["the northern northern depot", "Northern depot news"]])
    sure = np.array([1.0, 0.0, 0.0, 1.0, 0.0])
    share = _share_in_sure_content(sure, f.doc, f.vocab)
    # 東京 新し しい い路 路線 are in the article, 京の の新 are not; no Thai pair is.
    assert np.allclose(share, [0.0, 5 / 7, 0.0, 0.0, 2 / 3])
