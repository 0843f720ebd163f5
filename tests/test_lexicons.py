"""The shipped word lists are stored normalised, so loading uses their entries as read."""

import hashlib

import pytest

from cleanarticle import lexicons


@pytest.mark.parametrize("name", lexicons.LEXICON_NAMES)
def test_entries_are_stored_normalised(name):
    entries = lexicons.words(name)
    assert entries
    assert all(lexicons.normalise(entry) == entry for entry in entries)


@pytest.mark.parametrize("name", lexicons.LEXICON_NAMES)
def test_checksum_is_hashlib_sha256(name):
    # The checksum avoids hashlib (OpenSSL) on a cold start; it must be the very digest model.json pins.
    assert lexicons.lexicon_sha256(name) == hashlib.sha256(lexicons.raw_lexicon(name)).hexdigest()
