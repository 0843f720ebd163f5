"""Trim spam glued onto the end (or start) of a content line.

Scrapers join inline elements without a newline, so a hidden link block can
arrive stuck to a real paragraph: ``...in the war.wiibet.com1xbit...``. A line
that stays as content but carries spam signals is split into pieces at
sentence ends (and separators); when every piece from some sentence end to
the end of the line scores as junk on its own, the line is cut there. A cut
is only ever made at a sentence boundary and keeps the content part
byte-identical; when in doubt the whole line stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# A span must score at least this (junk probability, on its own) to be cut off...
GLUE_JUNK_THRESHOLD = 0.9
# ...and the part that stays must score below this.
GLUE_CONTENT_THRESHOLD = 0.5
# Pieces shorter than this are scored together with the piece after them.
MIN_PIECE_CHARS = 24
# Cut points tried per line and side; a content paragraph has fewer sentence ends before spam.
MAX_CANDIDATES = 12
# The content left after a cut must be at least this long.
MIN_CONTENT_CHARS = 40
_SENTENCE_END = frozenset(".!?。！？…")
_CLOSERS = frozenset("\"'”’»)]")
_SEPARATORS = " \t|¦-–—,;·•/"
_HEAD_SPLIT = re.compile(r"(?:\s*[|¦–—•·]\s*|\s+-\s+|\s{2,}|,\s*)")
_GLUED_CAPITAL = re.compile(r"[a-z0-9/)\]]([A-ZÀ-ÖØ-ÞА-Я])")


@dataclass(frozen=True)
class Cut:
    """The part of a line that stays: ``line[start:end]``."""

    start: int
    end: int


def _ends_word(line: str, i: int, j: int) -> bool:
    """Whether the sentence-final mark at ``i`` ends prose rather than sits inside a URL or name.

    A mark followed by a space ends a sentence unless its token is a URL or a
    path. One glued to the next character does too, unless the two make a
    single domain name (``pic.twitter.com/x``: exactly one more dot follows)
    or the token is a path (``/var/log/rsyncd.log``); glued spam is a run of
    many names, or words with no dot at all.
    """
    start = line.rfind(" ", 0, i) + 1
    token = line[start:i]
    if any(mark in token for mark in ("://", "@", "/", "\\")) or token.casefold().startswith("www"):
        return False
    if line[j].isspace():
        return True
    stop = line.find(" ", j)
    run = line[j : stop if stop >= 0 else len(line)]
    new_script = not line[j].isascii() and line[i - 1].isascii()
    return len(token) >= 3 and token[-1].isalpha() and (run.count(".") != 1 or new_script)


def tail_candidates(line: str) -> list[int]:
    """Positions just after a sentence end (and its closing quotes) where a tail could begin."""
    out = []
    i = 0
    n = len(line)
    while i < n:
        if line[i] in _SENTENCE_END and i > 0 and line[i - 1] not in _SENTENCE_END:
            j = i + 1
            while j < n and line[j] in _CLOSERS:
                j += 1
            if j < n and not line[j].isdigit() and line[j] not in _SENTENCE_END and _ends_word(line, i, j):
                out.append(j)
            i = j
        else:
            i += 1
    return out


def head_candidates(line: str) -> list[int]:
    """Positions where content could begin: a capital after a separator or glued to a name."""
    out = [m.end() for m in _HEAD_SPLIT.finditer(line)]
    out += [m.start(1) for m in _GLUED_CAPITAL.finditer(line)]
    return sorted({p for p in out if MIN_PIECE_CHARS <= p < len(line) and line[p].isupper()})


def _merged(line: str, cuts: Sequence[int]) -> list[int]:
    """Cut points at least MIN_PIECE_CHARS apart (short pieces join the next one)."""
    kept: list[int] = []
    for cut in cuts:
        if not kept or cut - kept[-1] >= MIN_PIECE_CHARS:
            kept.append(cut)
    while kept and len(line) - kept[-1] < MIN_PIECE_CHARS and len(kept) > 1:
        kept.pop()
    return kept


@dataclass(frozen=True)
class Plan:
    """What to score for one line: for each candidate cut, the spans on both sides that decide it."""

    line: str
    tails: list[int]  # candidate starts of a junk tail
    heads: list[int]  # candidate starts of content after a junk head

    def spans(self) -> list[tuple[int, int]]:
        n = len(self.line)
        out = []
        for k, p in enumerate(self.tails):
            nxt = self.tails[k + 1] if k + 1 < len(self.tails) else n
            out += [(p, n), (p, nxt), (0, p)]  # the tail, its first piece, the content before
        for k, h in enumerate(self.heads):
            prev = self.heads[k - 1] if k else 0
            nxt = self.heads[k + 1] if k + 1 < len(self.heads) else n
            out += [(0, h), (prev, h), (h, nxt)]  # the head, its last piece, the content after
        return out


def plan(line: str) -> Plan:
    """Candidate cuts of a line: the first MAX_CANDIDATES of each kind, so work stays linear in its length."""
    tails = _merged(line, tail_candidates(line))[:MAX_CANDIDATES]
    heads = _merged(line, head_candidates(line))[:MAX_CANDIDATES]
    return Plan(line, tails, heads)


def choose_cut(p: Plan, scores: Sequence[float], spammy: Sequence[bool]) -> Cut | None:
    """The kept span of a line, or None to keep it whole.

    A tail goes from the earliest sentence end after which both the whole rest
    and its first piece score as junk, the rest carries spam signals (domains,
    spam words, a change of script), and the text before does not score as
    junk; a head goes up to the earliest capital where the mirror image holds.
    """
    n = len(p.line)
    end = n
    for k, start in enumerate(p.tails):
        tail, first, before = scores[3 * k : 3 * k + 3]
        junk = tail >= GLUE_JUNK_THRESHOLD and first >= GLUE_JUNK_THRESHOLD and spammy[3 * k]
        if junk and before < GLUE_CONTENT_THRESHOLD:
            end = start
            break
    offset = 3 * len(p.tails)
    begin = 0
    for k, h in enumerate(p.heads):
        head, last, after = scores[offset + 3 * k : offset + 3 * k + 3]
        junk = head >= GLUE_JUNK_THRESHOLD and last >= GLUE_JUNK_THRESHOLD and spammy[offset + 3 * k]
        if junk and after < GLUE_CONTENT_THRESHOLD and h < end:
            begin = h
            break
    if begin == 0 and end == n:
        return None
    kept_end = len(p.line[:end].rstrip(_SEPARATORS))
    if kept_end - begin < MIN_CONTENT_CHARS:
        return None
    return Cut(begin, kept_end)


def pieces_to_score(lines: Sequence[str]) -> tuple[list[str], list[Plan]]:
    """All spans of all ``lines`` to score (in one batch), and the plan of each line."""
    plans = [plan(line) for line in lines]
    texts = [pl.line[a:b] for pl in plans for a, b in pl.spans()]
    return texts, plans


def cuts_from_scores(plans: Sequence[Plan], scores: np.ndarray, spammy: np.ndarray) -> list[Cut | None]:
    """Cuts per plan from the junk score of every span and whether the span carries spam signals."""
    out: list[Cut | None] = []
    offset = 0
    for pl in plans:
        size = 3 * (len(pl.tails) + len(pl.heads))
        out.append(choose_cut(pl, scores[offset : offset + size].tolist(), spammy[offset : offset + size].tolist()))
        offset += size
    return out
