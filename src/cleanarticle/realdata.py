"""Read the public benchmark pages (when present) and label extractor output lines against gold.

The data lives outside the project (``CLEANARTICLE_DATA``, or ``../shared/data``
beside the checkout or the working directory); nothing here ships it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .lines import is_blank, split_lines

UNLABELLED = -1
CONTENT = 0
JUNK = 1
# A line shorter than this (normalised) is too short to match against gold reliably.
MIN_MATCH_CHARS = 12

_LIST_MARKER = re.compile(r"^\s*(?:[-*•·▪◦]|\d+[.)])\s+")
_NON_WORD = re.compile(r"[\W_]+")


def data_root() -> Path | None:
    """The benchmark data folder, or None when it is not on this machine."""
    candidates = []
    if os.environ.get("CLEANARTICLE_DATA"):
        candidates.append(Path(os.environ["CLEANARTICLE_DATA"]))
    candidates.append(Path(__file__).resolve().parents[3] / "shared" / "data")
    candidates.append(Path.cwd().parent / "shared" / "data")
    candidates.append(Path.cwd() / "shared" / "data")
    for path in candidates:
        if (path / "aeb").is_dir():
            return path
    return None


def norm(text: str) -> str:
    """Normalise for gold matching: no list markers, table pipes, punctuation or case."""
    text = _LIST_MARKER.sub("", text.replace("|", " "))
    return _NON_WORD.sub(" ", text.casefold()).strip()


def split_of(page_id: str, test_share: float = 0.5) -> str:
    """Stable train/test assignment of a page by a hash of its id."""
    bucket = int(hashlib.sha256(page_id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "test" if bucket < test_share else "train"


@dataclass(frozen=True)
class Page:
    dataset: str
    id: str
    text: str
    gold: str
    gold_comments: str
    keep_segments: tuple[str, ...]
    drop_segments: tuple[str, ...]


def _records(path: Path) -> Iterator[dict[str, object]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def pages(dataset: str, field: str = "traf_default", root: Path | None = None) -> list[Page]:
    """All pages of one dataset with the extractor text ``field`` as the input to clean."""
    root = root or data_root()
    if root is None:
        return []
    folder = root / dataset
    texts: dict[str, dict[str, object]] = {}
    if (folder / "texts.jsonl.gz").exists():
        texts = {str(r["id"]): r for r in _records(folder / "texts.jsonl.gz")}
    out = []
    for rec in _records(folder / "pages.jsonl.gz"):
        page_id = str(rec["id"])
        text = rec.get(field) or texts.get(page_id, {}).get(field) or ""
        out.append(
            Page(
                dataset=dataset,
                id=page_id,
                text=str(text),
                gold=str(rec.get("gold") or ""),
                gold_comments=str(rec.get("gold_comments") or ""),
                keep_segments=tuple(str(s) for s in rec.get("with") or ()),  # type: ignore[attr-defined]
                drop_segments=tuple(str(s) for s in rec.get("without") or ()),  # type: ignore[attr-defined]
            )
        )
    return out


def _matches(line_norm: str, segment_norms: list[str]) -> bool:
    if len(line_norm) < MIN_MATCH_CHARS:
        return any(line_norm == s for s in segment_norms)
    return any(line_norm in s or (len(s) >= MIN_MATCH_CHARS and s in line_norm) for s in segment_norms)


def line_labels(page: Page) -> list[int]:
    """Label each line of ``page.text``: CONTENT, JUNK, or UNLABELLED (blank or ambiguous)."""
    lines, _ = split_lines(page.text)
    labels = []
    if page.gold:
        gold = " " + norm(page.gold) + " "
        for line in lines:
            n = norm(line)
            if is_blank(line) or not n:
                labels.append(UNLABELLED)
            else:
                labels.append(CONTENT if f" {n} " in gold else JUNK)
        return labels
    keep = [norm(s) for s in page.keep_segments]
    drop = [norm(s) for s in page.drop_segments]
    for line in lines:
        n = norm(line)
        if is_blank(line) or not n:
            labels.append(UNLABELLED)
        elif _matches(n, keep):
            labels.append(CONTENT)
        elif _matches(n, drop):
            labels.append(JUNK)
        else:
            labels.append(UNLABELLED)
    return labels
