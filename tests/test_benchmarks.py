"""Smoke tests of the benchmark suite: the peer adapters, and (opt-in) one quick run of benchmarks/run.py."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cleanarticle.lines import split_lines

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"

TEXT = (
    "Council approves the new budget after a long debate\r\n"
    "\r\n"
    "The city council approved the budget on Tuesday evening after more than four hours of debate, "
    "and the mayor said that the new plan would fund two schools and a library in the north of the city, "
    "which has waited for them since the last of its old schools was closed more than ten years ago.\r\n"
    "\r\n"
    "Residents who spoke at the meeting were divided: some welcomed the schools, while others asked why "
    "the road repairs they had been promised for years were once again left out of the plan, and they said "
    "that they would come back to the next meeting of the council to ask for an answer.\r\n"
    "Share this: Facebook | Twitter | Email\n"
    "Tags: budget, council, schools\n"
    "Please enable JavaScript to view the comments.\n"
    "Copyright 2024 Example News <all rights reserved> & more"
)


def _load_peers():
    spec = importlib.util.spec_from_file_location("bench_peers", BENCH / "peers.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


peers = _load_peers()


def _is_line_subsequence(text: str, out: str) -> bool:
    src = iter(split_lines(text)[0])
    return all(any(line == s for s in src) for line in split_lines(out)[0])


def _check(clean_fn) -> str:
    out = clean_fn(TEXT)
    assert isinstance(out, str)
    assert _is_line_subsequence(TEXT, out)
    assert clean_fn("") == ""
    assert clean_fn("\n\n") == "\n\n"  # blank lines follow cleanarticle's rule: nothing removed, all kept
    return out


def test_identity():
    assert peers.identity(TEXT) == TEXT


def test_c4():
    pytest.importorskip("datatrove", reason="peer needs the bench extra: pip install '.[bench]'")
    out = _check(peers.make_c4())
    assert "JavaScript" not in out  # C4 drops lines mentioning javascript
    assert "\r\n" in out  # kept lines keep their own endings, not C4's "\n" rejoin


def test_justext():
    pytest.importorskip("justext", reason="peer needs the bench extra: pip install '.[bench]'")
    out = _check(peers.make_justext())
    assert "The city council approved the budget" in out  # a good paragraph: over 200 chars, many stopwords


def test_trafilatura():
    pytest.importorskip("trafilatura", reason="peer needs the bench extra: pip install '.[bench]'")
    _check(peers.make_trafilatura())


def test_available_are_callables():
    for name, fn in peers.available().items():
        assert isinstance(fn(TEXT), str), name


@pytest.mark.skipif(os.environ.get("CLEANARTICLE_BENCH") != "1",
                    reason="the quick benchmark takes minutes; set CLEANARTICLE_BENCH=1 to run it")
def test_run_quick_writes_page_and_chart(tmp_path):
    pytest.importorskip("matplotlib", reason="the chart needs the bench extra: pip install '.[bench]'")
    subprocess.run([sys.executable, str(BENCH / "run.py"), "--quick", "--runs", "1", "--out-dir", str(tmp_path)],
                   check=True, cwd=ROOT)
    page = (tmp_path / "benchmarks.md").read_text(encoding="utf-8")
    assert "## Headline" in page and "Where cleanarticle does not win" in page
    assert (tmp_path / "benchmarks.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_line_ceiling_deletes_only_lines_mostly_made_of_must_drop_text():
    from cleanarticle.evaluate import segment_line_ceiling
    from cleanarticle.realdata import Page

    text = ("The bridge reopened on Monday after two years of repairs.\n"
            "Subscribe to our newsletter\n"
            "Officials said traffic would return to normal by spring. Follow us on social media for updates.\n")
    page = Page(dataset="traf-eval", id="p", text=text, gold="", gold_comments="",
                keep_segments=("The bridge reopened on Monday",),
                drop_segments=("Subscribe to our newsletter", "Follow us on social media"))
    # The newsletter line goes; the social-media prompt stays with the article sentence it shares a line with.
    assert segment_line_ceiling([page]) == {"pages": 1, "keep_present": 1, "keep_kept_share": 1.0,
                                            "drop_present": 2, "drop_removed_share": 0.5}
