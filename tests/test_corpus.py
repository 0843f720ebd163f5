"""Corpus-aware cleaning: lines repeated across many documents go, one-off content stays."""

import pytest

from cleanarticle import Cleaner, Reason
from cleanarticle.corpus import MIN_REPEAT_DOCS, LineCounts, repeat_boost

FOOTER = "The Harbour Courier is an independent newsroom supported by its readers and local businesses since 1987."


def _article(k: int) -> str:
    return (
        f"Council approves budget number {k} for the harbour district\n\n"
        f"The city council approved spending plan {k} on Tuesday after a debate that lasted {k + 2} hours.\n\n"
        f"Residents of district {k} said they hoped the money would fix the roads before the winter.\n\n"
    )


def test_counts_documents_not_occurrences():
    counts = LineCounts().add_many(["a line\na line\n", "a line\nother\n", "A  Line \n"])
    assert counts.documents == 3
    assert counts.frequency(["a line", "other", "never seen"]).tolist() == [3, 1, 0]


def test_merge_equals_counting_together():
    texts = [f"shared footer\nline {k}\n" for k in range(10)]
    whole = LineCounts().add_many(texts)
    merged = LineCounts().add_many(texts[:4]).merge(LineCounts().add_many(texts[4:]))
    assert merged.documents == whole.documents
    assert (merged.table == whole.table).all()


def test_repetition_boost_needs_many_documents_and_words():
    boost = repeat_boost([1, MIN_REPEAT_DOCS - 1, MIN_REPEAT_DOCS, 4 * MIN_REPEAT_DOCS], [12, 12, 12, 12])
    assert boost[0] == boost[1] == 0 < boost[2] < boost[3]
    short, long = repeat_boost([40, 40], [1, 12])
    assert short < long


def test_corpus_aware_removes_the_site_footer_and_keeps_articles():
    texts = [_article(k) + FOOTER + "\n" for k in range(30)]
    cleaner = Cleaner()
    outs = list(cleaner.clean_many(texts, corpus_aware=True))
    assert all(out == _article(k).rstrip("\n") + "\n" for k, out in enumerate(outs))
    assert cleaner.removed[Reason.REPEATED] == 30


def test_corpus_aware_needs_texts_it_can_read_twice():
    with pytest.raises(TypeError, match="reads texts twice"):
        list(Cleaner().clean_many(iter(["a"]), corpus_aware=True))
