"""SEO link-spam grammars (label JUNK, family "spam:<name>")."""
from __future__ import annotations

import random
from collections.abc import Callable

from . import spam_data as S

SPAM_NAMES: tuple[str, ...] = ("casino_glued", "casino_pipe", "casino_list", "casino_anchor", "pharma", "essay",
                               "replica", "crypto_casino", "korean_toto", "chinese_gambling", "cyrillic_casino",
                               "thai_slot", "loans", "dating", "stuffed_sentence")


def _yr(rng: random.Random) -> str:
    return str(rng.randint(2019, 2025))


def domain(rng: random.Random, stems: list[str] | None = None, tld: bool = True) -> str:
    stems = stems or S.GAMBLE_STEM
    parts = []
    if rng.random() < 0.6:
        parts.append(rng.choice(S.GAMBLE_PRE))
    parts.append(rng.choice(stems))
    parts.append(rng.choice(S.GAMBLE_SUF))
    parts.append(rng.choice(S.DIGITS))
    if rng.random() < 0.15:
        parts.insert(1, "-")
    name = "".join(parts)
    if rng.random() < 0.1:
        name = name.capitalize()
    if not tld:
        return name
    t = rng.choice(S.TLDS)
    if rng.random() < 0.08:
        t += "/" + rng.choice(("giris", "tr", "vip", "bonus", "register", "?ref=" + str(rng.randint(10, 999))))
    return ("www." if rng.random() < 0.1 else "") + name + t


def _names(rng: random.Random, k: int, stems: list[str] | None = None) -> list[str]:
    return [domain(rng, stems, tld=rng.random() < 0.85) for _ in range(k)]


def _join(rng: random.Random, items: list[str], style: str | None = None) -> str:
    style = style or rng.choice(("space", "comma", "pipe", "dash", "glued", "slash"))
    sep = {"space": " ", "comma": rng.choice((", ", ",")), "pipe": rng.choice((" | ", "|")), "dash": " - ",
           "glued": "", "slash": " / "}[style]
    return sep.join(items)


def _mixed_lines(rng: random.Random, items_fn: Callable[[], str], name_stems: list[str] | None = None,
                 glue_ok: bool = True) -> list[str]:
    """Generic line styles shared by keyword families: one per line, joined lines, glued names."""
    x = rng.random()
    if x < 0.35:
        return [items_fn() for _ in range(rng.randint(2, 7))]
    if x < 0.75:
        return [_join(rng, [items_fn() for _ in range(rng.randint(3, 12))]) for _ in range(rng.randint(1, 3))]
    if x < 0.9 or not glue_ok:
        out = []
        for _ in range(rng.randint(1, 3)):
            kw = items_fn()
            out.append(rng.choice((f"{kw} {domain(rng, name_stems)}", f"{kw} - {domain(rng, name_stems)}",
                                   f"{domain(rng, name_stems)} {kw}", f"{kw}: {domain(rng, name_stems)}")))
        return out
    return ["".join(_names(rng, rng.randint(10, 40), name_stems)) + " " + items_fn()]


# ---- families -------------------------------------------------------------------------------

def casino_glued(rng: random.Random) -> list[str]:
    out = []
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        names = _names(rng, rng.randint(20, 80))
        if rng.random() < 0.5:
            for _ in range(rng.randint(1, 5)):
                names.insert(rng.randrange(len(names)), rng.choice((" giriş", "giris", " güncel giriş ", "bahis", "casino", " link ")))
        s = "".join(names)
        if rng.random() < 0.4:
            s += rng.choice((" giriş", " giris", " güncel adres", " link alternatif", " 官网", " вход"))
        out.append(s)
    return out


def casino_pipe(rng: random.Random) -> list[str]:
    out = []
    for _ in range(rng.randint(1, 4)):
        lang = rng.choice(list(S.CASINO_ANCHORS))
        if rng.random() < 0.5:
            items = rng.sample(S.CASINO_ANCHORS[lang], rng.randint(3, min(9, len(S.CASINO_ANCHORS[lang]))))
            items = [i.replace("{yr}", _yr(rng)) for i in items]
        else:
            items = _names(rng, rng.randint(3, 15))
        out.append(rng.choice((" | ", " | ", "|", " || ", " ¦ ")).join(items))
    return out


def casino_list(rng: random.Random) -> list[str]:
    out = []
    lang = rng.choice(list(S.CASINO_ANCHORS))
    for _ in range(rng.randint(3, 8)):
        r = rng.random()
        if r < 0.5:
            out.append(domain(rng))
        elif r < 0.8:
            out.append(rng.choice(S.CASINO_ANCHORS[lang]).replace("{yr}", _yr(rng)))
        else:
            out.append(f"{rng.choice(S.CASINO_ANCHORS[lang]).replace('{yr}', _yr(rng))} {domain(rng)}")
    return out


def casino_anchor(rng: random.Random) -> list[str]:
    lang = rng.choice(list(S.CASINO_ANCHORS))
    pool = S.CASINO_ANCHORS[lang]
    out = []
    for _ in range(rng.randint(1, 3)):
        items = [rng.choice(pool).replace("{yr}", _yr(rng)) for _ in range(rng.randint(3, 14))]
        out.append(rng.choice((", ", " ", " - ", ",", " – ")).join(items))
    return out


def pharma(rng: random.Random) -> list[str]:
    def item() -> str:
        return rng.choice(S.PHARMA_PHRASES).format(d=rng.choice(S.PHARMA_NAMES), mg=rng.choice((5, 10, 20, 50, 100)),
                                                   place=rng.choice(S.PLACES))
    return _mixed_lines(rng, item, S.PHARMA_STEM)


def essay(rng: random.Random) -> list[str]:
    def item() -> str:
        return rng.choice(S.ESSAY_PHRASES).format(place=rng.choice(S.PLACES))
    return _mixed_lines(rng, item, S.ESSAY_STEM)


def replica(rng: random.Random) -> list[str]:
    def item() -> str:
        return rng.choice(S.REPLICA_PHRASES).format(b=rng.choice(S.REPLICA_BRANDS))
    return _mixed_lines(rng, item, ["replica", "copy", "watch", "bags", "lux", "outlet", "fake", "aaa"])


def crypto_casino(rng: random.Random) -> list[str]:
    def item() -> str:
        return rng.choice(S.CRYPTO_PHRASES).format(yr=_yr(rng), b=domain(rng, S.CRYPTO_STEM, tld=False))
    return _mixed_lines(rng, item, S.CRYPTO_STEM)


def korean_toto(rng: random.Random) -> list[str]:
    def item() -> str:
        k = rng.choice(S.KOREAN)
        return k if rng.random() < 0.7 else k + " " + rng.choice(S.KOREAN)
    if rng.random() < 0.25:  # glued hangul+domains
        return ["".join(rng.choice(S.KOREAN) + domain(rng, S.KOREAN_STEM) for _ in range(rng.randint(5, 25)))]
    return _mixed_lines(rng, item, S.KOREAN_STEM)


def chinese_gambling(rng: random.Random) -> list[str]:
    def item() -> str:
        return "".join(rng.sample(S.CHINESE, rng.randint(1, 3)))
    if rng.random() < 0.25:
        return ["".join(rng.choice(S.CHINESE) + domain(rng, S.CHINESE_STEM) for _ in range(rng.randint(5, 25)))]
    return _mixed_lines(rng, item, S.CHINESE_STEM)


def cyrillic_casino(rng: random.Random) -> list[str]:
    def item() -> str:
        return rng.choice(S.CYRILLIC)
    return _mixed_lines(rng, item, S.CYRILLIC_STEM)


def thai_slot(rng: random.Random) -> list[str]:
    def item() -> str:
        return "".join(rng.sample(S.THAI, rng.randint(1, 3)))
    if rng.random() < 0.25:
        return ["".join(rng.choice(S.THAI) + domain(rng, S.THAI_STEM) for _ in range(rng.randint(5, 25)))]
    return _mixed_lines(rng, item, S.THAI_STEM)


def loans(rng: random.Random) -> list[str]:
    lang = rng.choice(list(S.LOANS))
    return _mixed_lines(rng, lambda: rng.choice(S.LOANS[lang]), S.LOAN_STEM)


def dating(rng: random.Random) -> list[str]:
    lang = rng.choice(list(S.DATING))
    return _mixed_lines(rng, lambda: rng.choice(S.DATING[lang]), S.DATING_STEM)


def stuffed_sentence(rng: random.Random) -> list[str]:
    out = []
    for _ in range(rng.randint(1, 3)):
        key, mods = S.STUFF_SEEDS[rng.choice(list(S.STUFF_SEEDS))]
        mod_list = mods.split("|")
        words = []
        for _ in range(rng.randint(4, 10)):
            m = rng.choice(mod_list)
            words.append(rng.choice((f"{m} {key}", f"{key} {m}", m, key)))
        s = " ".join(words)
        s = s[0].upper() + s[1:] + rng.choice((".", ".", "!", "", " " + domain(rng)))
        out.append(s)
    return out


_GEN: dict[str, Callable[[random.Random], list[str]]] = {n: globals()[n] for n in SPAM_NAMES}


def spam_run(name: str, rng: random.Random) -> list[str]:
    return [s for s in _GEN[name](rng) if s.strip()] or [domain(rng)]


def glued_run(name: str, rng: random.Random) -> str:
    """A single-line spam run suitable for gluing onto a content line."""
    if name == "casino_glued":
        return "".join(_names(rng, rng.randint(3, 40)))
    lines = spam_run(name, rng)
    return " ".join(lines[: rng.randint(1, 3)])
