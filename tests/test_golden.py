"""Golden cases: seeds/ and tests/golden/ hold input and expected output as separate byte files."""

from pathlib import Path

import pytest

from cleanarticle import clean

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"


def _cases():
    for expected in sorted(GOLDEN.glob("*.expected.txt")):
        name = expected.name.removesuffix(".expected.txt")
        source = ROOT / "seeds" / f"{name}.txt"
        if not source.exists():
            source = GOLDEN / f"{name}.input.txt"
        yield pytest.param(source, expected, id=name)


@pytest.mark.parametrize(("source", "expected"), list(_cases()))
def test_golden(source: Path, expected: Path):
    text = source.read_bytes().decode("utf-8")
    want = expected.read_bytes().decode("utf-8")
    assert clean(text).encode("utf-8") == want.encode("utf-8")


def test_seed_000_keeps_lines_1_to_35_and_nothing_after():
    text = (ROOT / "seeds" / "000_3b76a2879bec4890.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    assert clean(text) == "\n".join(lines[:35]) + "\n"


def test_seed_001_is_returned_byte_identical():
    raw = (ROOT / "seeds" / "001_ce2cafdec42ce531.txt").read_bytes()
    assert clean(raw.decode("utf-8")).encode("utf-8") == raw


def test_seed_000_survives_crlf():
    text = (ROOT / "seeds" / "000_3b76a2879bec4890.txt").read_text(encoding="utf-8")
    crlf = text.replace("\n", "\r\n")
    lines = crlf.split("\r\n")
    assert clean(crlf) == "\r\n".join(lines[:35]) + "\r\n"
