"""fileio without the model: decoding, atomic writes, folder walks, JSONL records."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from cleanarticle import fileio, jsonl
from cleanarticle.fileio import InputError, Mode, TextItem


def drop_junk(texts: Iterable[str]) -> Iterator[str]:
    """A stand-in for Cleaner.clean_many: removes lines containing JUNK, keeps endings."""
    from cleanarticle.lines import join_kept, split_lines

    for text in texts:
        lines, endings = split_lines(text)
        yield join_kept(lines, endings, ["JUNK" not in line for line in lines])


# -- decoding ------------------------------------------------------------------------------


def test_utf8_without_and_with_bom_round_trips() -> None:
    plain = "caf\u00e9\r\nline\n".encode()
    d = fileio.decode_bytes(plain)
    assert (d.text, d.bom, d.encode(d.text)) == ("caf\u00e9\r\nline\n", b"", plain)
    with_bom = codecs.BOM_UTF8 + plain
    d = fileio.decode_bytes(with_bom)
    assert d.text == "caf\u00e9\r\nline\n"  # the BOM is not part of the text ...
    assert d.encode(d.text) == with_bom  # ... but it is written back


def test_invalid_utf8_and_binary_are_refused() -> None:
    with pytest.raises(InputError, match="not valid utf-8 at byte 3"):
        fileio.decode_bytes(b"caf\xe9\n")
    with pytest.raises(InputError, match="binary"):
        fileio.decode_bytes(b"text\x00more")


def test_explicit_encoding_reads_what_utf8_cannot() -> None:
    data = "caf\u00e9\n".encode("latin-1")
    d = fileio.decode_bytes(data, "latin-1")
    assert d.text == "caf\u00e9\n" and d.encode(d.text) == data


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_keeps_its_bom_and_byte_order(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    data = bom + "one\r\ntwo\n".encode(codec)
    d = fileio.decode_bytes(data, "utf-16")
    assert d.text == "one\r\ntwo\n"
    assert d.encode("one\r\n") == bom + "one\r\n".encode(codec)


def test_unknown_encoding_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown encoding"):
        fileio.decode_bytes(b"x", "no-such-codec")


@pytest.mark.parametrize(
    ("text", "n"), [("", 0), ("a", 1), ("a\n", 1), ("a\r\nb", 2), ("a\rb\r", 2), ("\n\n", 2)]
)
def test_count_lines_matches_split_lines(text: str, n: int) -> None:
    from cleanarticle.lines import split_lines

    assert fileio.count_lines(text) == n == len(split_lines(text)[0])


# -- atomic writes -------------------------------------------------------------------------


def test_atomic_write_replaces_content_and_keeps_mode(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"old\n")
    path.chmod(0o640)
    fileio.atomic_write(path, b"new\n")
    assert path.read_bytes() == b"new\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


@pytest.mark.parametrize("exc", [RuntimeError, KeyboardInterrupt])
def test_interrupted_write_leaves_the_original_and_no_temp_file(tmp_path: Path, exc: type[BaseException]) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"original\n")
    with pytest.raises(exc), fileio.atomic_output(path) as out:
        out.write(b"half of the new")
        raise exc
    assert path.read_bytes() == b"original\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_gzip_output_is_reproducible_and_atomic(tmp_path: Path) -> None:
    blobs = []
    for name in ("a.jsonl.gz", "b.jsonl.gz"):
        out = jsonl.Output(str(tmp_path / name))
        out.write(b'{"text": "x"}\n')
        out.commit()
        blobs.append((tmp_path / name).read_bytes())
    assert blobs[0] == blobs[1]  # no name or mtime in the gzip header
    assert gzip.decompress(blobs[0]) == b'{"text": "x"}\n'
    aborted = jsonl.Output(str(tmp_path / "c.jsonl.gz"))
    aborted.write(b"partial")
    aborted.abort()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl.gz", "b.jsonl.gz"]


# -- text files ----------------------------------------------------------------------------


def test_clean_text_files_modes(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes(codecs.BOM_UTF8 + b"keep\r\nJUNK\r\nkeep too\r\n")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 JUNK\n")
    items = [TextItem(str(good)), TextItem(str(bad)), TextItem(str(tmp_path / "missing.txt"))]

    check = fileio.clean_text_files(items, drop_junk, Mode.CHECK, None)
    assert [r.changed for r in check] == [True, False, False]
    assert check[1].error and "not valid utf-8" in check[1].error
    assert check[2].error and "cannot read" in check[2].error
    assert good.read_bytes().count(b"JUNK") == 1  # --check writes nothing

    diff = fileio.clean_text_files(items[:1], drop_junk, Mode.DIFF, None)[0].diff
    assert "-JUNK\r\n" in diff and diff.startswith(f"--- a/{good}")

    written = fileio.clean_text_files(items, drop_junk, Mode.WRITE, None)
    assert written[0].lines_removed == 1
    assert good.read_bytes() == codecs.BOM_UTF8 + b"keep\r\nkeep too\r\n"
    assert bad.read_bytes() == b"caf\xe9 JUNK\n"


def test_clean_text_files_through_a_symlink_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "target.txt"
    target.write_text("keep\nJUNK\n")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    fileio.clean_text_files([TextItem(str(link))], drop_junk, Mode.WRITE, None)
    assert link.is_symlink() and target.read_text() == "keep\n"


# -- walking -------------------------------------------------------------------------------


def test_walk_includes_excludes_and_skips_vcs_folders(tmp_path: Path) -> None:
    for rel in ["a.txt", "b.md", "c.py", "sub/d.txt", "drafts/e.txt", ".git/f.txt", "sub/g.jsonl.gz"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    walked = fileio.walk(tmp_path, ("*.txt", "*.md", "*.jsonl.gz"), ("drafts",))
    found = [p.relative_to(tmp_path).as_posix() for p in walked]
    assert found == ["a.txt", "b.md", "sub/d.txt", "sub/g.jsonl.gz"]
    found = [p.relative_to(tmp_path).as_posix() for p in fileio.walk(tmp_path, ("*.txt",), ("sub/*",))]
    assert found == ["a.txt", "drafts/e.txt"]


# -- JSONL ---------------------------------------------------------------------------------


def test_dotted_fields() -> None:
    record = {"meta": {"body": "x"}, "text": 1}
    assert jsonl.get_field(record, "meta.body") == "x"
    with pytest.raises(KeyError):
        jsonl.get_field(record, "meta.title")
    with pytest.raises(KeyError):
        jsonl.get_field(record, "text.inner")
    jsonl.set_field(record, "meta.body", "y")
    assert record == {"meta": {"body": "y"}, "text": 1}


def test_read_chunks_bounds_and_line_numbers() -> None:
    data = b"".join(b'{"i": %d}\n' % i for i in range(10)) + b'{"i": 10}'
    chunks = list(jsonl.read_chunks(io.BytesIO(data), records=4))
    assert [first for first, _ in chunks] == [1, 5, 9]
    assert b"".join(block for _, block in chunks) == data
    by_bytes = list(jsonl.read_chunks(io.BytesIO(data), records=100, max_bytes=20))
    assert len(by_bytes) == 4 and all(len(block) < 20 + 10 for _, block in by_bytes)


def test_clean_jsonl_block_passes_bad_records_through() -> None:
    lines = [
        '{"id": 1, "text": "keep\\nJUNK\\n", "x": 1.0E2}\n',
        '{"id": 2, "text": "clean\\n",   "x": 1.0E2}\n',
        "{not json\n",
        '{"id": 4}\n',
        '{"id": 5, "text": 5}\n',
        "\n",
        '{"id": 6, "meta": {"body": "caf\u00e9 JUNK\\nok"}}\r\n',
        "[1, 2]\n",
    ]
    block = "".join(lines).encode()
    res = jsonl.clean_jsonl_block(block, 1, "text", drop_junk)
    out = res.data.decode().splitlines(keepends=True)
    assert len(out) == len(lines)
    assert json.loads(out[0]) == {"id": 1, "text": "keep\n", "x": 100.0}
    assert out[1:] == lines[1:]  # unchanged and bad records: byte-identical
    assert (res.records, res.changed, res.lines_removed) == (7, 1, 1)
    assert [e.split(":")[0] for e in res.errors] == ["line 3", "line 4", "line 5", "line 7", "line 8"]

    nested = jsonl.clean_jsonl_block(block, 1, "meta.body", drop_junk, keep_output=False, diff_label="d.jsonl")
    assert nested.changed == 1 and nested.data == b""
    assert "--- a/d.jsonl:7" in nested.diff and "-caf\u00e9 JUNK" in nested.diff


def test_clean_jsonl_block_keeps_a_leading_bom_and_non_ascii() -> None:
    block = codecs.BOM_UTF8 + '{"text": "\u00e9t\u00e9\\nJUNK"}\n'.encode()
    res = jsonl.clean_jsonl_block(block, 1, "text", drop_junk)
    assert res.errors == []
    assert res.data == codecs.BOM_UTF8 + '{"text": "\u00e9t\u00e9\\n"}\n'.encode()


def test_open_input_reads_gzip(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "x"}\n'))
    with jsonl.open_input(path) as f:
        assert f.read() == b'{"text": "x"}\n'


def test_new_file_gets_the_usual_mode(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        fileio.atomic_write(tmp_path / "new.txt", b"x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o644


def test_changed_record_with_a_lone_surrogate_is_written_escaped() -> None:
    block = b'{"text": "keep \\ud800\\nJUNK\\n"}\n'
    res = jsonl.clean_jsonl_block(block, 1, "text", drop_junk)
    assert res.errors == [] and json.loads(res.data) == {"text": "keep \ud800\n"}
