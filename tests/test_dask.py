"""cleanarticle.dask on a real distributed.LocalCluster: two worker processes, one killed mid-run."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

REASON = 'needs the dask extra: pip install "cleanarticle[dask]"'
distributed = pytest.importorskip("distributed", reason=REASON)
db = pytest.importorskip("dask.bag", reason=REASON)
dd = pytest.importorskip("dask.dataframe", reason=REASON)
pd = pytest.importorskip("pandas", reason=REASON)

from cleanarticle import Cleaner
from cleanarticle.dask import clean_bag, clean_dataframe_column, clean_jsonl_shards, run

TAIL = ("Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n\n"
        "Comment *\n\nName *\n\nEmail *\n\nWebsite\n\nPost Comment\n")
ARTICLES = [
    ("Council approves new bike lanes\n\nThe city council voted on Monday to add twelve kilometres of protected "
     "bike lanes along the river road. Work starts in spring and should end before the autumn.\n\nShop owners "
     "worried about parking at the meeting, while parents welcomed safer routes to school.\n\n"),
    ("Harvest festival draws record crowd\n\nMore than thirty thousand people visited the harvest festival this "
     "weekend, the organisers said, ten thousand more than last year.\n\nThe pumpkin contest was won by a "
     "farmer from the north valley with a fruit of 412 kilograms.\n\n"),
    ("Über den Fluss: neue Fähre in Betrieb\n\nSeit Montag verbindet eine elektrische Fähre die beiden Ufer. "
     "Sie fährt alle zwanzig Minuten und nimmt bis zu vierzig Fahrräder mit.\n\n"),
]


def article(i: int) -> str:
    """Every third record has no comment-form tail, so some records pass through unchanged."""
    body = ARTICLES[i % len(ARTICLES)]
    return body if i % 3 == 0 else body + TAIL


@pytest.fixture(scope="module")
def lib() -> Cleaner:
    return Cleaner()


@pytest.fixture(scope="module")
def cluster() -> Any:
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0") as c:
        yield c


@pytest.fixture(scope="module")
def client(cluster: Any) -> Any:
    with distributed.Client(cluster) as c:
        yield c


def cleaners_per_worker(client: Any) -> dict[str, int]:
    return client.run(lambda: len(__import__("cleanarticle.cleaner", fromlist=["_SHARED"])._SHARED))


def test_bag_matches_cleaner_and_loads_the_model_once_per_worker(client: Any, lib: Cleaner) -> None:
    texts = [article(i) for i in range(40)]
    bag = db.from_sequence(texts, npartitions=6)
    expected = [lib.clean(t) for t in texts]
    assert expected != texts
    assert clean_bag(bag).compute() == expected
    assert clean_bag(bag).compute() == expected  # a second run reuses each worker's Cleaner
    assert set(cleaners_per_worker(client).values()) <= {0, 1}
    strict = Cleaner(threshold=0.99)
    assert clean_bag(bag, threshold=0.99).compute() == [strict.clean(t) for t in texts]


def test_dataframe_column_cleans_strings_and_keeps_the_rest(client: Any, lib: Cleaner) -> None:
    texts: list[str | None] = [article(i) for i in range(12)]
    texts[4] = None
    frame = pd.DataFrame({"id": range(12), "text": texts})
    ddf = dd.from_pandas(frame, npartitions=3)
    out = clean_dataframe_column(ddf, "text").compute()
    assert out["id"].tolist() == list(range(12))
    assert out["text"].dtype == ddf["text"].dtype
    assert pd.isna(out["text"].iloc[4])
    for i, text in enumerate(texts):
        if text is not None:
            assert out["text"].iloc[i] == lib.clean(text)


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
    path.write_bytes(gzip.compress(data, mtime=0) if path.name.endswith(".gz") else data)


def make_shards(folder: Path) -> None:
    """Plain, gzip, and awkward shards: BOM, CRLF, a blank line, bad records, an empty file."""
    folder.mkdir()
    write_jsonl(folder / "a.jsonl", [{"id": i, "text": article(i)} for i in range(30)])
    write_jsonl(folder / "b.jsonl.gz", [{"id": i, "text": article(i), "url": f"https://x.test/{i}"} for i in range(20)])
    odd = [json.dumps({"id": i, "text": article(i)}, ensure_ascii=False).encode() for i in range(6)]
    (folder / "c.jsonl").write_bytes(
        codecs.BOM_UTF8 + odd[0] + b"\r\n" + odd[1] + b"\r\n\n" + odd[2] + b"\n{not json\n"
        + b'{"id": 9}\n{"id": 10, "text": 3}\n' + odd[3] + b"\n" + odd[4] + b"\n" + odd[5]  # no final newline
    )
    (folder / "empty.jsonl").write_bytes(b"")


def cli_clean(src: Path, out: Path) -> subprocess.CompletedProcess[bytes]:
    out.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "cleanarticle", "clean", "--jsonl", "--jobs", "1", "-q", "-o", str(out), str(src)]
    return subprocess.run(cmd, capture_output=True, timeout=120, check=False)


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_shards_match_the_local_cli_byte_for_byte(cluster: Any, tmp_path: Path, lib: Cleaner) -> None:
    make_shards(tmp_path / "shards")
    local = cli_clean(tmp_path / "shards", tmp_path / "local")
    assert local.returncode == 2, local.stderr  # the three bad records in c.jsonl
    summary = clean_jsonl_shards([tmp_path / "shards"], tmp_path / "dask", scheduler=cluster.scheduler_address)
    assert files(tmp_path / "dask") == files(tmp_path / "local")
    assert sorted(files(tmp_path / "dask")) == ["a.jsonl", "b.jsonl.gz", "c.jsonl", "empty.jsonl"]
    assert summary.errors == 3 and summary.records == 30 + 20 + 9
    assert summary.changed > 0
    # And record by record against the library itself.
    for line, i in zip((tmp_path / "dask" / "a.jsonl").read_text("utf-8").splitlines(), range(30)):
        assert json.loads(line) == {"id": i, "text": lib.clean(article(i))}


def test_run_returns_cli_exit_codes(cluster: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "one.jsonl"
    write_jsonl(src, [{"text": article(i)} for i in range(5)])
    address = cluster.scheduler_address
    assert run([src], tmp_path / "out", address, "text", {}) == 0
    assert "5 records seen" in capsys.readouterr().err
    assert run([tmp_path / "missing.jsonl"], tmp_path / "out", address, "text", {}, quiet=True) == 2
    assert "missing.jsonl: cannot read" in capsys.readouterr().err
    assert run([src], tmp_path, address, "text", {}) == 2  # would overwrite its input
    assert run([src], tmp_path / "out", address, "text", {"threshold": 2.0}) == 2  # checked before any task


def test_a_killed_worker_loses_and_repeats_no_record(cluster: Any, client: Any, tmp_path: Path, lib: Cleaner) -> None:
    """Kills one of the module's two workers (its nanny starts a new one)."""
    shards, out = tmp_path / "shards", tmp_path / "out"
    shards.mkdir()
    n_shards, per_shard = 10, 200
    for s in range(n_shards):
        write_jsonl(shards / f"part-{s:02d}.jsonl", [{"id": i, "text": article(i + s)} for i in range(per_shard)])
    client.run(lambda: __import__("cleanarticle.cleaner").cleaner.shared_cleaner())  # warm both workers
    with ThreadPoolExecutor(1) as pool:
        running = pool.submit(clean_jsonl_shards, [shards], out, scheduler=cluster.scheduler_address)
        victim = None
        deadline = time.monotonic() + 60
        while victim is None and time.monotonic() < deadline and not running.done():
            busy = [w for w, keys in client.processing().items() if any("clean_shard" in str(k) for k in keys)]
            done = out.exists() and any(not p.name.startswith(".") for p in out.iterdir())  # dot: temp files
            if busy and done:  # at least one shard written, others being cleaned
                victim = busy[0]
            else:
                time.sleep(0.02)
        assert victim is not None, "the run ended before a worker could be killed; make it heavier"
        pid = client.run(os.getpid, workers=[victim])[victim]
        os.kill(pid, signal.SIGKILL)
        summary = running.result(timeout=90)
    assert pid not in client.run(os.getpid).values()  # the nanny replaced the killed process
    assert summary.records == n_shards * per_shard and summary.errors == 0
    assert not list(out.glob(".*"))  # no temporary file left behind by the killed worker
    expected = {i: lib.clean(article(i)) for i in range(len(ARTICLES) * 3)}  # article() repeats with period 9
    for s in range(n_shards):
        records = [json.loads(line) for line in (out / f"part-{s:02d}.jsonl").read_text("utf-8").splitlines()]
        assert [r["id"] for r in records] == list(range(per_shard))
        assert all(r["text"] == expected[(r["id"] + s) % 9] for r in records)


def test_missing_dask_names_the_install(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(ImportError, match=r'pip install "cleanarticle\[dask\]"'):
        clean_jsonl_shards([tmp_path / "a.jsonl"], tmp_path / "out")
