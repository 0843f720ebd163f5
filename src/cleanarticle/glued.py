"""Trim spam glued onto the end (or start) of a content line.

Scrapers join inline elements without a newline, so a hidden link block can
arrive stuck to a real paragraph: ``...in the war.wiibet.com1xbit...``. A line
that stays as content but carries spam signals, or a mark of gluing, is split
at candidate cuts: sentence ends for a tail, word starts for a head. Each cut
is described by the line features of the text on both sides of it (scored on
its own), and by how the text changes there (a sentence end glued to the next
letter, a separator run such as `` | ``, a change of script); the model's cut
head, trained on generated glued lines against candidate cuts in real and
generated article lines, scores it. The content part stays byte-identical;
when in doubt the whole line stays.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from . import lexicons
from .features import FEATURE_NAMES, OWN_FEATURES, SENTENCE_FINAL, featurize_many
from .textstats import SENTENCE_ENDS, alternatives

if TYPE_CHECKING:
    from .model import LineModel

# At least this many domains in a span make a link block, not a citation.
_MIN_DOMAINS = 3
# One glued name can be a real one with a digit (www.my6sense.com); a cut needs this many.
_MIN_GLUED_TO_CUT = 2
# Glue marks after which a tail with no spam words may go: prose never changes character so.
_PLAIN_TAIL_MARKS = frozenset({"glued", "separator", "script"})
# A span that says the same pair of content words twice is keyword stuffing, spam whatever its
# language: the lexicon need not know the words ("vay tiền nhanh ... vay tiền nhanh").
_MIN_STUFFED_REPEATS = 2
_STUFFED_SHARE = 4  # one word in this many
_MIN_STUFFED_WORDS = 4
# Letters a lexicon entry may carry on in a word and still be that word (casinos, loaned).
_MAX_INFLECTION = 3
# Letters in a row past which a run is words glued together, not one word.
_MIN_GLUED_RUN = 14
# Words of two or more letters; a token with a dot between letters or a slash (a link) matches
# whole as the first branch and yields no word. A text with no such dot or slash has no link, and
# its words alone are found in half the time (the dot leads, so a search skips ahead to dots).
_LETTER_WORD = r"[^\W\d_]{2,}"
_WORDS_NOT_IN_LINKS = rf"\S*(?:\w\.\w|/)\S*|({_LETTER_WORD})"
_DOT_BETWEEN_WORDS = r"\.(?<=\w\.)\w"
# A tail's first piece runs to the next candidate at least this far on.
MIN_PIECE_CHARS = 24
# Cut points tried per line and side, so work stays linear in the line's length.
MAX_CANDIDATES = 16
# Sentence ends looked at from each end of a line for a tail's start (most are no candidate).
_ENDS_LOOKED_AT = 4 * MAX_CANDIDATES
# Lines longer than this are not searched for cuts: each candidate's spans are featurized, so a
# huge line would cost up to MAX_CANDIDATES times its length, and no paragraph is that long.
MAX_LINE_CHARS = 20_000
# The content left after a cut must be at least this long (a CJK character counts double).
MIN_CONTENT_CHARS = 40
# The characters at each end of a line scanned for glued spam words (spam_at_edges).
_EDGE_CHARS = 64
# How far to look back or ahead for the letters whose scripts decide a script change.
_SCRIPT_LOOK = 12
# How far to look for the token before a sentence end and the run after it.
_TOKEN_LOOK = 64
_WORD = r"[^\W\d_]+"  # a word of letters
# The lexicons whose entries say spam in a part cut off a line (glued_spam.txt is not a line feature).
_SPAM_LEXICONS = ("spam", "glued_spam")

# Patterns are strings, compiled (and cached by re) on first use: only lines that get a closer
# look need them, and compiling them all took a millisecond of every cold start. _GLUE_MARK,
# which every kept line is checked for, is compiled up front.
_ENDS = SENTENCE_ENDS + "…"
_SENTENCE_END = rf"[{_ENDS}]+[\"'”’»)\]]*"
_FINAL = SENTENCE_FINAL
_SEPARATORS = " \t|¦-–—,;·•/"
_SEPARATOR_MARKS = frozenset("|¦,;·•/")
_DASHES = frozenset("-–—")  # a dash also leads into a signature or an attribution
_SET_OFF_MARKS = (_SEPARATOR_MARKS | _DASHES) - {","}
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
    "bak bat c cfg cgi conf cpp css csv deb dll dmg doc docx exe gif go gz h htm html ini iso jar java jpeg "
    "jpg js json log md mp3 mp4 pdf php pl png ppt pptx py rb rpm rs rst sh so sql svg tar tex toml ts txt "
    "wav webp xls xlsx xml yaml yml zip".split()
)
# A word of letters and digits before a period is a domain label (spin-btc8810.win), not a last word.
_NAME_WITH_DIGITS = r"(?=[A-Za-z0-9-]*[A-Za-z])(?=[A-Za-z0-9-]*[0-9])[A-Za-z0-9-]+"
# What such a name and its label hold: a digit, the rest of the name, a dot and a letter.
_DIGIT_BEFORE_DOT = r"[0-9][A-Za-z0-9-]*\.[A-Za-z]"
# A link with more dots than this is a run of names glued together.
_MAX_LINK_DOTS = 4
# A domain label: a top-level domain here means the dot before it is part of a name.
_LABEL = r"[A-Za-z]+(?![\w-])"
# Four or more plain words, maybe after quotes or a rule: how a sentence opens.
# Numbers, dashes, quotes and brackets may come between the words; an apostrophe inside one (I'm).
_LEADING_WORDS = (r"[\W_]*(?:[^\W\d_]+(?:['’][^\W\d_]+)*(?:(?:,?\s+|[;:]\s*)\d+(?:[.,]\d+)*%?)*"
                  r"[\s,;:\"“”«»()\[\]—–-]+){4,}(?=\S)")
# A number opening a tail ends the content's last sentence ("Jan. 6."); one closing a head opens
# a numbered paragraph ("2. Today").
_LEADING_NUMBER = r"\s*\d+(?:[.!?)\]]|\W*(?:\s|$))"
_LIST_NUMBER = r"(?:^|\s|(?<=[^\W\d_]))\d{1,3}[.)]\s*$"
# Where a head's pieces part: a separator run or a run of spaces (a head ends with its last piece,
# which must be spam too: "... | iOS specialist Sonny Dickson" keeps its first words).
_HEAD_PIECES = r"\s+[|¦/·•–—-]+\s+|[|¦]|\s{2,}"
# A one-word sentence opening a tail is the content's last ("Sigh...", "(Sorry.)"). Glued to what
# follows only after "...", "!", "?" or a closing bracket or quote: one dot glued to a letter is a
# host name (luckyspin.com).
_ONE_WORD_SENTENCE = (r"\s*[(\"“«‘]?[^\W\d_]+(?:[.!?…]+[)\"”»’]?\s|(?:[!?…]|\.\.)[.!?…]*[)\"”»’]?(?=[^\W\d_])"
                      r"|\.[)\"”»’](?=[^\W\d_]))")
# A short sentence: two to six words (letters, digits, inner apostrophes or hyphens), its end, then a
# space or a separator.
_SHORT_SENTENCE = (r"\s*[\"“«‘(]?([^\W_]+(?:['’-][^\W_]+)*(?:[ ,]+[^\W_]+(?:['’-][^\W_]+)*){1,5})"
                   r"[.!?…:]+[\"”»’)\]]*(?:\s|[|¦,;/-]|$)")
# Words, then a link: a sentence that points to a page ("Veja como em brasil247.com/apoio").
_WORDS_TO_LINK = r"\s*([^\W\d_]+(?:\s+[^\W\d_]+)+)\s+\S*\w\.[A-Za-z]"
# A sign-off set off by a separator or two spaces ("...You All! Love, Maria | spam").
_SIGN_OFF = r"\s*([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+,\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)(?:\s*[|¦/·•–—-]|\s{2,})"
# A capitalised word set off by a separator or two spaces, an initial, or words in brackets: a
# signature or a source ("... J best casino", "...\" - Sapa | spam", "... [MSNBC]spam"); a dash glued
# to what follows is a hyphen inside a name ("Turbo-rulet77799.biz").
_SIGNATURE = (r"\s*([A-ZÀ-ÖØ-ÞА-ЯЁ](?:[^\W\d_]*(?:\s*[|¦/·•]|\s*[–—-](?![^\W_])|\s{2,})|\s)|[A-Z](?=[^\x00-\u024f])"
              r"|\[[^\W\d_]+(?:\s[^\W\d_]+){0,3}\])")
# A head that ends with a sentence end and one word took the content's first word; glued to the
# sentence end (no space), the word is capitalised and the sentence's last word a word ("güncel.Google").
_SENTENCE_OPENER = r"[.!?](?:\s+[^\W\d_]+|(?<=[^\W\d_]{3}[.!?])[A-ZÀ-ÖØ-ÞА-ЯЁ][^\W\d_]*)\s*$"
_MIN_LEADING_STOPWORDS = 2
# A glued-on name is at least this long; shorter, it starts a word (McGovern).
_MIN_NAME_LETTERS = 4
# The words at a sentence's start that must show no spam (spam glued on later may).
_SENTENCE_HEAD_WORDS = 4
# The capitalised words at a head's end looked at for a sentence that runs to the cut, and the
# stopwords that sentence holds up to the cut.
_SENTENCE_LOOK = 8
_MIN_RUN_ON_STOPWORDS = 4
_INITIALS = r"(?:[A-Z]\.)+"  # M.C.
# Two or more initials glued to the end of a word ("...king555.comM.C."): a name's start.
_GLUED_INITIALS = r"[^A-Z.](?:[A-Z]\.){2,}$"
# Words of letters only (an apostrophe or hyphen inside), separated by spaces or commas.
_PLAIN_WORDS = r"[^\W\d_]+(?:['’-][^\W\d_]+)*(?:[\s,]+[^\W\d_]+(?:['’-][^\W\d_]+)*)*"
# A list dash just before the content, after a separator mark or glued to the spam, or a bullet or em
# dash after a space: it opens the content.
_LIST_DASH = r"(?:^|[|¦,;·•/]\s+)([-–—•]\s+)$|(?<=\s)([—•]\s+)$"
# The last piece of a head, which must be spam: after a separator or a comma.
_HEAD_LAST_PIECE = _HEAD_PIECES + r"|,\s+"
# A head of keywords: at least this many words, fewer stopwords than this share of them, no sentence end.
_MIN_HEAD_WORDS = 3
_MIN_HEAD_SPAM_WORDS = 2
# The words of a head next to the content that must show spam themselves.
_HEAD_END_WORDS = 3
_MAX_HEAD_STOPWORD_SHARE = 0.25
# A sentence end followed by a space or glued to another script; a CJK one anywhere.
_HEAD_SENTENCE_END = rf"[{_ENDS}][\"'”’»)\]]*(?:\s|(?=[^\x00-\u036f]))|[。！？]"
_INNER_SENTENCE_END = rf"[{_ENDS}][\"'”’»)\]]*\s"
_ANY_SENTENCE_END = rf"[{_ENDS}][\"'”’»)\]]*(?=\s|[^\W\d_])"  # glued to the next word too
# A sentence end after a word of three or more, glued to a letter or followed by a separator or a
# lowercase word (not U.S., p.m. on). The look-behind follows the mark so that a search can skip
# ahead to sentence-end characters (seven times faster on prose than leading with it).
_GLUE_MARK = re.compile(r"[.!?…](?<=[^\W_]{3}[.!?…])[\"'”’»)\]]*(?:[^\W\d_]|[ \t]*[|¦–—•·,;/-]|[ \t]+[a-zß-öø-ÿа-яё])")
_GAP = r"[ \t|¦\-–—,;·•/]+"
# A gap before anything but an ASCII lowercase word (checked further by _content_start).
_GAP_BEFORE_WORD = r"[ \t|¦\-–—,;·•/]+(?=[^\sa-z])"
_GLUED_CAPITAL = r"(?<=[^\s])[\"“«‘]?[A-ZÀ-ÖØ-ÞА-ЯЁ]"
_CJK_ENDS = frozenset("。！？")  # CJK sentences follow each other with no space
_CLOSING_QUOTES = frozenset("\"”»’")
# A source's name: a capital, then lowercase letters up to anything else (a glued capital ends it).
_SOURCE_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-öø-ÿа-яё]+(?:(?![^\W\d_])|(?=[A-ZÀ-ÖØ-ÞА-ЯЁ]))"
_OPENERS = frozenset("\"'“‘«([「『（【《")
# Marks that open content, which a head of spam does not end with: a quote (`` of plain-text
# TeX too), a bracket, a bullet, an ellipsis ("spam ... While these deaths").
_OPENING_MARKS = (*_OPENERS, "*", "`", "...", "…")
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
    """Whether a position sits inside a quotation or parenthesis opened before it and closed after it
    (»frag.jetzt« ...): guillemets and straight quotes by parity (their direction differs by
    language). One left open to the line's end closes nothing: a quote that runs on into the next
    paragraph, as news style has it, leaves its paragraph's end open to glued spam.

    Asked about ascending positions, it counts each character once: a line is scanned once,
    however many sentence ends it has.
    """

    def __init__(self, line: str) -> None:
        self.line = line
        self.at = self.guillemets = self.straight = self.opened = self.closed = 0
        self.all_guillemets = line.count("»") + line.count("«")
        self.all_straight = line.count('"')
        self.all_closed = line.count(")")

    def inside(self, i: int) -> bool:
        seen = self.line[self.at : i]
        self.at = i
        self.guillemets += seen.count("»") + seen.count("«")
        self.straight += seen.count('"')
        self.opened += seen.count("(")
        self.closed += seen.count(")")
        return ((self.guillemets % 2 == 1 and self.all_guillemets > self.guillemets)
                or (self.straight % 2 == 1 and self.all_straight > self.straight)
                or (self.opened > self.closed and self.all_closed > self.closed))


def _token_before(line: str, i: int) -> str:
    start = i
    while start > 0 and i - start < _TOKEN_LOOK and not line[start - 1].isspace():
        start -= 1
    return line[start:i]


def _token_after(line: str, i: int) -> str:
    """The text from ``i`` to the next space, bounded so a long glued run stays linear."""
    end = line.find(" ", i, i + _TOKEN_LOOK)
    return line[i : end if end >= 0 else i + _TOKEN_LOOK]


def _glued_sentence_end(line: str, i: int, j: int, scripts: _Scripts) -> bool:
    """Whether the mark at ``i``, glued to the letter at ``j``, ends prose rather than sits in a name.

    It does unless the two make a single domain name (``pic.twitter.com/x``:
    exactly one more dot follows, and no spam) or the token is short (``U.S``, ``e.g``);
    glued spam is a run of many names, or words with no dot at all.
    """
    token = _token_before(line, i)
    if token.isdigit() and len(token) < _MIN_TOKEN_GLUED and line[j].isalpha():
        return spam_shaped(line[j : j + _TOKEN_LOOK])  # a day or an ordinal: "tháng 11.букмекерская", not "3.Liga"
    shortest = _MIN_TOKEN_GLUED if token.isascii() else _MIN_WORD_GLUED
    # A word may end in a combining mark (Arabic tanwin: "كافٍ").
    if len(token) < shortest or not (token[-1].isalnum() or token[-1] in _FINAL
                                     or lexicons.is_mark(token[-1])):
        return False
    if not line[j].isalpha():
        # A number glued to a word's last sentence ("frågor.1:1 replica"), not a version (v.2, Fig.1).
        return line[j].isdigit() and len(token) >= _MIN_NAME_LETTERS and token.isalpha()
    word = scripts.after(i - len(token)) if any(ch.isalpha() for ch in token) else ""
    if word and scripts.before(i - len(token)) not in ("", word):
        return False  # a foreign name or code inside prose: "прописать player.modav"
    if not token.isascii():
        return True  # a word with accents or in another script is no host name: Linköping.bet...
    label = re.compile(_LABEL).match(line, j)
    if label and label.group().casefold() in lexicons.words("tlds"):
        # example.com, PanARMENIAN.Net; but a year or a last word, then a top-level domain that opens
        # a run of spam words, ends a sentence: "...since 1998.live casino | slots", "Oviedo.Casino jackpot".
        last_word = token.isdigit() or token.isalpha() and (token.islower() or line[j].isupper())
        return last_word and line[label.end() : label.end() + 1].isspace() and spam_shaped(line[j : j + _TOKEN_LOOK])
    if label and (line[label.end() : label.end() + 1] == "(" or label.group().casefold() in _FILE_EXTENSIONS):
        return False  # code or a file name: console.log(x), fetch.py
    run = _token_after(line, j)
    # One dot more makes a host (pic.twitter.com) unless it or what follows is spam (evening.toto-x1.pro,
    # "Boer.bluecoinland.app crypto casino").
    return run.count(".") != 1 or not line[j].isascii() or spam_shaped(line[j : j + _TOKEN_LOOK])


def _single_link(text: str) -> bool:
    """One URL with a path (pic.twitter.com/x), not a glued run of names (a.com/xb.netc.io...)."""
    text = text.rstrip()
    return "/" in text and not any(ch.isspace() for ch in text) and text.count(".") <= _MAX_LINK_DOTS


def spam_at_edges(lines: Sequence[str]) -> list[bool]:
    """Whether each line opens in lowercase with a spam word, or ends with one and no sentence end
    (see _lexicon_hit). The line features scan no line of mostly stopwords for spam words, yet a
    paragraph may carry spam glued to either end; a paragraph opens with a capital and ends with a
    sentence end, so only an end that does not is scanned, no further than _EDGE_CHARS."""
    edges = []
    for line in lines:
        text = line.strip()
        head = text[:_EDGE_CHARS] if text[:1].islower() else ""
        tail = text[-_EDGE_CHARS:] if text[-1:] not in _FINAL else ""
        edges.append(f"{head} {tail}" if len(text) > 2 * _EDGE_CHARS else text if head or tail else "")
    # Case-folded, not normalised: the scan only picks the lines worth _lexicon_hit's closer look.
    hit_lines = _lexicon_matched([edge.casefold() for edge in edges])
    return [k in hit_lines and _lexicon_hit(lexicons.normalise(edge)) for k, edge in enumerate(edges)]


def _lexicon_matched(texts: Sequence[str]) -> set[int]:
    """Which of ``texts`` the spam lexicons match somewhere, in one scan of them all by each branch
    of the pattern alone (no entry holds a newline, so no match runs from one text into the next)."""
    starts = list(itertools.accumulate((len(text) + 1 for text in texts), initial=0))
    joined = "\n".join(texts)
    return {bisect.bisect_right(starts, m.start()) - 1
            for part in alternatives(lexicons.substring_pattern(*_SPAM_LEXICONS)) for m in part.finditer(joined)}


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
    ends = list(re.finditer(_SENTENCE_END, line))
    if len(ends) > 2 * _ENDS_LOOKED_AT:  # only the first and last sentence ends can offer a start
        ends = ends[:_ENDS_LOOKED_AT] + ends[-_ENDS_LOOKED_AT:]
    for m in ends:
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
        # A quotation closed right after the sentence end ends with it; a parenthesis goes on ("(?you?) might").
        inside = quotes.inside(i) if any(ch in ")]" for ch in line[i:j]) else quotes.inside(j)
        if _in_url(line, i) or inside or (glued and not _glued_sentence_end(line, i, j, scripts)):
            continue
        token = _token_before(line, i)
        if re.fullmatch(_NAME_WITH_DIGITS, token):
            continue  # letters and digits make a name (spin-btc8810.win), not a last word
        # (An ordinal is followed by one space: none or two set off what follows, "tháng 12.  swiss made".)
        ordinal = token.isdigit() and len(token) <= _MAX_ORDINAL_DIGITS and line[j:k] == " "
        if ordinal and line[k].islower() and not spam_shaped(line[k : k + _TOKEN_LOOK]):
            continue  # an ordinal or a list number: "6. září", "1. https://...", not "tháng 1. soi kèo"
        if _single_link(line[k:]) and not spam_shaped(line[k:]):
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
    if len(out) <= MAX_CANDIDATES:
        return out
    # Spam glued to a long paragraph starts after its last sentences; a short paragraph's, among the
    # first sentence ends of the line (spam names hold many of their own).
    return out[: MAX_CANDIDATES // 2] + out[-(MAX_CANDIDATES // 2) :]


def _first_letter(line: str, h: int) -> str:
    """The letter content starting at ``h`` begins with, past an opening quote or a number
    (CJK and Korean dates begin with one: 12月, 3월; in a script without capitals a space may
    follow it: 2017 সাল থেকে); "" if it starts otherwise."""
    if line[h] in _OPENERS:
        h += 1
    stop = min(len(line), h + _SCRIPT_LOOK)
    k = h
    while k < stop and line[k].isdigit():
        k += 1
    if h < k < stop - 1 and line[k] == " " and line[k + 1].isalpha() and not _cased(line[k + 1]):
        k += 1
    if k == stop or (k > h and _cased(line[k])):
        return ""
    return line[k] if line[k].isalpha() else ""


def _cased(ch: str) -> bool:
    return ch.isupper() or ch.islower()


def _content_start(line: str, h: int) -> bool:
    ch = _first_letter(line, h)
    return ch.isupper() or (ch.isalpha() and not ch.islower())


def _before_number(line: str, h: int) -> int:
    """Where content starting at ``h`` begins when a number or an opening quote opens it:
    "...casino2014년부터", "...홀덤사이트1995 সাল থেকে", "...เว็บ“It was". Spam names end in
    digits too, but a few of theirs left on the line cost less than a year taken off the content."""
    lowest = max(0, h - _SCRIPT_LOOK)
    k = h - 1 if h > 1 and line[h - 1] == " " and line[h - 2].isdigit() and not _cased(line[h]) else h
    while k > lowest and line[k - 1].isdigit():
        k -= 1
    h = k if k < h and line[k].isdigit() else h
    return h - 1 if h > 1 and line[h - 1] in _OPENERS else h


def _list_mark_start(line: str, gap_start: int, h: int) -> int:
    """Where content starts after a gap: at ``h``, or at a list dash after a separator or glued to the
    text before ("spam | - We ...", "spam- We ..."), or at a bullet or an em dash after a space
    ("spam • Share ...", "spam — Я знаю ..."): a list item or a line of dialogue. Spam runs are
    parted by pipes, commas, hyphens and en dashes; a bullet or em dash left with the content
    costs far less than one taken from it."""
    mark = re.search(_LIST_DASH, line[gap_start:h])
    return gap_start + mark.start(mark.lastindex or 1) if mark else h


def _one_letter_prefix(line: str, h: int) -> bool:
    """Whether the capital at ``h`` follows one lowercase letter that starts a word: iOS, eBay, iPhone."""
    return h >= 1 and line[h - 1].islower() and (h == 1 or not line[h - 2].isalnum())


def head_starts(line: str, scripts: _Scripts | None = None) -> list[tuple[int, int, frozenset[str]]]:
    """Places content could begin after a junk head: (end of the head, start of content, marks)."""
    scripts = scripts or _Scripts(line)
    # Each source yields positions in order, so the first MAX_CANDIDATES of each hold the first of all.
    found: dict[int, int] = {}
    gaps = (
        (_list_mark_start(line, m.start(), m.end()), m.start()) for m in re.finditer(_GAP_BEFORE_WORD, line)
        if 0 < m.start() and _content_start(line, m.end())
    )
    glued = (
        (m.start(), m.start()) for m in re.finditer(_GLUED_CAPITAL, line)
        if (line[m.start() - 1].islower() or line[m.start() - 1].isdigit() or line[m.start() - 1] in ".!?)]/")
        and not _one_letter_prefix(line, m.start())
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


def _lexicon_hit(text: str) -> bool:
    """Whether the spam lexicons match somewhere in ``text`` (normalised), not inside a longer
    word of plain letters (``specialist`` holds "cialis", ``judicial`` "judi") unless that word is
    a name (digits or dots in it), holds two entries or is too long for a word (``onlinekasinobonus``)."""
    hits = [hit.span() for hit in re.finditer(lexicons.substring_pattern(*_SPAM_LEXICONS), text)]
    starts = [a for a, _ in hits]
    for a, b in hits:
        if not text[a:b].isascii():
            return True
        start, end = a, b  # the run of letters around the hit, looked at no further than _TOKEN_LOOK
        while start > 0 and text[start - 1].isalpha() and a - start < _TOKEN_LOOK:
            start -= 1
        while end < len(text) and text[end].isalpha() and end - b < _TOKEN_LOOK:
            end += 1
        run = end - start
        in_run = bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)
        inflected = start == a and end - b <= _MAX_INFLECTION  # not inside a word: so|cialis|t
        if inflected or run >= _MIN_GLUED_RUN or in_run > 1:
            return True
        token_start, token_end = start, end
        while token_start > 0 and not text[token_start - 1].isspace() and a - token_start < _TOKEN_LOOK:
            token_start -= 1
        while token_end < len(text) and not text[token_end].isspace() and token_end - b < _TOKEN_LOOK:
            token_end += 1
        if any(ch.isdigit() or ch == "." for ch in text[token_start:token_end].rstrip(".,;:!?")):
            return True
    return False


def stuffed(span: str) -> bool:
    """Whether ``span`` is keyword stuffing: mostly pairs of words (not both stopwords) said
    twice or more. Prose repeats a name now and then ("cream cheese"), but not as half its words;
    links are left out (three links to one site repeat its name, and that is a citation)."""
    return _stuffed_text(lexicons.normalise(span))


def _stuffed_text(text: str) -> bool:
    if "/" in text or re.search(_DOT_BETWEEN_WORDS, text):
        words = [word for word in re.findall(_WORDS_NOT_IN_LINKS, text) if word]
    else:
        words = re.findall(_LETTER_WORD, text)
    if len(set(zip(words, words[1:]))) == len(words) - 1:
        return False  # no pair of words comes twice
    stop = lexicons.words("stopwords")
    pairs = [(a, b) if a not in stop or b not in stop else None for a, b in zip(words, words[1:])]
    counts = Counter(pairs)
    covered: set[int] = set()
    for k, pair in enumerate(pairs):
        if pair is not None and counts[pair] >= _MIN_STUFFED_REPEATS:
            covered.update((k, k + 1))
    return len(covered) >= max(_MIN_STUFFED_WORDS, len(words) / 2)


def _spam_name(span: str) -> bool:
    """Whether ``span`` holds a host name of letters and digits (superfund245.live), as spam
    links are named and real sites rarely are."""
    # _DIGIT_BEFORE_DOT first: its search skips ahead to digits, where the full pattern (a look-behind
    # first) is tried at every position, and most spans have no such name.
    return (re.search(_DIGIT_BEFORE_DOT, span) is not None
            and re.search(rf"(?<![\w.-]){_NAME_WITH_DIGITS}\.{_LABEL}", span) is not None)


def candidates(line: str, heads: bool = True, spam: bool = True) -> list[Candidate]:
    """Every cut worth judging on ``line``: tails first (earliest first), then heads if asked.

    Without ``spam`` (no part of the line can carry spam signals) only the cuts _allowed
    without them are worth scoring: tails that run open after a mark prose never shows.
    """
    if uncuttable(line):
        return []
    if not spam and not _open_end(line):
        return []  # only a _plain_tail could go, and every tail ends where the line ends: as a sentence
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
    starts = head_starts(line, scripts) if heads and spam else []
    for q, (end, start, marks) in enumerate(starts):
        prev = next((k for _, k, _ in reversed(starts[:q]) if end - k >= MIN_PIECE_CHARS), 0)
        head = line[:end]
        nxt = starts[q + 1][0] if q + 1 < len(starts) else n
        out.append(Candidate((start, n), (0, end), (prev, end), (start, n), (start, nxt), marks, _open_end(head),
                             bool(re.search(_INNER_SENTENCE_END, head)), _open_end(head)))
    if not spam:
        out = [c for c in out if _plain_tail(c)]
    return [c for c in out if _possible(c, line)]


def uncuttable(line: str) -> bool:
    """Whether no cut is ever tried on ``line``, whatever its spam signals: a table row (extractors
    write its cells between pipes, and cells are content), or a line too long for a paragraph
    (scoring its spans would cost each candidate the whole line)."""
    return line.lstrip().startswith("|") or line.rstrip().endswith("|") or len(line) > MAX_LINE_CHARS


def _possible(c: Candidate, line: str) -> bool:
    """Whether a cut leaves enough content to be worth scoring: a shorter rest is no paragraph."""
    return _weight(line[c.keep[0] : c.keep[1]]) >= MIN_CONTENT_CHARS and bool(line[c.junk[0] : c.junk[1]].strip())


class Plan(NamedTuple):
    """What to score for one line: four spans per candidate cut."""

    line: str
    cuts: list[Candidate]

    def spans(self) -> list[tuple[int, int]]:
        return [span for c in self.cuts for span in (c.junk, c.piece, c.content, c.content_piece)]


def plan(line: str, heads: bool = True, spam: bool = True) -> Plan:
    return Plan(line, candidates(line, heads, spam))


# What the cut head reads: each span's own line features and scores, then how the text changes at the cut.
SPAN_ROLES = ("junk", "piece", "content", "content_piece")
SPAN_FEATURES = (*OWN_FEATURES, "ngram_logit", "own_logit")
MARK_NAMES = ("glued", "separator", "dash", "script", "lower", "sentence")
CUT_FLAGS = (*MARK_NAMES, "tail", "open_end", "piece_open_end", "inner_sentence", "cut_position",
             "log_junk_chars", "log_kept_chars")
CUT_INPUT_NAMES = (*(f"{role}:{name}" for role in SPAN_ROLES for name in SPAN_FEATURES), *CUT_FLAGS)


def _flags(c: Candidate, n: int) -> list[float]:
    tail = c.keep[0] == 0
    return [
        *(float(mark in c.marks) for mark in MARK_NAMES),
        float(tail), float(c.open_end), float(c.piece_open_end), float(c.inner_sentence),
        (c.keep[1] if tail else c.keep[0]) / max(n, 1),
        math.log1p(c.junk[1] - c.junk[0]),
        math.log1p(c.keep[1] - c.keep[0]),
    ]


def pieces_to_score(lines: Sequence[str], heads: Sequence[bool] | None = None,
                    spam: Sequence[bool] | None = None) -> tuple[list[str], np.ndarray, list[Plan]]:
    """The distinct spans of all ``lines`` to featurize (in one batch), which of them each span
    of each plan is, and the plan of each line (``heads`` and ``spam`` as for candidates)."""
    every = [True] * len(lines)
    plans = [plan(line, h, sp) for line, h, sp in zip(lines, heads or every, spam or every)]
    distinct: dict[str, int] = {}
    index = [distinct.setdefault(pl.line[a:b], len(distinct)) for pl in plans for a, b in pl.spans()]
    return list(distinct), np.asarray(index, dtype=np.int64), plans


def span_rows(model: LineModel, pieces: Sequence[str]) -> np.ndarray:
    """SPAN_FEATURES of each piece, featurized as a one-line document (a blank piece is all zeros)."""
    features = featurize_many([[piece] for piece in pieces])
    inputs = model.inputs(features)
    n_own = len(OWN_FEATURES)
    rows = np.zeros((len(pieces), len(SPAN_FEATURES)))
    has_row = np.fromiter((len(idx) > 0 for idx in features.text_idx), dtype=bool, count=len(pieces))
    ngram = inputs[:, len(FEATURE_NAMES)]
    rows[has_row] = np.column_stack([inputs[:, :n_own], ngram, model.own_logits(inputs)])
    return rows


class CutMatrix(NamedTuple):
    """The plans of some lines, the cut head's inputs (one row per candidate, columns
    CUT_INPUT_NAMES), the SPAN_FEATURES rows of the distinct spans, and which row each
    candidate's spans are (SPAN_ROLES in order)."""

    plans: list[Plan]
    inputs: np.ndarray
    rows: np.ndarray
    span_index: np.ndarray


def cut_matrix(model: LineModel, lines: Sequence[str], heads: Sequence[bool] | None = None,
               spam: Sequence[bool] | None = None) -> CutMatrix:
    pieces, index, plans = pieces_to_score(lines, heads, spam)
    rows = span_rows(model, pieces) if pieces else np.zeros((0, len(SPAN_FEATURES)))
    flags = [_flags(c, len(pl.line)) for pl in plans for c in pl.cuts]
    if not flags:
        return CutMatrix(plans, np.zeros((0, len(CUT_INPUT_NAMES))), rows, index)
    return CutMatrix(plans, np.hstack([rows[index].reshape(len(flags), -1), np.asarray(flags)]), rows, index)


def _plain_tail(c: Candidate) -> bool:
    """A tail that runs open after a mark real text never shows: it may go without spam signals."""
    return c.keep[0] == 0 and c.open_end and bool(c.marks & _PLAIN_TAIL_MARKS)


def _allowed(c: Candidate, spammy: bool) -> bool:
    """Cuts the head may make: the spam side carries spam signals, or it is a _plain_tail. Real
    prose cut after an abbreviation, a dash or a lowercase word ("1 tsp. nut butter",
    "– podkreśla Sikora") stays whole."""
    return spammy or _plain_tail(c)


def _widest(line: str, points: Sequence[int], between: Callable[[str], bool]) -> int:
    """The last of ``points`` (the narrowest cut first) reached while the text between each and
    the next shows spam."""
    at = points[0]
    for nxt in points[1:]:
        lo, hi = min(at, nxt), max(at, nxt)
        if not between(line[lo:hi] + _glued_label(line, hi)):
            break
        at = nxt
    return at


def _glued_label(line: str, i: int) -> str:
    """The top-level domain glued on at ``i`` when a name and its dot end just before it: a cut
    inside a run of glued names ("maxpokercity." | "iowww.gacor24.win") leaves a host on each side."""
    dot = re.search(r"[^\W\d_]{2}\.$", line[max(0, i - 3) : i])
    token = re.compile(r"[a-z]\S*").match(line, i, i + _TOKEN_LOOK) if dot else None
    if token is None:
        return ""
    # The label ends the token, or more names follow it ("io" of "iowww.gacor24.win"; not "es" of "essay").
    name = token.group().rstrip(".,;:!?")
    tlds = lexicons.words("tlds")
    return next((name[:k] for k in range(len(name), 1, -1)
                 if name[:k] in tlds and (k == len(name) or "." in name[k:])), "")


def choose_cut(p: Plan, scores: Sequence[float], spammy: Sequence[bool], threshold: float,
               spam_between: Callable[[str], bool] | None = None) -> Cut | None:
    """The kept span of a line, or None to keep it whole.

    Of the cuts that score at least ``threshold``, a tail goes from the
    narrowest, then widens to each earlier one while the text between them
    shows spam (``spam_between(text)``; by default it always does), so
    no spam is left half cut and no content goes with it ("Friday, Dec. 6."
    followed by glued names). A head widens the same way from the narrowest.
    """
    between = spam_between or (lambda text: True)
    begin, end = 0, len(p.line)
    ok = [s >= threshold and _allowed(c, sp) for c, s, sp in zip(p.cuts, scores, spammy)]
    tails = sorted({c.keep[1] for c, good in zip(p.cuts, ok) if good and c.keep[0] == 0}, reverse=True)
    if tails:
        end = _widest(p.line, tails, between)
    heads = sorted({c.keep[0] for c, good in zip(p.cuts, ok) if good and 0 < c.keep[0] < end})
    if heads:
        begin = _widest(p.line, heads, between)
    if (begin, end) == (0, len(p.line)) or _weight(p.line[begin:end]) < MIN_CONTENT_CHARS:
        return None
    return Cut(begin, end)


def _spam_words(X: np.ndarray, min_glued: int) -> np.ndarray:
    """Rows with spam words or ``min_glued`` glued domains (X: columns start with OWN_FEATURES)."""
    col = OWN_FEATURES.index
    out = (X[:, col("spam_char_share")] > 0) | (X[:, col("spam_word_ratio")] > 0)
    return np.asarray(out | (X[:, col("log_glued_domains")] > np.log1p(min_glued - 0.5)), dtype=bool)


def _many_domains(X: np.ndarray) -> np.ndarray:
    col = OWN_FEATURES.index
    domains = X[:, col("tld_per_100_chars")] * np.expm1(X[:, col("log_chars")]) / 100
    return np.asarray(domains >= _MIN_DOMAINS - 0.5, dtype=bool)


def spam_signals(X: np.ndarray) -> np.ndarray:
    """Rows with spam words, glued domains, or several domains (X: columns start with OWN_FEATURES)."""
    return np.asarray(_spam_words(X, 1) | _many_domains(X), dtype=bool)


def spam_shaped(span: str) -> bool:
    """Whether ``span`` could be spam: spam words, keyword stuffing or a spam-named host."""
    text = lexicons.normalise(span)
    return _spam_shaped(span, text, True)


def spam_shaped_many(spans: Sequence[str]) -> list[bool]:
    """spam_shaped of each span, the lexicons looked for in one scan of them all."""
    texts = [lexicons.normalise(span) for span in spans]
    matched = _lexicon_matched(texts) if texts else set()
    return [_spam_shaped(span, text, k in matched) for k, (span, text) in enumerate(zip(spans, texts))]


def _spam_shaped(span: str, text: str, matched: bool) -> bool:
    """spam_shaped of ``span`` (``text`` normalised); without ``matched`` the lexicons match nowhere in it."""
    return (matched and _lexicon_hit(text)) or _spam_name(span) or _stuffed_text(text)


def _spam_piece(text: str) -> bool:
    """Whether a piece of a cut-off part is spam too: spam-shaped, or one name glued on or
    set off (luckyspin777., " - turbodzwin."), not a number or a word ("Dec. 6.", "U.S. economy.")."""
    token = text.lstrip(_SEPARATORS)
    # CJK text has no spaces, but a run of it ("...于7月发布。", "約41,") is no name: names are Latin.
    # Nor is a word cut at its hyphen ("Marc-" of "Marc-Andre"), nor one opened by a quote ('"HECTo|R').
    if (token and not any(ch.isspace() or ch in _CJK_ENDS for ch in token) and not token.endswith("-")
            and token[0] not in _OPENERS
            and any(ch.isalpha() for ch in token) and not re.search(_WIDE, token)):
        # One name: glued on, after a separator mark, or made a host name by a digit or an inner dot.
        lead = text[: len(text) - len(token)]
        marked_off = not lead or any(ch in _SEPARATOR_MARKS or ch in _DASHES for ch in lead)
        word = lexicons.normalise(token.strip(".!?"))
        short = len(word) < _MIN_NAME_LETTERS or word in lexicons.words("stopwords")
        if _name_like(token) or (marked_off and not short):
            return True  # a stopword or a few letters glued on start a word: "We" in WeWork, "Mc" in McGovern
    return spam_shaped(text)


def _spam_head(text: str) -> bool:
    """Whether a head is a run of spam keywords: no sentence end or link in it, three or more words,
    few of them stopwords, two or more spam words, most pieces spam and its last words spam-shaped
    ("casino bonus | kazan365.vip | bahis siteleri"). One spam word is not enough: link lists
    of real pages name a topic ("Daily Forex Technical", "Commercial Loans and Mortgages")."""
    if "://" in text or re.search(_HEAD_SENTENCE_END, text + " "):
        return False
    words = re.findall(_WORD, text)
    if len(words) < _MIN_HEAD_WORDS or _stopwords_in(text) > _MAX_HEAD_STOPWORD_SHARE * len(words):
        return False
    hits = re.findall(lexicons.substring_pattern(*_SPAM_LEXICONS), lexicons.normalise(text))
    if len(hits) < _MIN_HEAD_SPAM_WORDS:
        return False
    pieces = [piece for piece in re.split(_HEAD_PIECES, text) if piece.strip(_SEPARATORS)]
    # A sentence among the pieces is content, unless it opens with spam: spam phrases hold stopwords
    # too ("slot gacor hari ini"), but "Lewis said of philosophers,eth roulette" opens as content.
    if any(_reads_as_sentence(piece) and not spam_shaped(" ".join(piece.split()[:_HEAD_END_WORDS]))
           for piece in pieces):
        return False
    last_words = " ".join(pieces[-1].split()[-_HEAD_END_WORDS:])
    return spam_shaped(last_words) and 2 * sum(map(_spam_piece, pieces)) >= len(pieces)


def _reads_as_sentence(text: str) -> bool:
    """Two or more stopwords, and as many as a sentence has among its words."""
    stop = _stopwords_in(text)
    return stop >= _MIN_LEADING_STOPWORDS and stop > _MAX_HEAD_STOPWORD_SHARE * len(re.findall(_WORD, text))


def _spam_throughout(text: str) -> bool:
    """Whether the text between two accepted cuts is spam from its first word on, so the cut may
    widen over it: not "Friday, Dec. 6.Goldencassino...", whose spam starts after content."""
    if not any(map(str.isalpha, text)):
        return False  # a bare number (a year, a count) opens content as often as it ends a spam name
    tokens = [token for token in text.split() if token.strip(_SEPARATORS)]
    if tokens and all(token.isascii() and _name_like(token) for token in tokens):
        return True  # a run of names ("| play-tr.vip | oddstr.io"), cut at one of their dots
    if not _spam_piece(text):
        return False
    token = text.lstrip(_SEPARATORS)
    first = token.split(maxsplit=1)[0] if token.strip() else ""
    return first == token or _name_like(first) or spam_shaped(first)


def _plain_words(text: str) -> bool:
    """No spam in ``text``, and it reads as content: one plain word (a reader's last word,
    "...trade value./guffaw"), plain words after a capital (a sign-off, "...sweet.Good luck peace
    danny") or words of which at least two are stopwords ("ver.di in Berlin")."""
    token = text.strip(_SEPARATORS + ".!?")
    if not token or spam_shaped(token) or any(map(_host_name, token.split())):
        return False
    if not any(ch.isspace() for ch in token):
        return not _name_like(token)
    if token[0].isupper() and not any(map(_name_like, token.split())) and re.fullmatch(_PLAIN_WORDS, token):
        return True  # a sign-off; a run of spam keywords rarely opens with a capital
    return _stopwords_in(token) >= _MIN_LEADING_STOPWORDS


def _stopwords_in(text: str) -> int:
    stop = lexicons.words("stopwords")
    return sum(word in stop for word in re.findall(_WORD, lexicons.normalise(text)))


def _set_off(gap: str) -> bool:
    """Whether a gap holds a separator mark or a dash, not a comma: spam set off from what follows it
    ("... Kamarix for sale | The plan"), not words running on ("In other news, Nintendo")."""
    return any(ch in _SET_OFF_MARKS for ch in gap)


def _capital_after_spam(head: str, next_word: str = "") -> bool:
    """Whether a plain capitalised word follows the last spam word or sentence end of a head and
    reads on as a sentence to the cut or the content's first word (``next_word``): content began
    before the cut ("cá cược bóng đá Meanwhile, acting | NSW", "... Tereza | Král, který ...")."""
    folded = head.casefold()
    if len(folded) != len(head):
        return False  # case folding moved the positions
    hits = list(re.finditer(lexicons.substring_pattern(*_SPAM_LEXICONS), folded))
    ends = [m.end() for m in re.finditer(_ANY_SENTENCE_END, head)]
    if not hits and not ends:
        return False
    hit = hits[-1] if hits else None
    if hit is not None and (not ends or hit.end() > ends[-1]):
        rest = head[hit.end() :]
        words = rest.split()[1:] if rest[:1].isalnum() else rest.split()  # past the rest of the spam word
    else:
        words = head[ends[-1] :].split()
    first = next((k for k, word in enumerate(words) if word[:1].isupper() and not _name_like(word)), None)
    if first is None:
        return False
    # From there on the words read as a sentence (a comma, a stopword or a contraction: "Meanwhile,
    # acting", "Doesn’t"), not as a brand and its goods ("replica Luivon watches", "Казино Северное Сияние").
    run = words[first:]
    return (any(word.endswith(",") or re.search(r"\w['’]\w", word) for word in [*run, next_word])
            or _stopwords_in(" ".join(run)) > 0)


def _ends_as_content(head: str) -> bool:
    """Whether a head ends as content does: with initials ("M.C. Hammer") or with a sentence end
    after a word that is no spam ("...DSPs and SSPs.", "...loans Disgusted?")."""
    words = re.findall(r"\S+", head)
    if not words:
        return False
    if head.rstrip()[-1] in _FINAL:
        last = words[-1].rstrip("".join(_FINAL))
        initials = re.fullmatch(_INITIALS, words[-1]) or re.search(_GLUED_INITIALS, words[-1])
        sentence = _last_sentence(head)
        return bool(initials) or not (spam_shaped(last) or _name_like(last) or _spam_head(sentence)
                                      or _repeats_spam(sentence))
    return False


def _repeats_spam(text: str) -> bool:
    """Whether one word makes up a quarter or more of a spam-shaped sentence, three times or more:
    stuffing around one keyword ("Pills pills best price pills pills cheap pills."). Prose says its
    words again, but not as a quarter of a sentence."""
    words = re.findall(_WORD, lexicons.normalise(text))
    if not words or not spam_shaped(text):
        return False
    stop = lexicons.words("stopwords")
    top = max(Counter(word for word in words if word not in stop).values(), default=0)
    return top >= _MIN_STUFFED_REPEATS + 1 and _STUFFED_SHARE * top >= len(words)


def _last_sentence(text: str) -> str:
    """The last sentence of ``text``, without its end mark."""
    body = text.rstrip().rstrip("".join(_FINAL))
    ends = list(re.finditer(_INNER_SENTENCE_END, body))
    return body[ends[-1].end() :] if ends else body


def _points_to_link(text: str) -> bool:
    """Whether ``text`` opens as a sentence that points to a link: a capital, two or more
    stopwords and no spam word before the first link ("Veja como em brasil247.com/apoio")."""
    lead = re.match(_WORDS_TO_LINK, text)
    if lead is None or not lead.group(1)[0].isupper() or _lexicon_hit(lexicons.normalise(lead.group(1))):
        return False
    return _stopwords_in(lead.group(1)) >= _MIN_LEADING_STOPWORDS


def _host_name(token: str) -> bool:
    """Whether ``token`` ends in a top-level domain after a dot (healthpro.club), not a word (ver.di)."""
    name, dot, label = token.rstrip(".,;:!?)").rpartition(".")
    return bool(dot and name and label.casefold() in lexicons.words("tlds"))


def _name_like(token: str) -> bool:
    """A host name's shape: a digit or an inner dot."""
    return any(ch.isdigit() for ch in token) or "." in token.rstrip(".!?")


def _sentence_start(text: str) -> bool:
    """Whether ``text`` opens a sentence: a capital, then four or more plain words, at least
    _MIN_LEADING_STOPWORDS of them stopwords, and no spam word among the first four (spam glued
    on later in the run of words does not count: "Some other technical results:casino...")."""
    words = re.match(_LEADING_WORDS, text)
    first = re.search(r"[^\W\d_]", words.group()) if words else None
    if words is None or first is None or not first.group().isupper():
        return False
    if spam_shaped(" ".join(re.findall(_WORD, words.group())[:_SENTENCE_HEAD_WORDS])):
        return False
    # A run of spam keywords with a capital is no sentence ("Pills order pills no prescription!"); the
    # run ends where the words do (spam glued on after "Check it out:" is not part of it).
    sentence = re.match(rf"[^{_ENDS}:|¦]*", text)
    keywords = sentence is not None and (_spam_head(sentence.group())
                                         or _repeats_spam(re.split(_HEAD_PIECES, sentence.group())[0]))
    return _stopwords_in(words.group()) >= _MIN_LEADING_STOPWORDS and not keywords


def _ends_in_a_sentence(head: str) -> bool:
    """Whether one of the last words of a head that start with a capital opens a sentence that
    runs to the cut: spam and then the content's first sentence, glued with a space, up to a
    word-inner capital ("...crypto casino Our aim is to ... questions about Open|Air")."""
    starts = [m.start() for m in re.finditer(r"(?<=\s)[^\W\d_]", head) if head[m.start()].isupper()]
    return any(_sentence_start(head[k:]) and _stopwords_in(head[k:]) >= _MIN_RUN_ON_STOPWORDS
               for k in starts[-_SENTENCE_LOOK:])


def _short_sentence(text: str) -> bool:
    """Whether ``text`` opens with a short sentence of plain words with no spam, set off from what
    follows by a space or a separator: the content's last ("...won. Smith finished third. - spam")."""
    m = re.match(_SHORT_SENTENCE, text)
    if m is None or spam_shaped(m.group(1)):
        return False
    # Lowercase words, a colon and a host name are an anchor and its link ("vay tiền nhanh:
    # money7.cc"); a sentence opens with a capital ("Watch it: ...").
    after = text[m.end() :].split(maxsplit=1)
    anchor = m.group(1)[0].islower() and m.group().rstrip().endswith(":")
    return not (anchor and after and (spam_shaped(after[0]) or _host_name(after[0])))


def _attribution(line: str, c: Candidate) -> bool:
    """Whether a tail opens with a source set off by a dash after a closing quote: a capitalised word
    with no spam, up to a space or a glued capital ("...back in March.\" - Sapa" and spam glued on)."""
    end, start = c.keep[1], c.junk[0]
    if line[end - 1 : end] not in _CLOSING_QUOTES or not any(ch in _DASHES for ch in line[end:start]):
        return False
    word = re.match(_SOURCE_WORD, line[start : start + _TOKEN_LOOK])
    return word is not None and not spam_shaped(word.group())


def _takes_content(line: str, c: Candidate, boundaries: Sequence[int]) -> bool:
    """Whether the part a cut removes begins as content, the spam only later:
    - a tail that opens with a number ("...Jan. 6. free dating"), a one-word or short sentence
      ("Sigh...", "See it: - spam"), a signature or source set off by a separator or after a quote
      and a dash ("...\" - Sapa | spam"), a sign-off ("Love, Maria | spam"), a sentence ("For more
      information, please visit www.my6sense.com.gacor99.app...") or one that points to a link, or
      that is plain words with no spam ("/guffaw", "ver.di in Berlin");
    - a head that opens with a sentence, or ends with a list number ("spam 2. Today") or a mark that
      opens content ("spam« Nous", "spam *** One", "spam ... While"), with a
      sentence end and one word ("...pills. So when"), as content ends (_ends_as_content), with
      a piece that is no spam ("... | iOS specialist") or in a sentence that runs up to the cut;
    - a part that goes on in the content's script and shows spam only past a change of script
      ("...yang kamu먹튀폴리스").
    """
    a, b = c.junk
    tail = c.keep[0] == 0
    signature = (re.match(_SIGNATURE, line[a:b]) or re.match(_SIGN_OFF, line[a:b])) if tail else None
    if tail and (re.match(_LEADING_NUMBER, line[a:b]) or re.match(_ONE_WORD_SENTENCE, line[a:b])
                 or _short_sentence(line[a:b])
                 or _sentence_start(line[a:b]) or _plain_words(line[a:b])
                 or (signature and not spam_shaped(signature.group(1))) or _points_to_link(line[a:b])
                 or _attribution(line, c)):
        return True
    head, gap = line[a:b], line[b : c.keep[0]]
    if not tail and (re.search(_LIST_NUMBER, head) or head.rstrip().endswith(_OPENING_MARKS)
                     or re.search(_SENTENCE_OPENER, head)
                     or (_capital_after_spam(head + gap.rstrip(), _token_after(line, c.keep[0])) and not _set_off(gap))
                     or _sentence_start(head) or _ends_as_content(head)
                     or not _spam_piece(re.split(_HEAD_LAST_PIECE, head)[-1]) or _ends_in_a_sentence(head)):
        return True
    inside = [k for k in boundaries if a < k < b]
    if not inside or "script" in c.marks:
        return False  # no change of script, or the part that goes begins with one
    near, far = (line[a : inside[0]], line[inside[0] : b]) if tail else (line[inside[-1] : b], line[a : inside[-1]])
    return spam_shaped(far) and not _spam_piece(near)


def cuts_from_scores(m: CutMatrix, scores: np.ndarray, threshold: float) -> list[Cut | None]:
    """Cuts per plan from the cut head's score of each of its candidates."""
    junk = m.span_index[:: len(SPAN_ROLES)]
    words = _spam_words(m.rows, _MIN_GLUED_TO_CUT)[junk]
    links = words | _many_domains(m.rows)[junk]
    out: list[Cut | None] = []
    offset = 0
    for pl in m.plans:
        k = len(pl.cuts)
        s = scores[offset : offset + k].tolist()
        boundaries: list[int] | None = None
        if max(s, default=0.0) >= threshold:  # a cut that would take the content's end scores nothing
            boundaries = _Scripts(pl.line).boundaries()
            s = [0.0 if sc >= threshold and _takes_content(pl.line, c, boundaries) else sc for c, sc in zip(pl.cuts, s)]
        # A head of spam keywords goes when the cut head accepts none (see _spam_head), at a change
        # of text or before a capital: a script without capitals offers a start at every word.
        if not any(sc >= threshold for c, sc in zip(pl.cuts, s) if c.keep[0] > 0):
            rescued = [c.keep[0] > 0 and (bool(c.marks) or _first_letter(pl.line, c.keep[0]).isupper())
                       and _spam_head(pl.line[c.junk[0] : c.junk[1]]) for c in pl.cuts]
            if any(rescued):
                boundaries = boundaries if boundaries is not None else _Scripts(pl.line).boundaries()
                s = [threshold if r and not _takes_content(pl.line, c, boundaries) else sc
                     for c, sc, r in zip(pl.cuts, s, rescued)]
        # The features count no spam word in a span of mostly function words; the lexicon, stuffing and
        # spam-named hosts are looked for there too, but only for cuts the head accepts.
        spammy = [sc >= threshold and (w or (link and bool(c.marks)) or spam_shaped(pl.line[c.junk[0] : c.junk[1]]))
                  for c, sc, w, link in zip(pl.cuts, s, words[offset : offset + k].tolist(),
                                            links[offset : offset + k].tolist())]
        out.append(choose_cut(pl, s, spammy, threshold, _spam_throughout))
        offset += k
    return out
