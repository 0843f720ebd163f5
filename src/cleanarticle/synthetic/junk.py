"""Boilerplate families (label JUNK, family "junk:<name>")."""
from __future__ import annotations

import random
from collections.abc import Callable

from . import articles as A
from .junk_data_a import J as _JA
from .junk_data_b import J as _JB
from .junk_data_c import J as _JC
from .junk_data_d import J as _JD
from .junk_data_e import J as _JE

_RAW = {**_JA, **_JB, **_JC, **_JD, **_JE}
J: dict[str, dict[str, list[str]]] = {code: {k: v.split("|") for k, v in d.items()} for code, d in _RAW.items()}

JUNK_NAMES: tuple[str, ...] = ("comment_form", "share", "newsletter", "cookie", "related", "tags", "prevnext",
                               "author_bio", "ad_label", "nav", "footer", "read_more", "image_credit",
                               "app_prompt", "click_here")

NETWORKS = ("Facebook", "Twitter", "Pinterest", "WhatsApp", "Email", "LinkedIn", "Telegram", "Reddit", "X",
            "Print", "Tumblr", "Pocket", "VK", "Weibo", "WeChat", "LINE", "KakaoTalk", "Messenger", "Flipboard")
_B1 = "Harbour|Northgate|Riverside|Summit|Lakeside|Meridian|Bluestone|Greenfield|Ironbridge|Westmoor|Clearwater|Highland".split("|")
_B2 = "Media|News|Times|Post|Daily|Herald|Gazette|Online|Press|Digital|Group|Journal".split("|")


def brand(rng: random.Random) -> str:
    b = f"{rng.choice(_B1)} {rng.choice(_B2)}"
    return b if rng.random() < 0.7 else b.replace(" ", "") + rng.choice((".com", ".net", ".org", ""))


def _fmt(s: str, L: A.Lang, rng: random.Random) -> str:
    if "{" not in s:
        return s
    sl = A.Slots(L, rng)
    return s.format(p=sl["p"], c=sl["c"], y=rng.randint(2008, 2024), b=brand(rng), k=rng.randint(2, 99))


def _jl(L: A.Lang, rng: random.Random) -> str:
    if L.code in J and rng.random() > 0.12:
        return L.code
    return "en"


def comment_form(d: dict[str, list[str]], L: A.Lang, rng: random.Random) -> list[str]:
    if rng.random() < 0.65:
        seq = d["cf"]
        i = rng.randrange(len(seq))
        j = min(len(seq), i + rng.randint(1, 8))
        if rng.random() < 0.4:
            i = 0
        return seq[i:j]
    return rng.sample(d["cfx"], rng.randint(1, min(3, len(d["cfx"]))))


def share(d: dict[str, list[str]], L: A.Lang, rng: random.Random) -> list[str]:
    x = rng.random()
    nets = rng.sample(NETWORKS, rng.randint(2, 7))
    if x < 0.35:
        return [rng.choice(d["share_h"]), rng.choice((" ", "  ", " | ", "\t")).join(nets)]
    if x < 0.6:
        return [rng.choice(d["share_h"])] + nets[: rng.randint(1, 5)]
    if x < 0.8:
        return rng.sample(d["share_x"], rng.randint(1, min(4, len(d["share_x"]))))
    return [" ".join(nets)]


def newsletter(d: dict[str, list[str]], L: A.Lang, rng: random.Random) -> list[str]:
    items = d["news"]
    i = rng.randrange(len(items))
    return [_fmt(s, L, rng) for s in items[i:i + rng.randint(1, 4)]]


def cookie(d: dict[str, list[str]], L: A.Lang, rng: random.Random) -> list[str]:
    items = d["cookie"]
    return rng.sample(items, rng.randint(1, min(4, len(items))))


def related(d: dict[str, list[str]], L: A.Lang, rng: random.Random) -> list[str]:
    out = [rng.choice(d["rel_h"])] if rng.random() < 0.85 else []
    pre = rng.choice(("", "", "- ", "• ", "» ", "→ "))
    for _ in range(rng.randint(1, 6)):
        t = A.title(L, rng)
        r = rng.random()
        if r < 0.15:
            t += f" ({rng.randint(0, 48)})"
        elif r < 0.3:
            t += " - " + A.fill(L, rng, rng.choice(L["date"]))
        out.append(pre + t)
    return out


def tags(d: dict[str, list[str]], L: A.Lang, rng: random.Random) -> list[str]:
    pool = L["city"] + L["sub"] + [s for s in L["org"] if len(s) < 30]
    words = rng.sample(pool, rng.randint(2, 7))
    sep = rng.choice((", ", ", ", " ", " | ", " · ", "，" if L.cjk else ", "))
    head = rng.choice(d["tags_h"])
    if rng.random() < 0.25:
        return [head] + words[:4]
    return [head + " " + sep.join(words)]


def prevnext(d: dict[str, list[str]], L: A.Lang, rng: random.Random) -> list[str]:
    out = []
    if rng.random() < 0.8:
        p = rng.choice(d["prev"])
        out.append(p if rng.random() < 0.5 else p + " " + A.title(L, rng))
    if rng.random() < 0.8 or not out:
        n = rng.choice(d["next"])
        out.append(n if rng.random() < 0.5 else (A.title(L, rng) + " " + n if n.endswith(("»", "→", "›")) else n + " " + A.title(L, rng)))
    if len(out) == 2 and rng.random() < 0.3:
        out = [out[0] + rng.choice(("  ", " | ", "\t")) + out[1]]
    return out


def author_bio(d: dict[str, list[str]], L: A.Lang, rng: random.Random) -> list[str]:
    sl = A.Slots(L, rng)
    out = [d["bio_h"][0] if rng.random() < 0.5 else rng.choice(d["bio_h"]).replace("{p}", sl["p"])]
    if rng.random() < 0.3:
        out.append(sl["p"])
    for b in rng.sample(d["bio"], rng.randint(1, min(2, len(d["bio"])))):
        out.append(b.format(p=sl["p"], c=sl["c"], y=rng.randint(2005, 2022)))
    return out


def ad_label(d: dict[str, list[str]], L: A.Lang, rng: random.Random) -> list[str]:
    return [rng.choice(d["ad"])]


def nav(d: dict[str, list[str]], L: A.Lang, rng: random.Random) -> list[str]:
    secs = rng.sample(d["nav"], rng.randint(2, min(8, len(d["nav"]))))
    x = rng.random()
    if x < 0.45:
        sep = rng.choice((" > ", " / ", " » ", " › ", " | "))
        crumb = [d["home"][0]] + secs[: rng.randint(1, 3)]
        if rng.random() < 0.3:
            crumb.append(A.title(L, rng))
        return [sep.join(crumb)]
    if x < 0.75:
        return [rng.choice((" ", "  ", " | ", " · ")).join([d["home"][0]] + secs)]
    return [d["home"][0]] + secs


def footer(d: dict[str, list[str]], L: A.Lang, rng: random.Random) -> list[str]:
    out = []
    if rng.random() < 0.8:
        out.append(_fmt(rng.choice(d["rights"]), L, rng))
    links = rng.sample(d["foot"], rng.randint(2, min(6, len(d["foot"]))))
    r = rng.random()
    if r < 0.6:
        out.append(rng.choice((" | ", " · ", " - ", "  ", " / ")).join(links))
    elif r < 0.85:
        out.extend(links)
    if rng.random() < 0.3:
        out.reverse()
    return out or [_fmt(d["rights"][0], L, rng)]


def read_more(d: dict[str, list[str]], L: A.Lang, rng: random.Random) -> list[str]:
    return rng.sample(d["more"], rng.randint(1, min(3, len(d["more"]))))


def image_credit(d: dict[str, list[str]], L: A.Lang, rng: random.Random) -> list[str]:
    return [_fmt(s, L, rng) for s in rng.sample(d["imgc"], rng.randint(1, min(2, len(d["imgc"]))))]


def app_prompt(d: dict[str, list[str]], L: A.Lang, rng: random.Random) -> list[str]:
    return rng.sample(d["app"], rng.randint(1, min(3, len(d["app"]))))


def click_here(d: dict[str, list[str]], L: A.Lang, rng: random.Random) -> list[str]:
    s = rng.choice(d["click"])
    if rng.random() < 0.3 and not L.cjk:
        s += rng.choice((" »", " >>", "!", "."))
    return [s]


_GEN: dict[str, Callable[[dict[str, list[str]], A.Lang, random.Random], list[str]]] = dict(comment_form=comment_form, share=share, newsletter=newsletter, cookie=cookie, related=related,
            tags=tags, prevnext=prevnext, author_bio=author_bio, ad_label=ad_label, nav=nav, footer=footer,
            read_more=read_more, image_credit=image_credit, app_prompt=app_prompt, click_here=click_here)
assert set(_GEN) == set(JUNK_NAMES)

# where a family usually sits: (head, middle, tail) weights
PLACEMENT = {"nav": (6, 1, 2), "cookie": (4, 1, 4), "ad_label": (1, 6, 2), "image_credit": (1, 3, 3),
             "footer": (0, 0, 1), "comment_form": (0, 0, 1), "prevnext": (1, 1, 5), "related": (1, 2, 6)}


def junk_run(name: str, L: A.Lang, rng: random.Random) -> list[str]:
    d = J[_jl(L, rng)]
    lines = _GEN[name](d, L, rng)
    return [s for s in lines if s.strip()][:8] or [d["ad"][0]]
