"""The command line, through main([...]) in this process and through the console script in a subprocess."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from cleanarticle import Cleaner, batch, cli, config, jsonl
from cleanarticle.corpus import LineCounts

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_3b76a2879bec4890.txt"
JUNK_TAIL = "Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n"
ARTICLES = [
    ("Mayor opens new library downtown\n\nThe new library opened on Tuesday with a ceremony attended by hundreds "
    "of residents. It holds more than 200,000 books and a maker space for children.\n\nOfficials said the "
    "building cost 40 million dollars and took three years to finish, a year longer than planned.\n"),
    ("Rain returns to the valley\n\nAfter four months without a drop, farmers in the valley welcomed a steady "
    "rain that fell through the night. Reservoirs remain at a third of their capacity, the water board said.\n"),
    ("Local bakery wins national prize\n\nA family bakery on Mill Street won the national bread prize on Sunday "
    "for its sourdough rye. The owners said they would keep their prices as they are.\n"),
]
Run = Callable[..., tuple[int, bytes, str]]


def script() -> list[str]:
    """The installed console script beside this interpreter, else ``python -m cleanarticle``."""
    found = shutil.which("cleanarticle", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "cleanarticle"]


@pytest.fixture(params=["main", "script"])
def run(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Run:
    """Run the command both ways; returns (exit code, stdout bytes, stderr text)."""

    def via_main(*args: str, stdin: bytes = b"", cwd: Path | None = None) -> tuple[int, bytes, str]:
        out, err = io.BytesIO(), io.StringIO()
        fake_out = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        with monkeypatch.context() as m:
            if cwd is not None:
                m.chdir(cwd)
            m.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
            m.setattr(sys, "stdout", fake_out)
            m.setattr(sys, "stderr", err)
            code = cli.main(list(args))
        return code, out.getvalue(), err.getvalue()

    def via_script(*args: str, stdin: bytes = b"", cwd: Path | None = None) -> tuple[int, bytes, str]:
        proc = subprocess.run([*script(), *args], input=stdin, capture_output=True, cwd=cwd, timeout=300, check=False)
        return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")

    return via_main if request.param == "main" else via_script


@pytest.fixture(scope="module")
def lib() -> Cleaner:
    return Cleaner()


@pytest.fixture
def junky(lib: Cleaner) -> str:
    """A seed article with a comment-form and spam tail; the model must remove something from it."""
    text = SEED.read_text(encoding="utf-8")
    assert lib.clean(text) != text, "the shipped model removes nothing from the seed"
    return text


# -- stdin, in place, --check, --diff ------------------------------------------------------


def test_stdin_to_stdout(run: Run, junky: str, lib: Cleaner, tmp_path: Path) -> None:
    code, out, err = run("clean", "-", stdin=junky.encode(), cwd=tmp_path)
    assert code == 0
    assert out == lib.clean(junky).encode()
    assert "1 changed" in err
    code, out, _ = run("clean", "-q", stdin=junky.encode(), cwd=tmp_path)  # no path means stdin too
    assert (code, out) == (0, lib.clean(junky).encode())


def test_a_closed_stdout_stops_quietly(junky: str, tmp_path: Path) -> None:
    # `cleanarticle clean big.txt | head`: the reader goes away; no traceback, an error code.
    proc = subprocess.Popen([*script(), "clean", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=tmp_path)
    assert proc.stdout is not None
    proc.stdout.close()
    _, err = proc.communicate(junky.encode() * 20, timeout=300)
    assert proc.returncode == cli.EXIT_ERROR
    assert b"Traceback" not in err


def test_in_place_keeps_mode(run: Run, junky: str, lib: Cleaner, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(junky.encode())
    path.chmod(0o640)
    code, out, err = run("clean", str(path))
    assert (code, out) == (0, b"")
    assert path.read_bytes() == lib.clean(junky).encode()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert f"cleaned {path}" in err
    assert run("clean", str(path))[0] == 0  # already clean: nothing to do
    assert path.read_bytes() == lib.clean(junky).encode()


def test_check_and_diff_write_nothing(run: Run, junky: str, lib: Cleaner, tmp_path: Path) -> None:
    dirty, tidy = tmp_path / "dirty.txt", tmp_path / "tidy.txt"
    dirty.write_bytes(junky.encode())
    tidy.write_bytes(lib.clean(junky).encode())
    code, out, err = run("clean", "--check", str(dirty), str(tidy))
    assert (code, out) == (1, b"")
    assert f"would clean {dirty}" in err and str(tidy) not in err
    assert run("clean", "--check", str(tidy))[0] == 0

    code, out, _ = run("clean", "--diff", str(dirty), str(tidy))
    assert code == 1
    diff = out.decode()
    assert diff.startswith(f"--- a/{dirty}\n+++ b/{dirty}\n@@")
    removed = {line[1:] for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")}
    assert removed and all(line in junky.splitlines() for line in removed)
    assert not any(line.startswith("+") and not line.startswith("+++") for line in diff.splitlines())
    assert run("clean", "--diff", str(tidy))[:2] == (0, b"")
    assert dirty.read_bytes() == junky.encode()


def test_crlf_and_bom_preserved(run: Run, junky: str, lib: Cleaner, tmp_path: Path) -> None:
    text = junky.replace("\n", "\r\n")
    path = tmp_path / "crlf.txt"
    path.write_bytes(codecs.BOM_UTF8 + text.encode())
    assert run("clean", str(path))[0] == 0
    data = path.read_bytes()
    assert data == codecs.BOM_UTF8 + lib.clean(text).encode()
    assert data.startswith(codecs.BOM_UTF8) and b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")


def test_undecodable_and_binary_left_untouched_others_cleaned(
    run: Run, junky: str, lib: Cleaner, tmp_path: Path
) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes(junky.replace("\u2019", "'").encode("latin-1", "replace").replace(b"The", b"Th\xe9"))
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01" + junky.encode())
    good = tmp_path / "good.txt"
    good.write_bytes(junky.encode())
    before = {p: p.read_bytes() for p in (latin, binary)}
    code, _, err = run("clean", str(tmp_path))
    assert code == 2
    assert f"error: {latin}: not valid utf-8" in err and f"error: {binary}: looks binary" in err
    assert {p: p.read_bytes() for p in (latin, binary)} == before
    assert good.read_bytes() == lib.clean(junky).encode()
    code, _, _ = run("clean", "--encoding", "latin-1", str(latin))
    assert code == 0 and latin.read_bytes() != before[latin]


# -- JSONL ---------------------------------------------------------------------------------


def _records(junky: str) -> list[bytes]:
    return [
        json.dumps({"id": 1, "text": ARTICLES[0] + JUNK_TAIL, "score": 1.50}, ensure_ascii=False).encode() + b"\n",
        b'{"id": 2, "text": "broken\n',
        json.dumps({"id": 3, "meta": {"body": junky}}).encode() + b"\n",
        json.dumps({"id": 4, "text": ["not", "a", "string"]}).encode() + b"\n",
        json.dumps({"id": 5, "text": junky, "lang": "en"}, ensure_ascii=True).encode() + b"\n",
        json.dumps({"id": 6, "text": ARTICLES[1]}).encode() + b"\n",
    ]


def test_jsonl_field_with_bad_records_in_the_middle(run: Run, junky: str, lib: Cleaner, tmp_path: Path) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    records = _records(junky)
    src.write_bytes(b"".join(records))
    code, out, err = run("clean", str(src), "-o", str(dst))
    assert (code, out) == (2, b"")
    assert "line 2: invalid JSON" in err and "line 3: no field 'text'" in err and "line 4: field 'text' is list" in err
    lines = dst.read_bytes().splitlines(keepends=True)
    assert len(lines) == len(records)
    for raw, new in zip(records, lines):
        try:
            rec = json.loads(raw)
        except ValueError:
            assert new == raw
            continue
        text = rec.get("text")
        if not isinstance(text, str) or lib.clean(text) == text:
            assert new == raw  # untouched records are byte-identical
        else:
            assert json.loads(new) == {**rec, "text": lib.clean(text)}
    assert src.read_bytes() == b"".join(records)

    # --field with a dotted path, in place
    code, _, err = run("clean", "--field", "meta.body", str(src))
    assert code == 2 and "line 1: no field 'meta.body'" in err
    assert json.loads(src.read_bytes().splitlines()[2])["meta"]["body"] == lib.clean(junky)


def test_jsonl_from_stdin_and_check(run: Run, junky: str, tmp_path: Path) -> None:
    data = b"".join(r for r in _records(junky) if b"broken" not in r)
    code, out, _ = run("clean", "--jsonl", "-", stdin=data, cwd=tmp_path)
    assert code == 2 and len(out.splitlines()) == len(data.splitlines())
    code, out, _ = run("clean", "--jsonl", "--check", "-", stdin=data, cwd=tmp_path)
    assert (code, out) == (2, b"")  # errors win over "would change"
    dirty_only = b"".join(r for r in _records(junky) if b'"id": 5' in r)
    assert run("clean", "--jsonl", "--check", "-", stdin=dirty_only, cwd=tmp_path)[0] == 1


def test_gzip_jsonl_in_and_out(run: Run, junky: str, lib: Cleaner, tmp_path: Path) -> None:
    plain = b"".join(json.dumps({"text": t}).encode() + b"\n" for t in [junky, *ARTICLES])
    src = tmp_path / "in.jsonl.gz"
    src.write_bytes(gzip.compress(plain))
    assert run("clean", str(src), "-o", str(tmp_path / "out.jsonl.gz"))[0] == 0
    got = gzip.decompress((tmp_path / "out.jsonl.gz").read_bytes()).splitlines()
    assert [json.loads(line)["text"] for line in got] == [lib.clean(t) for t in [junky, *ARTICLES]]
    assert run("clean", str(src))[0] == 0  # in place stays gzip
    assert gzip.decompress(src.read_bytes()).splitlines() == got


def test_jsonl_output_creates_missing_folders(run: Run, junky: str, lib: Cleaner, tmp_path: Path) -> None:
    # Regression: -o into a folder that does not exist yet failed for JSONL ("cannot write") but not for text.
    src = tmp_path / "in"
    (src / "deep" / "er").mkdir(parents=True)
    (src / "a.txt").write_text(junky)
    (src / "deep" / "er" / "d.jsonl").write_text(json.dumps({"text": junky}) + "\n")
    (src / "deep" / "g.jsonl.gz").write_bytes(gzip.compress(json.dumps({"text": junky}).encode() + b"\n"))
    out = tmp_path / "new" / "out"
    code, _, err = run("clean", str(src), "-o", str(out))
    assert code == 0, err
    assert (out / "a.txt").read_text() == lib.clean(junky)
    assert json.loads((out / "deep" / "er" / "d.jsonl").read_text())["text"] == lib.clean(junky)
    assert json.loads(gzip.decompress((out / "deep" / "g.jsonl.gz").read_bytes()))["text"] == lib.clean(junky)
    code, _, err = run("clean", str(src / "deep" / "er" / "d.jsonl"), "-o", str(tmp_path / "new2" / "d.jsonl"))
    assert code == 0 and (tmp_path / "new2" / "d.jsonl").is_file(), err


# -- parallel runs -------------------------------------------------------------------------


def _corpus(root: Path, junky: str, files: int, records: int) -> None:
    root.mkdir()
    for i in range(files):
        body = ARTICLES[i % 3] + (JUNK_TAIL if i % 2 else "") + (junky if i % 5 == 0 else "")
        (root / f"doc{i:03d}.txt").write_text(body, encoding="utf-8")
    texts = (ARTICLES[i % 3] + (JUNK_TAIL if i % 3 == 1 else "") for i in range(records))
    (root / "dump.jsonl").write_text("".join(json.dumps({"i": i, "text": t}) + "\n" for i, t in enumerate(texts)))


def test_jobs_2_output_identical_to_jobs_1(junky: str, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    # More files than one task takes and more records than one chunk holds: both get split.
    _corpus(a, junky, files=batch.FILES_PER_TASK + 8, records=jsonl.CHUNK_RECORDS_DEFAULT + 300)
    shutil.copytree(a, b)
    runs = [subprocess.run([*script(), "clean", str(d), "--jobs", j, "--diff"],
                           capture_output=True, timeout=600, check=False)
            for d, j in ((a, "1"), (b, "2"))]
    assert [r.returncode for r in runs] == [1, 1]
    assert runs[0].stdout == runs[1].stdout.replace(str(b).encode(), str(a).encode())
    for d, j in ((a, "1"), (b, "2")):
        assert subprocess.run([*script(), "clean", str(d), "--jobs", j, "-q"], timeout=600, check=False).returncode == 0
    assert {p.name: p.read_bytes() for p in a.iterdir()} == {p.name: p.read_bytes() for p in b.iterdir()}


def test_jobs_2_in_process_with_small_chunks(junky: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonl, "CHUNK_RECORDS_DEFAULT", 7)
    monkeypatch.setattr(batch, "FILES_PER_TASK", 3)
    _corpus(tmp_path / "c", junky, files=10, records=40)
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        assert cli.main(["clean", str(tmp_path / "c"), "-o", str(out), "--jobs", jobs, "-q"]) == 0
        outs.append({p.name: p.read_bytes() for p in out.iterdir()})
    assert outs[0] == outs[1] and len(outs[0]) == 11


# -- corpus-aware cleaning -----------------------------------------------------------------

FOOTER = "The Harbour Courier is an independent newsroom supported by its readers and local businesses since 1987.\n"
TOWNS = ("Ashford", "Brampton", "Carlow", "Dunmore", "Ellesmere", "Fairlie", "Glenrock", "Halton", "Inverkip",
         "Jedburgh")
PROJECTS = (("library", "books and study rooms"), ("footbridge", "cyclists and walkers"),
            ("school", "pupils and teachers"))


def _harbour_body(i: int) -> str:
    """A short article of its own: no line of it recurs in another one."""
    town, (thing, users) = TOWNS[i % len(TOWNS)], PROJECTS[i % len(PROJECTS)]
    return (f"{town} opens a new {thing} after {i + 3} years of planning\n\n"
            f"Residents of {town} gathered on a cold morning to see the new {thing} open, built for {users}. "
            f"The project cost {12 + i} million pounds, officials said, and finished {i % 4 + 1} months late.\n\n"
            f"Local traders said the {thing} would bring more visitors to the high street in {town}.\n")


def _harbour(root: Path, files: int = 30) -> dict[str, str]:
    """``files`` articles, each ending in the same footer; returns the bodies by file name."""
    root.mkdir()
    bodies = {f"story{i:02d}.txt": _harbour_body(i) for i in range(files)}
    for name, body in bodies.items():
        (root / name).write_text(body + "\n" + FOOTER, encoding="utf-8")
    return bodies


def test_corpus_aware_removes_the_shared_footer_whatever_the_jobs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bodies = _harbour(tmp_path / "in")
    assert cli.main(["clean", str(tmp_path / "in"), "-o", str(tmp_path / "plain"), "--jobs", "1"]) == 0
    assert all((tmp_path / "plain" / n).read_text() == b + "\n" + FOOTER for n, b in bodies.items())
    assert "repeated" not in capsys.readouterr().err
    # Small tasks, so both passes really spread over worker processes and the counts are merged.
    monkeypatch.setattr(batch, "COUNT_BYTES_PER_TASK", 1500)
    monkeypatch.setattr(batch, "FILES_PER_TASK", 4)
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"aware{jobs}"
        assert cli.main(["clean", str(tmp_path / "in"), "-o", str(out), "--corpus-aware", "--jobs", jobs]) == 0
        outs.append({p.name: p.read_bytes() for p in out.iterdir()})
        assert f"({len(bodies)} repeated across the corpus)" in capsys.readouterr().err
    assert outs[0] == outs[1]
    assert outs[0] == {n: b.encode() for n, b in bodies.items()}  # footer gone, every body byte-identical


def test_corpus_aware_jsonl_from_config_and_flag_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bodies = [_harbour_body(i) for i in range(24)]
    src = tmp_path / "dump.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": b + "\n" + FOOTER}) + "\n" for i, b in enumerate(bodies)))
    (tmp_path / "pyproject.toml").write_text("[tool.cleanarticle]\ncorpus_aware = true\n")
    assert cli.main(["clean", str(src), "-o", str(tmp_path / "out.jsonl"), "--jobs", "1"]) == 0
    assert [json.loads(r)["text"] for r in (tmp_path / "out.jsonl").read_text().splitlines()] == bodies
    assert "(24 repeated across the corpus)" in capsys.readouterr().err
    assert cli.main(["clean", str(src), "--check", "--no-corpus-aware"]) == 0  # no single article has junk
    monkeypatch.chdir(tmp_path)  # stdin finds the configuration from the current folder
    assert cli.main(["clean", "-"]) == 2  # corpus_aware from the config cannot read stdin twice
    assert "pass --no-corpus-aware" in capsys.readouterr().err
    (tmp_path / "pyproject.toml").write_text("[tool.cleanarticle]\ncorpus_aware = 'yes'\n")
    with pytest.raises(config.ConfigError, match="corpus_aware must be true or false"):
        config.discover([str(src)])


def test_corpus_aware_sketch_file_removed_after_success_error_and_interrupt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _harbour(tmp_path / "in", files=6)
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    seen: list[str] = []

    def fake_run(s: batch.Settings, inputs: object, jobs: int, report: batch.Report) -> None:
        assert s.line_counts is not None
        seen.append(s.line_counts)
        counts = LineCounts.load(s.line_counts)  # a real, loadable sketch of all six documents
        assert counts.documents == 6 and int(counts.frequency([FOOTER.strip()])[0]) == 6
        raise KeyboardInterrupt

    assert cli.main(["clean", str(tmp_path / "in"), "--corpus-aware", "-q", "--jobs", "1"]) == 0
    assert list((tmp_path / "tmp").iterdir()) == []
    monkeypatch.setattr(batch, "run", fake_run)
    assert cli.main(["clean", str(tmp_path / "in"), "--corpus-aware", "-q"]) == 130
    assert seen and list((tmp_path / "tmp").iterdir()) == []


def test_line_counts_save_and_load(tmp_path: Path) -> None:
    counts = LineCounts().add_many([ARTICLES[0] + FOOTER, ARTICLES[1] + FOOTER])
    counts.save(tmp_path / "sketch")  # the exact name: no ".npz" appended
    again = LineCounts.load(tmp_path / "sketch")
    assert again.documents == 2 and np.array_equal(again.table, counts.table) and again.table.dtype == np.uint32
    np.savez(tmp_path / "small.npz", table=np.zeros((2, 8), dtype=np.uint32), documents=np.int64(1))
    with pytest.raises(ValueError, match="expected"):
        LineCounts.load(tmp_path / "small.npz")


# -- Dask ----------------------------------------------------------------------------------


def test_dask_local_matches_jobs_1_byte_for_byte(junky: str, tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason='needs the dask extra: pip install "cleanarticle[dask]"')
    shard = tmp_path / "shard.jsonl"
    shard.write_text("".join(json.dumps({"i": i, "text": t}) + "\n" for i, t in enumerate([junky, *ARTICLES] * 3)))
    out = tmp_path / "dask-out"
    assert cli.main(["clean", "--dask", "local", "--jsonl", "-o", str(out), str(shard), "-q"]) == 0
    assert cli.main(["clean", "--jobs", "1", "-o", str(tmp_path / "jobs1.jsonl"), str(shard), "-q"]) == 0
    assert (out / "shard.jsonl").read_bytes() == (tmp_path / "jobs1.jsonl").read_bytes() != shard.read_bytes()


# -- configuration -------------------------------------------------------------------------


def test_config_from_pyproject_and_flags_override(run: Run, junky: str, lib: Cleaner, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "corpus"\n\n[tool.cleanarticle]\nthreshold = 0.9\nfield = "body"\nexclude = ["skip*"]\n'
    )
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.txt").write_text(junky)
    (data / "skip.txt").write_text(junky)
    (data / "d.jsonl").write_text(json.dumps({"body": junky}) + "\n")
    code, _, _ = run("clean", str(data))
    assert code == 0
    assert (data / "a.txt").read_text() == Cleaner(threshold=0.9).clean(junky)
    assert (data / "skip.txt").read_text() == junky
    assert json.loads((data / "d.jsonl").read_text())["body"] == Cleaner(threshold=0.9).clean(junky)
    (data / "a.txt").write_text(junky)
    code, _, _ = run("clean", "--threshold", "0.5", "--field", "text", "--exclude", "none", str(data))
    assert code == 2  # d.jsonl has no "text" field
    assert (data / "a.txt").read_text() == Cleaner(threshold=0.5).clean(junky)
    assert (data / "skip.txt").read_text() == Cleaner(threshold=0.5).clean(junky)


def test_config_errors(tmp_path: Path) -> None:
    bad = tmp_path / "pyproject.toml"
    bad.write_text("[tool.cleanarticle]\nthreshhold = 0.5\n")
    with pytest.raises(config.ConfigError, match="unknown key"):
        config.discover([str(tmp_path)])
    bad.write_text("[tool.cleanarticle]\ninclude = 3\n")
    with pytest.raises(config.ConfigError, match="include must be a list"):
        config.discover([str(tmp_path)])
    assert cli.main(["clean", "--check", str(tmp_path)]) == 2
    # A pyproject.toml without the table is passed over for one further up.
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n')
    bad.write_text("[tool.cleanarticle]\nfield = 'body'\n")
    assert config.discover([str(inner / "a.txt")]).field == "body"


@pytest.mark.parametrize(
    "args",
    [
        ["clean", "--jobs", "0"],
        ["clean", "--check", "--diff", "x.txt"],
        ["clean", "--check", "-o", "out", "x.txt"],
        ["clean", "--threshold", "1.5", "x.txt"],
        ["clean", "--model", "/nonexistent-model", "x.txt"],
        ["clean", "no-such-file.txt"],
        ["clean", "--corpus-aware", "-"],
        ["clean", "--corpus-aware"],
        ["clean", "--dask", "local", "x.jsonl"],
        ["clean", "--dask", "local", "-o", "out", "-"],
        ["clean", "--dask", "local", "-o", "out", "--include", "*.jsonl", "."],
        ["clean", "--dask", "local", "-o", "out", "--corpus-aware", "x.jsonl"],
        ["frobnicate"],
    ],
)
def test_bad_arguments_exit_2(args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main(args) == 2


# -- explain, entry points, docs -----------------------------------------------------------


def test_explain_without_colour_when_piped(run: Run, junky: str, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(junky)
    code, out, _ = run("explain", str(path))
    text = out.decode()
    assert code == 0 and "\x1b[" not in text
    rows = text.splitlines()[1:]
    assert len(rows) == len(junky.splitlines())
    assert any(" removed " in r for r in rows) and any(" kept " in r for r in rows)
    assert re.match(r"\s+1\s+\d\.\d\d\s+\d\.\d\d\s+kept", rows[0])


def test_version_and_python_m(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "cleanarticle", "--version"],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and proc.stdout.startswith("cleanarticle ")


def test_interrupted_run_leaves_no_half_file(junky: str, tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    line = json.dumps({"text": junky}).encode() + b"\n"
    path.write_bytes(line * 6000)
    original = path.read_bytes()
    proc = subprocess.Popen([*script(), "clean", str(path), "--jobs", "1", "-q"], stderr=subprocess.PIPE)
    time.sleep(1.5)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    data = path.read_bytes()
    if proc.returncode == 0:  # finished before the signal: then the whole new file is there
        assert data.count(b"\n") == 6000 and data != original
    else:  # 130: our handler ran; -15: the signal came before Python had started the handler
        assert proc.returncode in (130, -signal.SIGTERM), err
        assert data == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.jsonl"]


DOC = ROOT / "docs" / "cli.md"


def _runnable_blocks() -> list[str]:
    return re.findall(r"<!-- runnable -->\n```bash\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_docs_have_runnable_examples_and_name_every_flag_and_hook(capsys: pytest.CaptureFixture[str]) -> None:
    doc = DOC.read_text(encoding="utf-8")
    assert len(_runnable_blocks()) >= 5
    for args in ([], ["clean"], ["explain"]):
        assert cli.main([*args, "--help"]) == 0
    flags = set(re.findall(r"(?<![\w-])--[a-z][a-z-]+", capsys.readouterr().out)) - {"--help"}
    missing = sorted(f for f in flags if not re.search(rf"(?<![\w-]){f}(?![\w-])", doc))
    assert not missing, f"docs/cli.md does not mention {missing}"
    hooks = re.findall(r"^- id: (\S+)", (ROOT / ".pre-commit-hooks.yaml").read_text(), flags=re.MULTILINE)
    assert hooks == ["cleanarticle", "cleanarticle-check"]
    assert all(f"`{h}`" in doc for h in hooks)


@pytest.mark.parametrize("block", _runnable_blocks())
def test_docs_examples_run(block: str, junky: str, tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "article.txt")
    _corpus(tmp_path / "corpus", junky, files=3, records=0)
    (tmp_path / "corpus" / "dump.jsonl").unlink()
    shutil.copy(tmp_path / "corpus" / "doc001.txt", tmp_path / "corpus" / "one.txt")
    records = [json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate([junky, *ARTICLES])]
    (tmp_path / "dump.jsonl").write_text("".join(records))
    env = {**os.environ, "PATH": f"{Path(script()[0]).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    proc = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", block], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
