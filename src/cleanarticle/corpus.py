"""Document frequency of lines across a corpus, in bounded memory.

Site-wide boilerplate (the same footer, newsletter sentence or related-links
block on every page of a site) reads like prose to a per-line model; its
signal is repetition across documents. LineCounts is a count-min sketch of
normalised line hashes: fixed memory whatever the corpus size, mergeable
across processes, and never under-counting.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from .lines import is_blank, split_lines

if TYPE_CHECKING:
    from numpy.typing import ArrayLike

SKETCH_WIDTH_BITS = 20
SKETCH_DEPTH = 4
# A line seen in fewer documents than this is never boosted.
MIN_REPEAT_DOCS = 5
# Junk logit added per doubling of a line's document count beyond MIN_REPEAT_DOCS.
REPEAT_LOGIT_PER_DOUBLING = 4.0
# Lines with fewer words get a proportionally smaller boost: a short heading or a
# byline can recur legitimately, a long sentence repeated across pages is furniture.
FULL_BOOST_WORDS = 8
_SPACE = re.compile(r"\s+")


def normalise_line(line: str) -> str:
    return _SPACE.sub(" ", line.strip()).casefold()


def _slots(lines: Iterable[str]) -> np.ndarray:
    """Sketch columns of each line: SKETCH_DEPTH slices of one 128-bit digest (stable across processes)."""
    mask = (1 << SKETCH_WIDTH_BITS) - 1
    rows = []
    for line in lines:
        digest = int.from_bytes(hashlib.blake2b(line.encode("utf-8", "surrogatepass"), digest_size=16).digest(), "big")
        rows.append([(digest >> (SKETCH_WIDTH_BITS * d)) & mask for d in range(SKETCH_DEPTH)])
    return np.asarray(rows, dtype=np.int64).reshape(-1, SKETCH_DEPTH)


class LineCounts:
    """In how many documents each normalised line occurs (count-min sketch)."""

    def __init__(self) -> None:
        self.table = np.zeros((SKETCH_DEPTH, 1 << SKETCH_WIDTH_BITS), dtype=np.uint32)
        self.documents = 0

    def add(self, text: str) -> None:
        """Count each distinct text line of one document once."""
        lines, _ = split_lines(text)
        distinct = sorted({normalise_line(line) for line in lines if not is_blank(line)})
        self.documents += 1
        if not distinct:
            return
        slots = _slots(distinct)
        for d in range(SKETCH_DEPTH):
            np.add.at(self.table[d], slots[:, d], 1)

    def add_many(self, texts: Iterable[str]) -> LineCounts:
        for text in texts:
            self.add(text)
        return self

    def merge(self, other: LineCounts) -> LineCounts:
        """Add another sketch's counts (from another shard or worker) into this one."""
        self.table += other.table
        self.documents += other.documents
        return self

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the sketch to ``path`` as .npz (arrays only, so loading it runs no code)."""
        with open(path, "wb") as f:  # a file object: np.savez would add ".npz" to a name without it
            np.savez(f, table=self.table, documents=np.int64(self.documents))

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> LineCounts:
        """Read a sketch written by ``save``; ValueError if it was made with another sketch size."""
        with np.load(path, allow_pickle=False) as data:
            table, documents = data["table"], int(data["documents"])
        counts = cls()
        if table.shape != counts.table.shape or table.dtype != counts.table.dtype:
            raise ValueError(f"{path}: a {table.dtype} {table.shape} table, expected {counts.table.dtype} "
                             f"{counts.table.shape}")
        counts.table, counts.documents = table, documents
        return counts

    def frequency(self, lines: Sequence[str]) -> np.ndarray:
        """Estimated number of documents containing each line (never below the truth)."""
        if not lines:
            return np.zeros(0, dtype=np.int64)
        slots = _slots([normalise_line(line) for line in lines])
        return np.asarray(self.table[np.arange(SKETCH_DEPTH), slots].min(axis=1), dtype=np.int64)


def repeat_boost(frequency: ArrayLike, words: ArrayLike) -> np.ndarray:
    """Junk logit to add for lines repeated across documents; zero below MIN_REPEAT_DOCS."""
    frequency = np.asarray(frequency, dtype=np.float64)
    words = np.asarray(words, dtype=np.float64)
    doublings = np.log2(np.maximum(frequency, 1) / MIN_REPEAT_DOCS) + 1.0
    boost = REPEAT_LOGIT_PER_DOUBLING * np.where(frequency >= MIN_REPEAT_DOCS, doublings, 0.0)
    return boost * np.minimum(words / FULL_BOOST_WORDS, 1.0)


def boost_probability(prob: np.ndarray, boost: np.ndarray) -> np.ndarray:
    logit = np.log(np.clip(prob, 1e-9, 1.0)) - np.log(np.clip(1.0 - prob, 1e-9, 1.0))
    return np.asarray(1.0 / (1.0 + np.exp(-(logit + boost))), dtype=np.float64)

