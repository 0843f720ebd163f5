"""Synthetic training data for the line classifier.

``generate`` builds whole documents (article lines = CONTENT, boilerplate/spam/comment lines = JUNK);
``generate_glued`` builds content lines with a spam run glued on without a newline.
Everything is deterministic in (seed, index) and uses only ``random.Random`` instances.

Family filter semantics (``families=``):
  * junk/spam/comment families (``JUNK_FAMILIES``) are restricted to the ones listed;
  * hard kinds are restricted only if the set contains at least one ``"hard:<kind>"`` entry,
    so ``frozenset(JUNK_FAMILIES) - {"spam:pharma"}`` still yields clean and hard documents;
  * ``"content"`` is accepted and ignored. Unknown names raise ``ValueError``.
"""
from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from . import articles as A
from . import hard as H
from . import junk as JK
from . import spam as SP
from . import threads as TH

CONTENT = 0
JUNK = 1

COMMENT_PARTS = ("header", "meta", "body", "crumb")
JUNK_FAMILIES: tuple[str, ...] = (tuple("junk:" + n for n in JK.JUNK_NAMES)
                                  + tuple("spam:" + n for n in SP.SPAM_NAMES)
                                  + tuple("comment:" + p for p in COMMENT_PARTS))
HARD_KINDS: tuple[str, ...] = H.HARD_KINDS
LANGUAGES: tuple[str, ...] = A.LANGUAGES
HARD_FAMILIES: tuple[str, ...] = tuple("hard:" + k for k in HARD_KINDS)
KINDS = ("clean", "hard", "junk")

__all__ = ["CONTENT", "JUNK", "Document", "GluedCase", "JUNK_FAMILIES", "HARD_KINDS", "HARD_FAMILIES",
           "LANGUAGES", "generate", "generate_glued"]


@dataclass(frozen=True)
class Document:
    lines: tuple[str, ...]
    labels: tuple[int, ...]
    families: tuple[str, ...]
    language: str
    kind: str
    newline: str
    final_newline: bool = False

    def text(self) -> str:
        return self.newline.join(self.lines) + (self.newline if self.final_newline else "")


@dataclass(frozen=True)
class GluedCase:
    content: str
    line: str
    side: str
    style: str
    family: str
    language: str


Line = tuple[str, int, str]  # text, label, family


def _check(families: Collection[str] | None, languages: Collection[str] | None) -> list[str]:
    known = set(JUNK_FAMILIES) | set(HARD_FAMILIES) | {"content"}
    if families is not None:
        bad = set(families) - known
        if bad:
            raise ValueError(f"unknown families: {sorted(bad)}")
    if languages is not None:
        bad = set(languages) - set(LANGUAGES)
        if bad:
            raise ValueError(f"unknown languages: {sorted(bad)}")
        if not languages:
            raise ValueError("empty language set")
    langs = [l for l in LANGUAGES if languages is None or l in languages]
    return langs


def _content(lines: list[str], fam: str = "content") -> list[Line]:
    return [(s, CONTENT, fam) for s in lines]


def _place(rng: random.Random, weights: Sequence[float]) -> str:
    return rng.choices(("head", "middle", "tail"), weights=weights)[0]


def _one_doc(seed: int, i: int, langs: list[str], junk_fams: list[str], hard_kinds: list[str],
            comment_parts: set[str]) -> Document:
    rng = random.Random(f"cleanarticle:{seed}:{i}")
    code = rng.choice(langs)
    L = A.lang(code)
    can_junk = bool(junk_fams or comment_parts)
    weights = [0.20, 0.15 if hard_kinds else 0.0, 0.65 if can_junk else 0.0]
    kind = rng.choices(KINDS, weights=weights)[0]

    art = A.article(L, rng)
    head_n = 1 if art and len(art) > 1 else 0  # keep the title first most of the time
    body: list[list[Line]] = [_content(b) for b in art]
    grouped: set[int] = set()  # id() of blocks whose lines may be split by blanks (junk runs)

    if hard_kinds and (kind == "hard" or (kind == "junk" and rng.random() < 0.2)):
        for k in rng.sample(hard_kinds, min(len(hard_kinds), rng.choice((1, 1, 1, 2)))):
            hb = [_content(b, "hard:" + k) for b in H.hard_blocks(k, L, rng)]
            pos = rng.randint(min(head_n, len(body)), len(body))
            body[pos:pos] = hb

    head: list[list[Line]] = []
    tail: list[list[Line]] = []
    if kind == "junk":
        n_runs = rng.choice((1, 1, 2, 2, 3, 4)) if junk_fams else 0
        for _ in range(n_runs):
            fam = rng.choice(junk_fams)
            group, name = fam.split(":")
            if group == "junk":
                run = JK.junk_run(name, L, rng)
                w = JK.PLACEMENT.get(name, (2, 2, 5))
            else:
                run = SP.spam_run(name, rng)
                w = (2, 2, 5)
            blk = [(s, JUNK, fam) for s in run]
            where = _place(rng, w)
            if rng.random() < 0.5:
                grouped.add(id(blk))
            if where == "head":
                head.insert(rng.randint(0, len(head)), blk)
            elif where == "tail" or len(body) < 2:
                tail.append(blk)
            else:
                body.insert(rng.randint(1, len(body) - 1), blk)
        want_thread = comment_parts and (rng.random() < 0.25 or n_runs == 0)
        if want_thread:
            th = []
            for tb in TH.thread(L, rng):
                blk = [(s, JUNK, "comment:" + p) for s, p in tb if p in comment_parts]
                if blk:
                    th.append(blk)
            if not th:  # filtered everything away: keep at least one allowed part
                p = sorted(comment_parts)[0]
                th = [[(s, JUNK, "comment:" + q) for tb in TH.thread(L, rng) for s, q in tb if q == p][:3]]
            pos = rng.randint(max(0, len(tail) - 1), len(tail)) if tail else 0
            tail[pos:pos] = th

    blocks = head + body + tail
    blank_layout = rng.random() < 0.6
    lines: list[Line] = []
    for bi, blk in enumerate(blocks):
        if blank_layout and bi > 0:
            lines.append(("", CONTENT, ""))
        for li, ln in enumerate(blk):
            if blank_layout and li > 0 and id(blk) in grouped:
                lines.append(("", CONTENT, ""))
            lines.append(ln)
    newline = "\r\n" if rng.random() < 0.2 else "\n"
    final_newline = rng.random() < 0.7
    return Document(lines=tuple(l[0] for l in lines), labels=tuple(l[1] for l in lines),
                    families=tuple(l[2] for l in lines), language=code, kind=kind,
                    newline=newline, final_newline=final_newline)


def _split_families(families: Collection[str] | None) -> tuple[list[str], list[str], set[str]]:
    if families is None:
        junk = [f for f in JUNK_FAMILIES if not f.startswith("comment:")]
        return junk, list(HARD_KINDS), set(COMMENT_PARTS)
    junk = [f for f in JUNK_FAMILIES if f in families and not f.startswith("comment:")]
    comment = {p for p in COMMENT_PARTS if "comment:" + p in families}
    hard = [k for k in HARD_KINDS if "hard:" + k in families]
    if not any(f.startswith("hard:") for f in families):
        hard = list(HARD_KINDS)
    return junk, hard, comment


def generate(n_docs: int, seed: int, *, families: frozenset[str] | None = None,
             languages: frozenset[str] | None = None) -> list[Document]:
    """Generate ``n_docs`` documents (~20% clean, ~15% hard, ~65% junk)."""
    langs = _check(families, languages)
    junk, hard, comment = _split_families(families)
    return [_one_doc(seed, i, langs, junk, hard, comment) for i in range(n_docs)]


_GLUE = {"none": "", "space": " ", "pipe": " | ", "dash": " - ", "double_space": "  ", "comma": ", "}
_GLUE_W = (35, 30, 12, 12, 5, 6)


def generate_glued(n: int, seed: int, *, families: frozenset[str] | None = None,
                   languages: frozenset[str] | None = None, contents: Sequence[str] = ()) -> list[GluedCase]:
    """Content lines with a spam run glued at the tail (~80%) or head. The content is a generated
    paragraph, or the next of ``contents`` when given (real article lines, say; language "")."""
    langs = _check(families, languages)
    fams = [f for f in JUNK_FAMILIES if f.startswith("spam:") and (families is None or f in families)]
    if not fams:
        raise ValueError("generate_glued needs at least one spam:<family>")
    out = []
    styles = tuple(_GLUE)
    for i in range(n):
        rng = random.Random(f"cleanarticle-glued:{seed}:{i}")
        if contents:
            code, content = "", contents[i % len(contents)].strip()
        else:
            code = rng.choice(langs)
            content = A.paragraph(A.lang(code), rng, rng.choice((1, 1, 2, 3))).strip()
        fam = rng.choice(fams)
        run = SP.glued_run(fam.split(":", 1)[1], rng).strip()
        side = "tail" if rng.random() < 0.8 else "head"
        style = rng.choices(styles, weights=_GLUE_W)[0]
        sep = _GLUE[style]
        line = content + sep + run if side == "tail" else run + sep + content
        out.append(GluedCase(content=content, line=line, side=side, style=style, family=fam, language=code))
    return out
