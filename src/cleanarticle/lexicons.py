"""Load the word lists the features count (stored normalised) and cache them."""

from __future__ import annotations

import importlib
import os
import re
import sys
import unicodedata
from functools import cache
from itertools import filterfalse

# CPython's own SHA-256, not hashlib's: hashlib loads OpenSSL, about 3 ms of a cold start.
# A build without it (--with-builtin-hashlib-hashes leaving sha2 out) falls back to hashlib.
try:
    _sha256 = importlib.import_module("_sha2" if sys.version_info >= (3, 12) else "_sha256").sha256
except ImportError:
    from hashlib import sha256 as _sha256

LEXICON_NAMES = ("boilerplate", "commenting", "glued_spam", "months", "spam", "stopwords", "tlds")


def normalise(text: str) -> str:
    """NFKC and case-fold (the check first: most text is already NFKC, and checking is cheaper)."""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return text.casefold()


def normalise_folded(text: str) -> str:
    """normalise() of text that is case-folded already: folding twice changes nothing, so text
    NFKC keeps (any ASCII text) stays as it is."""
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return text
    return unicodedata.normalize("NFKC", text).casefold()


def shipped_dir() -> str:
    """The folder of the shipped model and its lexicons (from the package's ``__path__``:
    importlib.resources and pathlib would add about 5 ms of imports to a cold start)."""
    return importlib.import_module("cleanarticle.models").__path__[0]


@cache
def raw_lexicon(name: str) -> bytes:
    with open(os.path.join(shipped_dir(), "lexicons", f"{name}.txt"), "rb") as f:
        return f.read()


@cache
def lexicon_sha256(name: str) -> str:
    return str(_sha256(raw_lexicon(name)).hexdigest())


@cache
def words(name: str) -> frozenset[str]:
    """Entries of a lexicon file: one per line, '#' starts a comment line.

    Entries are stored normalised (tests check every one), so they are used as
    read: normalising the 180 KB stoplist on load took longer than the rest of
    a first clean, and the model's checksums pin these exact bytes.
    """
    lines = raw_lexicon(name).decode("utf-8").split("\n")
    return frozenset(entry for entry in map(str.strip, lines) if entry and not entry.startswith("#"))


def is_mark(ch: str) -> bool:
    """Whether ``ch`` is a combining mark (Unicode category M): no regex word character, yet part
    of the word it is written on (words.py)."""
    return unicodedata.category(ch).startswith("M")


def single_words(name: str) -> list[str]:
    """A lexicon's one-word entries (those that are one word as words.py finds them: a comment or
    blank line never is one), read straight from the file: the word table needs no set of all 19k
    stoplist entries."""
    text = raw_lexicon(name).decode("utf-8")
    entries = list(map(str.strip, text.split("\n")))
    # str.isalnum runs in C and passes most. The rest may still be one word: \w also holds "_", and
    # a word goes on through the combining marks written on it ("है", "মাঠ", "สล็อต"; no mark is \w).
    rest = list(filterfalse(str.isalnum, entries))
    marks = "".join(filter(is_mark, set("".join(rest))))
    return list(filter(str.isalnum, entries)) + list(filter(re.compile(rf"\w[\w{marks}]*").fullmatch, rest))


def _trie_pattern(entries: list[str], group: bool = True) -> str:
    """A regex alternation factored by prefix, so the engine tries one branch per character;
    without ``group`` its top level is a bare alternation (see substring_pattern)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    escaped = {ch: re.escape(ch) for ch in set().union(*entries)}  # once per character, not per trie node
    for entry in entries:
        node = trie
        for ch in entry:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branches(node: dict) -> list[str]:  # type: ignore[type-arg]
        return [escaped[ch] + emit(child) for ch, child in sorted(node.items()) if ch]

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        alternatives = branches(node)
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return emit(trie) if group else "|".join(branches(trie))


def _is_latin(entry: str) -> bool:
    return all(ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in entry)


@cache
def substring_pattern(*names: str) -> str:
    """A regex matching any entry of the lexicons anywhere: spam names are glued to each other without spaces.

    A bare alternation, one branch per first character: scanned alone, each lets the engine
    skip fast to where it can start (textstats.alternatives), twice as fast on long texts."""
    return _trie_pattern(sorted(frozenset().union(*map(words, names))), group=False)


@cache
def word_pattern(name: str) -> str:
    """A regex matching Latin-script entries as whole words and other scripts anywhere."""
    entries = sorted(words(name))
    latin = [e for e in entries if _is_latin(e)]
    other = [e for e in entries if not _is_latin(e)]
    parts = []
    if latin:
        parts.append(r"\b" + _trie_pattern(latin) + r"\b")
    if other:
        parts.append(_trie_pattern(other))
    return "|".join(parts)
