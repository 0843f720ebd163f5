"""Hard negatives: CONTENT lines that look like junk (family "hard:<kind>")."""
from __future__ import annotations

import random
from collections.abc import Callable

from . import articles as A
from .hard_data import TOPICS
from .hard_words import POEMS, STREETS, WORDS

TOPIC_KINDS = ("gambling_news", "crypto_news", "seo_news", "privacy_news", "pharma_news")
HARD_KINDS: tuple[str, ...] = TOPIC_KINDS + (
    "url_refs", "code", "poem", "number_table", "interview", "letters", "liveblog", "forum_quote",
    "one_word_sub", "photo_credit", "spec_list", "sports_results", "company_list", "address",
)


def _w(code: str, key: str) -> list[str]:
    return WORDS.get(code, WORDS["en"])[key].split("|")


def _has(code: str) -> bool:
    return code in WORDS


_Gen = Callable[[A.Lang, random.Random], list[list[str]]]


def _topic(kind: str) -> _Gen:
    def gen(L: A.Lang, rng: random.Random) -> list[list[str]]:
        data = TOPICS[kind]
        code = L.code if L.code in data else "en"
        LL = L if code == L.code else A.lang("en")
        sents = data[code].split("\n")
        blocks = []
        for _ in range(rng.randint(1, 3)):
            k = rng.randint(1, min(4, len(sents)))
            parts = [A.fill(LL, rng, t) for t in rng.sample(sents, k)]
            if rng.random() < 0.4:  # mix with ordinary prose of the same language
                parts.append(A.sentence(LL, rng))
            blocks.append([LL.join.join(parts)])
        return blocks
    return gen


_DOM_A = "openarchive|citystats|healthwatch|northfield|datadesk|climate-lab|transport-review|riverbank-institute|civic-data|fieldnotes".split("|")
_DOM_T = ".org|.edu|.net|.gov|.int|.ac.uk|.de|.es|.info".split("|")
_PATHS = ("/reports/{y}/annual-summary", "/article/{N}", "/pdf/report-{y}.pdf", "/en/publications/{n}",
          "/data/tables?id={N}", "/news/{y}/{n}/{n2}/statement", "/")


def url(rng: random.Random) -> str:
    path = rng.choice(_PATHS).format(y=rng.randint(2005, 2023), N=rng.randint(1000, 99999),
                                     n=rng.randint(1, 12), n2=rng.randint(1, 28))
    www = "www." if rng.random() < 0.5 else ""
    return f"http{'s' if rng.random() < 0.85 else ''}://{www}{rng.choice(_DOM_A)}{rng.choice(_DOM_T)}{path}"


def url_refs(L: A.Lang, rng: random.Random) -> list[list[str]]:
    out = [rng.choice(_w(L.code, "src"))] if rng.random() < 0.6 and _has(L.code) else []
    style = rng.randint(0, 3)
    for i in range(rng.randint(2, 7)):
        u = url(rng)
        out.append((f"[{i + 1}] {u}", f"{i + 1}. {u}", u, f"- {u}")[style])
    return [out]


_CODE = [
    ["def mean(values):", "    return sum(values) / len(values)"],
    ["for row in rows:", "    if row['total'] > 100:", "        print(row['city'])"],
    ["SELECT city, COUNT(*) AS n", "FROM incidents", "WHERE year = 2021", "GROUP BY city;"],
    ["$ pip install requests", "$ python fetch.py --since 2020-01-01"],
    ["const total = items.reduce((a, b) => a + b.price, 0);", "console.log(total);"],
    ["<a href=\"https://example.org/report\">report</a>"],
    ["git clone https://example.org/tools/parser.git", "cd parser && make"],
    ["if (x > 0) {", "  return x * 2;", "}"],
]


def code(L: A.Lang, rng: random.Random) -> list[list[str]]:
    return [list(rng.choice(_CODE)) for _ in range(rng.randint(1, 2))]


def poem(L: A.Lang, rng: random.Random) -> list[list[str]]:
    lines = POEMS.get(L.code, POEMS["en"])
    blocks = []
    for _ in range(rng.randint(1, 3)):
        blocks.append(rng.sample(lines, rng.randint(2, min(5, len(lines)))))
    return blocks


def number_table(L: A.Lang, rng: random.Random) -> list[list[str]]:
    cols = rng.randint(3, 6)
    sep = rng.choice(("\t", " | ", "  "))
    rows = []
    start = rng.randint(2000, 2018)
    for i in range(rng.randint(3, 8)):
        vals = [str(start + i)] + [f"{rng.randint(0, 999)}{L.ds}{rng.randint(0, 9)}" for _ in range(cols - 1)]
        rows.append(sep.join(vals))
    if rng.random() < 0.5:
        rows.insert(0, sep.join(L["th"]))
    return [rows]


def interview(L: A.Lang, rng: random.Random) -> list[list[str]]:
    return [A.qa(L, rng) for _ in range(rng.randint(1, 2))]


def letters(L: A.Lang, rng: random.Random) -> list[list[str]]:
    blocks = [[rng.choice(_w(L.code, "letters"))]] if rng.random() < 0.6 and _has(L.code) else []
    for _ in range(rng.randint(1, 3)):
        s = A.Slots(L, rng)
        blocks.append([A.paragraph(L, rng, rng.randint(1, 4)), f"{s['p']}, {s['c']}"])
    return blocks


def liveblog(L: A.Lang, rng: random.Random) -> list[list[str]]:
    h = rng.randint(7, 20)
    m = rng.randint(0, 59)
    out = []
    sep = rng.choice((" — ", " - ", ": ", "\t", "  "))
    for _ in range(rng.randint(2, 6)):
        stamp = f"{h:02d}:{m:02d}" if rng.random() < 0.8 else f"{h % 12 or 12}.{m:02d}{rng.choice(('am', 'pm'))}"
        if rng.random() < 0.25:
            out.append([stamp, A.paragraph(L, rng, rng.randint(1, 2))])
        else:
            out.append([stamp + sep + A.paragraph(L, rng, rng.randint(1, 2))])
        m -= rng.randint(2, 25)
        if m < 0:
            m += 60
            h = max(0, h - 1)
    return out


def forum_quote(L: A.Lang, rng: random.Random) -> list[list[str]]:
    from .threads import body_line  # informal reader voice, quoted inside an article
    intro = [rng.choice(_w(L.code, "forum"))] if _has(L.code) else [A.sentence(L, rng)]
    q = body_line(L.code, rng)
    style = rng.random()
    quoted = ["> " + q] if style < 0.5 else ([f"“{q}”"] if style < 0.8 else [q])
    return [intro + quoted, [A.paragraph(L, rng, rng.randint(1, 3))]]


def one_word_sub(L: A.Lang, rng: random.Random) -> list[list[str]]:
    words = _w(L.code, "one") if _has(L.code) else [w.split()[0] for w in L["sub"]]
    return [[rng.choice(words)], [A.paragraph(L, rng)], [rng.choice(words)], [A.paragraph(L, rng)]]


_PHOTO = {"uk": "Фото", "ja": "写真", "ar": "صورة", "vi": "Ảnh", "sv": "Foto", "fr": "Photo", "en": "Photo"}


def photo_credit(L: A.Lang, rng: random.Random) -> list[list[str]]:
    lab = rng.choice(_w(L.code, "photo")) if _has(L.code) else _PHOTO.get(L.code, "Foto")
    src = rng.choice(L["agency"] + [A.Slots(L, rng)["p"]])
    sep = rng.choice((": ", " / ", "=", "：" if L.cjk else ": "))
    out = [A.caption(L, rng)] if rng.random() < 0.5 else []
    out.append(f"{lab}{sep}{src}")
    return [out]


def spec_list(L: A.Lang, rng: random.Random) -> list[list[str]]:
    keys = _w(L.code, "spec")
    vals = [f"{rng.randint(1, 3)}{L.ds}{rng.randint(0, 9)} kg", f"{rng.randint(3, 9)}000 mAh",
            f"{rng.randint(5, 16)}{L.ds}{rng.randint(0, 9)}\"", f"{rng.choice((64, 128, 256, 512))} GB",
            f"{rng.randint(99, 1999)} €", f"{rng.randint(10, 40)} x {rng.randint(5, 30)} x {rng.randint(1, 9)} cm",
            rng.choice(("Graphite", "Silver", "Midnight Blue", "Sand", "Black")), f"{12 * rng.randint(1, 3)} m"]
    idx = rng.sample(range(len(keys)), rng.randint(3, len(keys)))
    pre = rng.choice(("", "- ", "• "))
    return [[f"{pre}{keys[i]}: {vals[i]}" for i in idx]]


_TEAMS = {"en": "{c} United|{c} Rovers|{c} City|{c} Athletic", "de": "FC {c}|SV {c}|{c}er SC|Eintracht {c}",
          "es": "Real {c}|CD {c}|Atlético {c}|{c} CF", "tr": "{c}spor|{c} FK|{c} Belediyespor",
          "ru": "«Динамо» {c}|«Торпедо» {c}|ФК {c}", "ko": "{c} FC|{c} 유나이티드", "zh": "{c}队|{c}城"}


def sports_results(L: A.Lang, rng: random.Random) -> list[list[str]]:
    pats = _TEAMS.get(L.code, "{c} FC|FC {c}|{c} SC").split("|")
    out = []
    for _ in range(rng.randint(2, 8)):
        a, b = rng.sample(L["city"], 2)
        t1, t2 = rng.choice(pats).format(c=a), rng.choice(pats).format(c=b)
        sep = rng.choice(("-", ":", " - "))
        out.append(f"{t1} {rng.randint(0, 4)}{sep}{rng.randint(0, 4)} {t2}")
    return [out]


_CO_A = "Brightwater|Copperline|Northfield|Kestrel|Silverbirch|Redhill|Oakmont|Bluefin|Lumen|Ostara|Valora|Tessin".split("|")
_CO_B = "Energy|Foods|Logistics|Systems|Textiles|Holdings|Labs|Motors|Capital|Media".split("|")
_FORMS = {"en": "Ltd|plc|Inc.|LLC", "de": "GmbH|AG|KG", "es": "S.A.|S.L.", "ru": "ООО|АО", "tr": "A.Ş.|Ltd. Şti.",
          "ko": "(주)|주식회사", "zh": "有限公司|集团", "ja": "株式会社|ホールディングス", "fr": "SA|SAS", "it": "S.p.A.|S.r.l.",
          "pl": "sp. z o.o.|S.A.", "nl": "B.V.|N.V.", "pt": "Ltda.|S.A."}


def company_list(L: A.Lang, rng: random.Random) -> list[list[str]]:
    forms = _FORMS.get(L.code, "Ltd|Inc.").split("|")
    pre = rng.choice(("", "- ", "• ", "num"))
    out = []
    for i in range(rng.randint(3, 8)):
        name = f"{rng.choice(_CO_A)} {rng.choice(_CO_B)} {rng.choice(forms)}"
        out.append((f"{i + 1}. " if pre == "num" else pre) + name)
    blocks = [[A.paragraph(L, rng, rng.randint(1, 2))], out]
    return blocks


def address(L: A.Lang, rng: random.Random) -> list[list[str]]:
    pats, streets = STREETS.get(L.code, STREETS["en"])
    s = A.Slots(L, rng)
    addr = rng.choice(pats.split("|")).format(n=rng.randint(1, 180), s=rng.choice(streets.split("|")),
                                             c=s["c"], z=rng.randint(10000, 99999))
    lines = [A.paragraph(L, rng, rng.randint(1, 2))]
    if rng.random() < 0.5:
        return [lines, [s["O"], addr]]
    return [lines + [addr]]


GENERATORS: dict[str, _Gen] = {k: _topic(k) for k in TOPIC_KINDS}
GENERATORS.update(url_refs=url_refs, code=code, poem=poem, number_table=number_table, interview=interview,
                  letters=letters, liveblog=liveblog, forum_quote=forum_quote, one_word_sub=one_word_sub,
                  photo_credit=photo_credit, spec_list=spec_list, sports_results=sports_results,
                  company_list=company_list, address=address)
assert set(GENERATORS) == set(HARD_KINDS)


def hard_blocks(kind: str, L: A.Lang, rng: random.Random) -> list[list[str]]:
    return GENERATORS[kind](L, rng)
