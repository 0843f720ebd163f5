"""Shared pieces of the benchmark page and chart: dataset labels, number formats, atomic writes."""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

TRADE_OFF_RETENTION = (0.99, 0.97, 0.95, 0.90)  # content shares at which the page quotes the junk removed
STEEP_AT = 0.95  # a content share users would still accept, for the closing note on real pages
# The library's cold start: what a script or hook pays before its first clean.
LIBRARY_COLD_START = "import cleanarticle; cleanarticle.clean('x')"


# (input key, title, retention label, removal label); traf-eval counts segments, the others lines.
DATASETS = (
    ("aeb", "aeb: 181 news pages, gold bodies (never trained on)", "content lines kept", "residue lines removed"),
    ("traf_test", "traf-eval, test half (not trained on)", "must-keep segments kept", "must-drop segments removed"),
    ("traf_all", "traf-eval, all 990 pages (half was training data)", "must-keep segments kept",
     "must-drop segments removed"),
    ("synthetic", "synthetic held-out split", "content lines kept", "junk lines removed"),
)
SHORT = {"aeb": "aeb", "traf_test": "traf-eval test half", "traf_all": "traf-eval all", "synthetic": "synthetic"}


def ret_rem(r: dict[str, Any], key: str) -> tuple[float, float]:
    """(content retention, junk removal) of one tool on one input."""
    d = r[key]
    if key == "aeb":
        return d["content_retention"], d["residue_removal"]
    if key == "synthetic":
        return d["overall"]["content_retention"], d["overall"]["junk_removal"]
    return d["keep_kept_share"], d["drop_removed_share"]


def pct(x: float) -> str:
    return "n/a" if math.isnan(x) else f"{100 * x:.1f}%"


def times(a: float, b: float) -> str:
    return "" if not b or math.isnan(a) or math.isnan(b) else f" (×{a / b:.2f})"


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return out + ["| " + " | ".join(row) + " |" for row in rows]


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
