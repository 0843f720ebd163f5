import collections

import pytest

from cleanarticle.synthetic import (
    CONTENT,
    HARD_KINDS,
    JUNK,
    JUNK_FAMILIES,
    LANGUAGES,
    Document,
    generate,
    generate_glued,
)


@pytest.fixture(scope="module")
def docs():
    return generate(2000, 0)


def test_deterministic():
    assert generate(50, 7) == generate(50, 7)
    assert generate_glued(50, 7) == generate_glued(50, 7)
    assert generate(50, 7) != generate(50, 8)
    # a document does not depend on how many others were generated
    assert generate(10, 3)[:5] == generate(5, 3)


def test_labels_aligned(docs):
    for d in docs:
        assert isinstance(d, Document)
        assert len(d.lines) == len(d.labels) == len(d.families) > 0
        assert d.kind in ("clean", "hard", "junk")
        assert d.newline in ("\n", "\r\n")
        for line, lab, fam in zip(d.lines, d.labels, d.families):
            assert "\n" not in line and "\r" not in line
            if line == "":
                assert lab == CONTENT and fam == ""
                continue
            assert line.strip(), repr(line)
            if fam == "content" or fam.startswith("hard:"):
                assert lab == CONTENT
            else:
                assert fam in JUNK_FAMILIES and lab == JUNK
        has_junk = JUNK in d.labels
        has_hard = any(f.startswith("hard:") for f in d.families)
        assert has_junk == (d.kind == "junk")
        if d.kind == "hard":
            assert has_hard
        if d.kind == "clean":
            assert not has_hard
        assert CONTENT in [lab for lab, line in zip(d.labels, d.lines) if line]


def test_text_round_trip(docs):
    for d in docs[:300]:
        t = d.text()
        if d.final_newline:
            assert t.endswith(d.newline)
            t = t[: -len(d.newline)]
        assert tuple(t.split(d.newline)) == d.lines


def test_every_family_and_language(docs):
    fams = {f for d in docs for f in d.families}
    assert set(JUNK_FAMILIES) <= fams
    assert {"hard:" + k for k in HARD_KINDS} <= fams
    assert {d.language for d in docs} == set(LANGUAGES)
    kinds = collections.Counter(d.kind for d in docs)
    assert 0.12 < kinds["clean"] / len(docs) < 0.28
    assert 0.08 < kinds["hard"] / len(docs) < 0.22


def test_filters():
    held = "spam:pharma"
    ds = generate(300, 1, families=frozenset(JUNK_FAMILIES) - {held}, languages=frozenset({"de", "zh"}))
    assert all(held not in d.families for d in ds)
    assert {d.language for d in ds} == {"de", "zh"}
    assert any(d.kind == "hard" for d in ds)
    only = generate(100, 1, families=frozenset({"junk:share"}))
    assert {f for d in only for f in d.families if f.startswith(("junk:", "spam:", "comment:"))} == {"junk:share"}
    with pytest.raises(ValueError):
        generate(1, 0, families=frozenset({"junk:nope"}))


def test_glued():
    cases = generate_glued(1000, 0)
    fams = {c.family for c in cases}
    assert fams == {f for f in JUNK_FAMILIES if f.startswith("spam:")}
    assert {c.side for c in cases} == {"tail", "head"}
    assert {"none", "space", "pipe", "dash"} <= {c.style for c in cases}
    for c in cases:
        assert c.content and c.content == c.content.strip()
        assert len(c.line) > len(c.content)
        if c.side == "tail":
            assert c.line.startswith(c.content)
        else:
            assert c.line.endswith(c.content)
        assert c.language in LANGUAGES
        assert "\n" not in c.line


def test_glued_onto_given_lines():
    lines = ["  A line written elsewhere, with its own spaces.  ", "Another one."]
    cases = generate_glued(4, 0, contents=lines)
    assert [c.content for c in cases] == [line.strip() for line in lines * 2]
    assert all(c.language == "" and c.content in c.line for c in cases)


def test_a_subheading_opens_a_section(docs):
    # Articles never end on a subheading: a short line right before the junk that follows is junk.
    from cleanarticle.synthetic.articles import LANGS

    subheadings = {s for lang in LANGS.values() for s in lang["sub"]}
    seen = 0
    for d in docs:
        for k, (line, fam) in enumerate(zip(d.lines, d.families)):
            if fam == "content" and line in subheadings:
                seen += 1
                assert k + 1 < len(d.lines) and d.families[k + 1] == "content", (d.language, line)
    assert seen > 100
