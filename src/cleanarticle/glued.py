"""Trim spam glued onto the end (or start) of a content line.

Scrapers join inline elements without a newline, so a hidden link block can
arrive stuck to a real paragraph: ``...in the war.wiibet.com1xbit...``. A line
that stays as content but carries spam signals, or a mark of gluing, is split
at candidate cuts: sentence ends for a tail, word starts for a head. Each cut
is judged by scoring the text on both sides of it on its own. A cut is marked
when the text changes character there (a sentence end glued to the next
letter, a separator run such as `` | ``, a change of script): ordinary prose
never does that, so a marked cut needs less junk evidence than a plain one.
The content part stays byte-identical; when in doubt the whole line stays.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from . import lexicons

# An unmarked cut: the spam side must score at least this (junk probability, on its own)
# and carry spam signals...
GLUE_JUNK_THRESHOLD = 0.9
# ...after a glued name, a pipe or a comma this score (or spam signals) is enough: on the
# development seed, content after such marks never scored above it.
GLUE_MARKED_JUNK_THRESHOLD = 0.5
# The part that stays must score below this.
GLUE_CONTENT_THRESHOLD = 0.5
# A tail's first piece runs to the next candidate at least this far on.
MIN_PIECE_CHARS = 24
# A head shorter than this (CJK counted double) stays: spam blocks put before content run longer.
MIN_HEAD_CHARS = 24
# Spans scored per candidate cut: see Candidate.
_SPANS = 4
# Cut points tried per line and side, so work stays linear in the line's length.
MAX_CANDIDATES = 16
# The content left after a cut must be at least this long (a CJK character counts double).
MIN_CONTENT_CHARS = 40
# How far to look back or ahead for the letters whose scripts decide a script change.
_SCRIPT_LOOK = 12
# How far to look for the token before a sentence end and the run after it.
_TOKEN_LOOK = 64

# Patterns are strings, compiled (and cached by re) on first use: only lines that get a closer
# look need them, and compiling them all took a millisecond of every cold start. _GLUE_MARK,
# which every kept line is checked for, is compiled up front.
_SENTENCE_END = r"[.!?。！？…]+[\"'”’»)\]]*"
_FINAL = frozenset(".!?。！？…\"'”’»)]")
_SEPARATORS = " \t|¦-–—,;·•/"
_SEPARATOR_MARKS = frozenset("|¦,;·•/")
_DASHES = frozenset("-–—")  # a dash also leads into a signature or an attribution
# A lowercase word after a sentence end marks a cut only after a word this long (not U.S., oz.).
_MIN_WORD_BEFORE_LOWER = 4
# A word glued to the next one by a period is a sentence end only from this length (not e.g).
_MIN_TOKEN_GLUED = 3
# ...or this long for a word with accents or in another script (år., 왔다.), which abbreviations rarely are.
_MIN_WORD_GLUED = 2
# A number this short before a period and a lowercase word is an ordinal or a list number.
_MAX_ORDINAL_DIGITS = 2
# After a dot, these make a file name (fetch.py), not a new sentence.
_FILE_EXTENSIONS = frozenset(
    "c cfg cpp css csv doc docx exe gif go h htm html ini java jpeg jpg js json log md mp3 mp4 pdf php png "
    "py rb rs sh svg ts txt xls xlsx xml yaml yml zip".split()
)
# A word of letters and digits before a period is a domain label (spin-btc8810.win), not a last word.
_NAME_WITH_DIGITS = r"(?=[A-Za-z0-9-]*[A-Za-z])(?=[A-Za-z0-9-]*[0-9])[A-Za-z0-9-]+"
# A link with more dots than this is a run of names glued together.
_MAX_LINK_DOTS = 4
# A domain label: a top-level domain here means the dot before it is part of a name.
_LABEL = r"[A-Za-z]+(?![\w-])"
_INNER_SENTENCE_END = r"[.!?。！？…][\"'”’»)\]]*\s"
# A sentence end after a word of three or more, glued to a letter or followed by a separator or a
# lowercase word (not U.S., p.m. on). The look-behind follows the mark so that a search can skip
# ahead to sentence-end characters (seven times faster on prose than leading with it).
_GLUE_MARK = re.compile(r"[.!?…](?<=[^\W_]{3}[.!?…])[\"'”’»)\]]*(?:[^\W\d_]|[ \t]*[|¦–—•·,;/-]|[ \t]+[a-zß-öø-ÿа-яё])")
_EMPTY_CELL = r"\|[ \t]*\|"
_GAP = r"[ \t|¦\-–—,;·•/]+"
# A gap before anything but an ASCII lowercase word (checked further by _content_start).
_GAP_BEFORE_WORD = r"[ \t|¦\-–—,;·•/]+(?=[^\sa-z])"
_GLUED_CAPITAL = r"(?<=[^\s])[\"“«‘]?[A-ZÀ-ÖØ-ÞА-ЯЁ]"
_STRONG_MARKS = frozenset({"script"})
_CJK_ENDS = frozenset("。！？")  # CJK sentences follow each other with no space
_OPENERS = frozenset("\"'“‘«(")
# Wide (CJK) characters, and letter runs by script: a change between neighbouring runs is a mark.
_WIDE = "[\u3040-\u9fff\uac00-\ud7af]"
_SCRIPT_RUN = (
    "|".join(
        f"(?P<{name}>[{chars}]+)"
        for name, chars in (
            ("latin", "A-Za-zªºÀ-ÖØ-öø-ɏḀ-ỿ"),
            ("greek", "Ͱ-Ͽ"),
            ("cyrillic", "Ѐ-ӿ"),
            ("hebrew", "\u0590-\u05ff"),
            ("arabic", "\u0600-\u06ff\u0750-\u077f"),
            ("indic", "\u0900-\u0dff"),
            ("thai", "\u0e00-\u0eff"),
            ("hangul", "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"),
            ("cjk", "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"),
        )
    )
)


# NamedTuples, not dataclasses: a dataclass takes four times as long to define on a cold start.
class Cut(NamedTuple):
    """The part of a line that stays: ``line[start:end]``."""

    start: int
    end: int


class Candidate(NamedTuple):
    """One place a line could be cut, and the four spans whose scores decide it.

    ``keep`` is the kept span if the cut is made; ``junk`` the span that
    would go, ``piece`` its part nearest the cut, ``content`` the part that
    would stay, ``content_piece`` that part's piece nearest the cut.
    """

    keep: tuple[int, int]
    junk: tuple[int, int]
    piece: tuple[int, int]
    content: tuple[int, int]
    content_piece: tuple[int, int]
    marks: frozenset[str]  # how the text changes at the cut: glued, separator, dash, script, lower, sentence
    open_end: bool  # the junk side does not end like a sentence
    inner_sentence: bool  # the junk side holds a sentence end of its own
    piece_open_end: bool  # the same for the piece nearest the cut


class _Scripts:
    """The script of the letters around any position of a line."""

    def __init__(self, line: str) -> None:
        runs = [(m.start(), m.end(), m.lastgroup or "") for m in re.finditer(_SCRIPT_RUN, line)]
        self.starts = [r[0] for r in runs]
        self.runs = runs

    def before(self, i: int) -> str:
        """The script of the last letter before ``i`` (within _SCRIPT_LOOK characters)."""
        k = bisect.bisect_left(self.starts, i) - 1
        if k < 0 or self.runs[k][1] < i - _SCRIPT_LOOK:
            return ""
        return self.runs[k][2]

    def after(self, i: int) -> str:
        """The script of the first letter at or after ``i`` (within _SCRIPT_LOOK characters)."""
        k = bisect.bisect_right(self.starts, i) - 1
        if k >= 0 and self.runs[k][1] > i:
            return self.runs[k][2]
        k += 1
        if k >= len(self.runs) or self.runs[k][0] > i + _SCRIPT_LOOK:
            return ""
        return self.runs[k][2]

    def changes(self, i: int, j: int) -> bool:
        a, b = self.before(i), self.after(j)
        return bool(a and b and a != b)

    def boundaries(self) -> list[int]:
        """Starts of letter runs whose script differs from the run before."""
        return [r[0] for q, r in zip(self.runs, self.runs[1:]) if q[2] != r[2]]


def _in_url(line: str, i: int) -> bool:
    """Whether the mark at ``i`` sits inside a URL, an e-mail address or a path."""
    token = _token_before(line, i).casefold()
    if any(mark in token for mark in ("://", "@", "/", "\\", "www.")) or token.endswith("www"):
        return True
    after = line[i : i + _TOKEN_LOOK].split(maxsplit=1)
    return bool(after) and "@" in after[0]  # the dot in jane.doe@example.org


class _Quotes:
    """Whether a position sits inside a quotation or parenthesis opened before it (»frag.jetzt« ...):
    guillemets and straight quotes by parity (their direction differs by language).

    Asked about ascending positions, it counts each character once: a line is scanned once,
    however many sentence ends it has.
    """

    def __init__(self, line: str) -> None:
        self.line = line
        self.at = self.guillemets = self.straight = self.depth = 0

    def inside(self, i: int) -> bool:
        seen = self.line[self.at : i]
        self.at = i
        self.guillemets += seen.count("»") + seen.count("«")
        self.straight += seen.count('"')
        self.depth += seen.count("(") - seen.count(")")
        return self.guillemets % 2 == 1 or self.straight % 2 == 1 or self.depth > 0


def _token_before(line: str, i: int) -> str:
    start = i
    while start > 0 and i - start < _TOKEN_LOOK and not line[start - 1].isspace():
        start -= 1
    return line[start:i]


def _glued_sentence_end(line: str, i: int, j: int, scripts: _Scripts) -> bool:
    """Whether the mark at ``i``, glued to the letter at ``j``, ends prose rather than sits in a name.

    It does unless the two make a single domain name (``pic.twitter.com/x``:
    exactly one more dot follows) or the token is short (``U.S``, ``e.g``);
    glued spam is a run of many names, or words with no dot at all.
    """
    token = _token_before(line, i)
    shortest = _MIN_TOKEN_GLUED if token.isascii() else _MIN_WORD_GLUED
    if len(token) < shortest or not line[j].isalpha() or not (token[-1].isalnum() or token[-1] in _FINAL):
        return False
    word = scripts.after(i - len(token))
    if word and scripts.before(i - len(token)) not in ("", word):
        return False  # a foreign name or code inside prose: "прописать player.modav"
    if not token.isascii():
        return True  # a word with accents or in another script is no host name: Linköping.bet...
    label = re.compile(_LABEL).match(line, j)
    if label and label.group().casefold() in lexicons.words("tlds"):
        return False  # example.com, PanARMENIAN.Net
    if label and (line[label.end() : label.end() + 1] == "(" or label.group().casefold() in _FILE_EXTENSIONS):
        return False  # code or a file name: console.log(x), fetch.py
    stop = line.find(" ", j, j + _TOKEN_LOOK)
    run = line[j : stop if stop >= 0 else j + _TOKEN_LOOK]  # bounded, so a long glued run stays linear
    return run.count(".") != 1 or not line[j].isascii()


def _single_link(text: str) -> bool:
    """One URL with a path (pic.twitter.com/x), not a glued run of names (a.com/xb.netc.io...)."""
    text = text.rstrip()
    return "/" in text and not any(ch.isspace() for ch in text) and text.count(".") <= _MAX_LINK_DOTS


def marked(line: str) -> bool:
    """Whether a line shows a mark of gluing: a sentence end glued to a letter, or followed by
    a separator or a lowercase word. Cheap, so it can pick the lines worth a closer look."""
    return _GLUE_MARK.search(line) is not None


def _abbreviation(token: str) -> bool:
    """Whether a word before a period is likely an abbreviation (U.S., oz., Tbsp.), after
    which a lowercase word goes on with the same sentence."""
    if token.isdigit():
        return False  # a year: "since 1995."
    short = len(token) < _MIN_WORD_BEFORE_LOWER or (token[:1].isupper() and len(token) == _MIN_WORD_BEFORE_LOWER)
    return short or not token.isalpha()


def _open_end(text: str) -> bool:
    return not text.rstrip() or text.rstrip()[-1] not in _FINAL


def _weight(text: str) -> int:
    """Length with CJK characters counted double: a CJK sentence is about half as long."""
    return len(text) + len(re.findall(_WIDE, text))


def tail_starts(line: str, scripts: _Scripts | None = None) -> list[tuple[int, int, frozenset[str]]]:
    """Places a tail could begin: (end of the sentence, start of the tail, marks)."""
    scripts = scripts or _Scripts(line)
    quotes = _Quotes(line)
    out = []
    n = len(line)
    for m in re.finditer(_SENTENCE_END, line):
        i, j = m.start(), m.end()
        if i == 0 or j >= n or len(m.group().rstrip("\"'”’»)]")) > 1 and line[i] == ".":
            continue  # an ellipsis "..." inside a sentence, or nothing after
        gap = re.compile(_GAP).match(line, j)
        k = gap.end() if gap else j
        if k >= n:
            continue
        glued = k == j
        if glued and line[i] == "…":
            continue  # an ellipsis glued to the next word is prose trailing off, not an end
        if _in_url(line, i) or quotes.inside(i) or (glued and not _glued_sentence_end(line, i, j, scripts)):
            continue
        token = _token_before(line, i)
        if re.fullmatch(_NAME_WITH_DIGITS, token):
            continue  # letters and digits make a name (spin-btc8810.win), not a last word
        ordinal = token.isdigit() and len(token) <= _MAX_ORDINAL_DIGITS and not line[j:k].strip()
        if ordinal and line[k].islower():
            continue  # an ordinal or a list number: "6. září", "1. https://..."
        if _single_link(line[k:]):
            continue  # one link after a sentence is a citation or an embed: pic.twitter.com/x
        separator = any(ch in _SEPARATOR_MARKS for ch in line[j:k])
        marks = {
            "glued": glued and line[i] not in _CJK_ENDS,
            "separator": separator,
            "dash": any(ch in _DASHES for ch in line[j:k]),
            "script": scripts.changes(i, k),
            # Abbreviations (U.S., oz.) are followed by a space; glued, the token was checked above.
            # After a comma the dot may end an abbreviation the list does not know (proc., itd.).
            "lower": (line[k].islower() and line[i] != "…" and not separator
                      and (glued or not _abbreviation(token))),
        }
        out.append((j, k, frozenset(name for name, on in marks.items() if on)))
        if len(out) >= MAX_CANDIDATES:
            break
    return out


def _first_letter(line: str, h: int) -> str:
    """The letter content starting at ``h`` begins with, past an opening quote or a number
    (CJK and Korean dates begin with one: 12月, 3월); "" if it starts otherwise."""
    if line[h] in _OPENERS:
        h += 1
    stop = min(len(line), h + _SCRIPT_LOOK)
    k = h
    while k < stop and line[k].isdigit():
        k += 1
    if k == stop or (k > h and (line[k].isupper() or line[k].islower())):
        return ""
    return line[k] if line[k].isalpha() else ""


def _content_start(line: str, h: int) -> bool:
    ch = _first_letter(line, h)
    return ch.isupper() or (ch.isalpha() and not ch.islower())


def _before_number(line: str, h: int) -> int:
    """Where content starting at ``h`` begins when a number opens it: "...casino2014년부터"."""
    lowest = max(0, h - _SCRIPT_LOOK)
    while h > lowest and line[h - 1].isdigit():
        h -= 1
    return h


def head_starts(line: str, scripts: _Scripts | None = None) -> list[tuple[int, int, frozenset[str]]]:
    """Places content could begin after a junk head: (end of the head, start of content, marks)."""
    scripts = scripts or _Scripts(line)
    # Each source yields positions in order, so the first MAX_CANDIDATES of each hold the first of all.
    found: dict[int, int] = {}
    gaps = (
        (m.end(), m.start()) for m in re.finditer(_GAP_BEFORE_WORD, line)
        if 0 < m.start() and _content_start(line, m.end())
    )
    glued = (
        (m.start(), m.start()) for m in re.finditer(_GLUED_CAPITAL, line)
        if line[m.start() - 1].islower() or line[m.start() - 1].isdigit() or line[m.start() - 1] in ".)]/"
    )
    script_starts = (
        (h, h) for h in (_before_number(line, b) for b in scripts.boundaries())
        if line[h - 1] not in _SEPARATORS and _content_start(line, h)
    )
    for source in (gaps, glued, script_starts):
        for h, end in itertools.islice(source, MAX_CANDIDATES):
            found.setdefault(h, end)
    out = []
    for h in sorted(found)[:MAX_CANDIDATES]:
        end = found[h]
        marks = {
            "glued": end == h,
            "separator": any(ch in _SEPARATOR_MARKS for ch in line[end:h]),
            "script": scripts.changes(end, h),
            "sentence": line[end - 1] in _FINAL,
        }
        out.append((end, h, frozenset(name for name, on in marks.items() if on)))
    return out


def candidates(line: str, heads: bool = True) -> list[Candidate]:
    """Every cut worth judging on ``line``: tails first (earliest first), then heads if asked."""
    if line.lstrip().startswith("|") or "|" in line and re.search(_EMPTY_CELL, line):
        return []  # a table row: extractors write its cells between pipes, and cells are content
    n = len(line)
    scripts = _Scripts(line)
    out = []
    tails = tail_starts(line, scripts)
    for q, (end, start, marks) in enumerate(tails):
        nxt = next((k for _, k, _ in tails[q + 1 :] if k - start >= MIN_PIECE_CHARS), n)
        tail = line[start:]
        inner = q + 1 < len(tails) or bool(re.search(_INNER_SENTENCE_END, tail))
        # The content before a tail is judged whole: a short last sentence scores unreliably alone.
        out.append(Candidate((0, end), (start, n), (start, nxt), (0, end), (0, end), marks, _open_end(tail),
                             inner, _open_end(line[start:nxt])))
    starts = head_starts(line, scripts) if heads else []
    for q, (end, start, marks) in enumerate(starts):
        prev = next((k for _, k, _ in reversed(starts[:q]) if end - k >= MIN_PIECE_CHARS), 0)
        head = line[:end]
        nxt = starts[q + 1][0] if q + 1 < len(starts) else n
        out.append(Candidate((start, n), (0, end), (prev, end), (start, n), (start, nxt), marks, _open_end(head),
                             bool(re.search(_INNER_SENTENCE_END, head)), _open_end(head)))
    return [c for c in out if _possible(c, line)]


def _possible(c: Candidate, line: str) -> bool:
    """Whether the rules could accept ``c`` whatever its scores: only such cuts are scored.

    Enough content must stay. A tail cut with no mark needs a tail that does
    not end like a sentence and holds none. A head must be long enough, must not hold a sentence,
    nor end like one unless the content is in another script; at a plain space
    the content must start with a capital (in a script without capitals any
    word could start it) and the head must not end with a function word
    ("The casino in | Adelaide...").
    """
    if _weight(line[c.keep[0] : c.keep[1]]) < MIN_CONTENT_CHARS:
        return False
    if c.keep[0] == 0:
        return bool(c.marks) or (c.open_end and c.piece_open_end and not c.inner_sentence)
    if _weight(line[c.junk[0] : c.junk[1]]) < MIN_HEAD_CHARS:
        return False  # a short head is a label, a number or a cell glued on, not a spam block
    if c.inner_sentence or not (c.open_end or "script" in c.marks):
        return False
    if c.marks:
        return True
    words = line[: c.junk[1]].split()
    last = lexicons.normalise(words[-1]) if words else ""
    return _first_letter(line, c.keep[0]).isupper() and last not in lexicons.words("stopwords")


class Plan(NamedTuple):
    """What to score for one line: three spans per candidate cut."""

    line: str
    cuts: list[Candidate]

    def spans(self) -> list[tuple[int, int]]:
        return [span for c in self.cuts for span in (c.junk, c.piece, c.content, c.content_piece)]


def plan(line: str, heads: bool = True) -> Plan:
    return Plan(line, candidates(line, heads))


def _is_junk(c: Candidate, score: float, spammy: bool, open_end: bool) -> bool:
    """Whether a span on the junk side of tail cut ``c`` is junk, given its own score and spam signals.

    A span that ends like a sentence needs a mark, spam signals and a junk
    score. Otherwise a script change or a lowercase word right after the
    sentence end is enough, since prose never does that; a name glued to the
    sentence end, a pipe or a comma needs a junk score or spam signals; a
    dash (which also leads into a signature) spam signals. With no mark, a
    plain ". " before a capital, the tail must be one block holding no
    sentence end of its own, score as junk and carry spam signals.
    """
    strong = score >= GLUE_JUNK_THRESHOLD and spammy
    if not open_end or not c.marks:
        return strong  # with no mark, _possible has checked the tail is one open block
    if c.marks & _STRONG_MARKS:
        return True
    if c.marks & {"glued", "separator"}:
        return spammy or score >= GLUE_MARKED_JUNK_THRESHOLD
    return spammy  # a dash


def _is_junk_head(c: Candidate, scores: Sequence[float], spammy: Sequence[bool]) -> bool:
    """Whether the head before ``c`` is junk: it and its last piece carry spam signals and
    score as junk, or it carries spam signals in another script than the content after it."""
    strong = all(s >= GLUE_JUNK_THRESHOLD and sp for s, sp in zip(scores[:2], spammy[:2]))
    return strong or ("script" in c.marks and spammy[0])


def choose_cut(p: Plan, scores: Sequence[float], spammy: Sequence[bool]) -> Cut | None:
    """The kept span of a line, or None to keep it whole.

    A tail goes from the earliest sentence end after which the whole rest and
    its first piece are junk and the text before is content; a head goes up
    to the earliest word start where the head is junk and the rest content.
    """
    begin, end = 0, len(p.line)
    tail_done = head_done = False
    for k, c in enumerate(p.cuts):
        is_tail = c.keep[0] == 0
        if (tail_done and is_tail) or (head_done and not is_tail):
            continue
        s, sp = scores[_SPANS * k : _SPANS * (k + 1)], spammy[_SPANS * k : _SPANS * (k + 1)]
        content = max(s[2], s[3])
        if sp[2] or sp[3] or content >= GLUE_CONTENT_THRESHOLD and not (is_tail and content < min(s[0], s[1])):
            continue  # a lone last sentence can score as junk on its own, but less so than a junk tail
        if is_tail and _is_junk(c, s[0], sp[0], c.open_end) and _is_junk(c, s[1], sp[1], c.piece_open_end):
            end, tail_done = c.keep[1], True
        elif not is_tail and c.keep[0] < end and _is_junk_head(c, s, sp):
            begin, head_done = c.keep[0], True
    if begin == 0 and end == len(p.line):
        return None
    if _weight(p.line[begin:end]) < MIN_CONTENT_CHARS:
        return None
    return Cut(begin, end)


def pieces_to_score(lines: Sequence[str], heads: Sequence[bool]) -> tuple[list[str], np.ndarray, list[Plan]]:
    """The distinct spans of all ``lines`` to score (in one batch), which of them each span
    of each plan is, and the plan of each line.

    A head is only looked for where ``heads`` says so: it needs spam signals of its own.
    """
    plans = [plan(line, h) for line, h in zip(lines, heads)]
    distinct: dict[str, int] = {}
    index = [distinct.setdefault(pl.line[a:b], len(distinct)) for pl in plans for a, b in pl.spans()]
    return list(distinct), np.asarray(index, dtype=np.int64), plans


def cuts_from_scores(plans: Sequence[Plan], scores: np.ndarray, spammy: np.ndarray) -> list[Cut | None]:
    """Cuts per plan from the junk score of every span and whether the span carries spam signals."""
    out: list[Cut | None] = []
    offset = 0
    for pl in plans:
        size = _SPANS * len(pl.cuts)
        out.append(choose_cut(pl, scores[offset : offset + size].tolist(), spammy[offset : offset + size].tolist()))
        offset += size
    return out
