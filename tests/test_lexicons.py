"""The shipped word lists are stored normalised, so loading uses their entries as read."""

import pytest

from cleanarticle import lexicons


@pytest.mark.parametrize("name", lexicons.LEXICON_NAMES)
def test_entries_are_stored_normalised(name):
    entries = lexicons.words(name)
    assert entries
    assert all(lexicons.normalise(entry) == entry for entry in entries)
