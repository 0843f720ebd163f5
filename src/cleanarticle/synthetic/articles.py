"""Multilingual article prose (label CONTENT).

Blocks are lists of lines; the assembler in ``__init__`` decides on blank separators.
"""
from __future__ import annotations

import random

from . import articles_data_a, articles_data_b, articles_data_c, articles_data_d, articles_data_e

_RAW: dict[str, dict[str, str]] = {}
for _m in (articles_data_a, articles_data_b, articles_data_c, articles_data_d, articles_data_e):
    _RAW.update(_m.LANGS)

_MULTILINE = ("title", "sent")


class Lang:
    def __init__(self, code: str, raw: dict[str, str]) -> None:
        self.code = code
        self.d: dict[str, list[str]] = {}
        for k, v in raw.items():
            if k in _MULTILINE:
                self.d[k] = [s for s in v.strip().split("\n") if s.strip()]
            elif k in ("ts", "ds", "join", "nj", "order"):
                continue
            else:
                self.d[k] = v.split("|")
        self.ts = raw.get("ts", ",")
        self.ds = raw.get("ds", ".")
        self.join = raw.get("join", " ")
        self.nj = raw.get("nj", " ")
        self.order = raw.get("order", "fl")
        self.cjk = self.join == ""

    def __getitem__(self, k: str) -> list[str]:
        return self.d[k]


LANGS: dict[str, Lang] = {code: Lang(code, raw) for code, raw in _RAW.items()}
LANGUAGES: tuple[str, ...] = tuple(LANGS)


def _cap(s: str) -> str:
    if s and s[0].islower():
        return s[0].upper() + s[1:]
    return s


class Slots(dict[str, str]):
    """Lazily filled template slots (same key -> same value within one template)."""

    def __init__(self, lang: Lang, rng: random.Random) -> None:
        super().__init__()
        self.lang = lang
        self.rng = rng

    def person(self) -> str:
        L, r = self.lang, self.rng
        f, l = r.choice(L["first"]), r.choice(L["last"])
        return (l + L.nj + f) if L.order == "lf" else (f + L.nj + l)

    def __missing__(self, key: str) -> str:
        L, r = self.lang, self.rng
        if key in ("p", "q"):
            v = self.person()
            if key == "q" and v == self.get("p"):
                v = self.person()
        elif key == "l":
            v = r.choice(L["last"])
        elif key in ("c", "c2"):
            v = r.choice(L["city"])
            if key == "c2" and v == self.get("c"):
                v = r.choice(L["city"])
        elif key == "C":
            v = self["c"].upper()
        elif key in ("o", "o2"):
            v = r.choice(L["org"])
        elif key == "O":
            v = _cap(self["o"])
        elif key in ("n", "n2"):
            v = str(r.randint(2, 12))
        elif key == "N":
            v = fmt_int(L, r.choice((r.randint(120, 990), r.randint(1000, 98000), r.randint(1000, 9999))))
        elif key == "pc":
            v = f"{r.randint(1, 19)}{L.ds}{r.randint(1, 9)}" if r.random() < 0.6 else str(r.randint(2, 40))
        elif key == "y":
            v = str(r.randint(1995, 2023))
        elif key == "dd":
            v = str(r.randint(1, 28))
        elif key == "mm":
            v = f"{r.randint(1, 12):02d}"
        elif key == "m":
            v = r.choice(L["months"])
        elif key == "d":
            v = r.choice(L["days"])
        elif key == "agency":
            v = r.choice(L["agency"])
        else:
            v = "{" + key + "}"
        self[key] = v
        return v


def fmt_int(L: Lang, v: int) -> str:
    s = str(v)
    if v < 10000 or not L.ts:
        return s
    return f"{v:,}".replace(",", L.ts)


def fill(lang: Lang, rng: random.Random, template: str, slots: Slots | None = None) -> str:
    s = template.format_map(slots if slots is not None else Slots(lang, rng))
    return _cap(s)


def sentence(lang: Lang, rng: random.Random) -> str:
    return fill(lang, rng, rng.choice(lang["sent"]))


_NSENT = (1, 2, 2, 3, 3, 3, 4, 4, 5, 6)


class Deck:
    """Draw sentence templates without replacement (refilled when empty) to limit repetition in a doc."""

    def __init__(self, lang: Lang, rng: random.Random) -> None:
        self.cards: list[str]
        self.lang, self.rng, self.cards = lang, rng, []

    def draw(self, n: int) -> list[str]:
        out: list[str] = []
        while len(out) < n:
            if not self.cards:
                self.cards = list(self.lang["sent"])
                self.rng.shuffle(self.cards)
            t = self.cards.pop()
            if t not in out:
                out.append(t)
        return out


def paragraph(lang: Lang, rng: random.Random, n: int | None = None, deck: Deck | None = None) -> str:
    sents = lang["sent"]
    n = n or rng.choice(_NSENT)
    n = min(n, len(sents))
    ts = deck.draw(n) if deck is not None else rng.sample(sents, n)
    return lang.join.join(fill(lang, rng, t) for t in ts)


def title(lang: Lang, rng: random.Random) -> str:
    return fill(lang, rng, rng.choice(lang["title"]))


def byline(lang: Lang, rng: random.Random) -> list[str]:
    out = [fill(lang, rng, rng.choice(lang["by"]))]
    if rng.random() < 0.4:
        out.append(fill(lang, rng, rng.choice(lang["date"])))
    return out


def subheading(lang: Lang, rng: random.Random) -> str:
    return rng.choice(lang["sub"])


def caption(lang: Lang, rng: random.Random) -> str:
    c = fill(lang, rng, rng.choice(lang["cap"]))
    if rng.random() < 0.3:
        c += (" " if not lang.cjk else "") + f"({rng.choice(lang['agency'])})"
    return c


def bullets(lang: Lang, rng: random.Random) -> list[str]:
    style = rng.choice(("- ", "• ", "* ", "1. ", "– "))
    k = rng.randint(2, 5)
    out = []
    for i in range(k):
        s = sentence(lang, rng)
        if rng.random() < 0.3 and not lang.cjk:
            s = s.rstrip(".")
        prefix = f"{i + 1}. " if style == "1. " else style
        out.append(prefix + s)
    return out


def table(lang: Lang, rng: random.Random) -> list[str]:
    head = lang["th"]
    cities = rng.sample(lang["city"], min(len(lang["city"]), rng.randint(2, 6)))
    rows = [head] + [[c, fmt_int(lang, rng.randint(5000, 900000)),
                      f"{rng.choice('+-')}{rng.randint(0, 9)}{lang.ds}{rng.randint(0, 9)}%"] for c in cities]
    style = rng.random()
    if style < 0.4:
        return ["| " + " | ".join(r) + " |" for r in rows]
    if style < 0.7:
        return ["\t".join(r) for r in rows]
    return [" | ".join(r) for r in rows]


def blockquote(lang: Lang, rng: random.Random) -> list[str]:
    s = paragraph(lang, rng, rng.randint(1, 2))
    if rng.random() < 0.5:
        return ["> " + s]
    return ["    " + s] if rng.random() < 0.3 else ["“" + s + "”"]


def qa(lang: Lang, rng: random.Random) -> list[str]:
    q, a = lang["qa"]
    out = []
    for _ in range(rng.randint(1, 3)):
        out.append(f"{q} {sentence(lang, rng)}" if not lang.cjk else q + sentence(lang, rng))
        out.append(f"{a} {paragraph(lang, rng, rng.randint(1, 3))}" if not lang.cjk else a + paragraph(lang, rng, 2))
    return out


def _body_block(lang: Lang, rng: random.Random, deck: Deck) -> list[str]:
    x = rng.random()
    if x < 0.70:
        return [paragraph(lang, rng, deck=deck)]
    if x < 0.77:  # a subheading opens a section: never the last line of an article or before junk
        return [subheading(lang, rng), paragraph(lang, rng, deck=deck)]
    if x < 0.82:
        return [caption(lang, rng)]
    if x < 0.86:
        return bullets(lang, rng)
    if x < 0.89:
        return table(lang, rng)
    if x < 0.94:
        return blockquote(lang, rng)
    return qa(lang, rng)


def article(lang: Lang, rng: random.Random, n_blocks: int | None = None) -> list[list[str]]:
    """Return a list of content blocks (each a list of line texts)."""
    blocks: list[list[str]] = []
    if rng.random() < 0.9:
        blocks.append([title(lang, rng)])
    if rng.random() < 0.5:
        blocks.append(byline(lang, rng))
    n = n_blocks or rng.randint(2, 10)
    deck = Deck(lang, rng)
    first = [paragraph(lang, rng, deck=deck)]
    if rng.random() < 0.15:
        dl = fill(lang, rng, rng.choice(lang["dateline"]))
        first = [dl + ("" if dl.endswith(" ") or lang.cjk else " ") + first[0]]
    blocks.append(first)
    for _ in range(n - 1):
        blocks.append(_body_block(lang, rng, deck))
    return blocks


def lang(code: str) -> Lang:
    return LANGS[code]
