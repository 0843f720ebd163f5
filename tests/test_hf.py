"""clean_batch with a real, small, in-memory datasets.Dataset, in one process and with num_proc=2."""

from __future__ import annotations

from functools import partial

import pytest

datasets = pytest.importorskip("datasets", reason='needs the hf extra: pip install "cleanarticle[hf]"')

from cleanarticle import Cleaner
from cleanarticle.hf import clean_batch

TAIL = ("Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n\n"
        "Comment *\n\nName *\n\nEmail *\n\nWebsite\n\nPost Comment\n")
ARTICLES = [
    ("Library opens on Sundays\n\nFrom next month the central library will open on Sundays from ten to four, "
     "the council said, after a petition signed by two thousand residents.\n\n"),
    ("Night trains return\n\nThe night train to the coast runs again from Friday, with sleeper cars "
     "refurbished over the winter and tickets on sale from today.\n\n"),
]
TEXTS: list[str | None] = [ARTICLES[i % 2] + (TAIL if i % 3 else "") for i in range(10)]
TEXTS[5] = None


@pytest.fixture
def ds() -> datasets.Dataset:
    return datasets.Dataset.from_dict({"id": list(range(10)), "text": TEXTS, "body": TEXTS})


def expected(threshold: float | None = None) -> list[str | None]:
    cleaner = Cleaner(threshold=threshold)
    return [None if t is None else cleaner.clean(t) for t in TEXTS]


def test_map_batched_in_one_process(ds: datasets.Dataset) -> None:
    out = ds.map(clean_batch, batched=True, batch_size=4)
    assert out["text"] == expected() != TEXTS
    assert out["id"] == list(range(10)) and out["body"] == TEXTS  # other columns untouched


def test_map_with_two_processes(ds: datasets.Dataset) -> None:
    out = ds.map(clean_batch, batched=True, batch_size=3, num_proc=2)
    assert out["text"] == expected()


def test_field_and_cleaner_options(ds: datasets.Dataset) -> None:
    out = ds.map(clean_batch, batched=True, fn_kwargs={"field": "body", "threshold": 0.99})
    assert out["body"] == expected(0.99) and out["text"] == TEXTS
    via_partial = ds.map(partial(clean_batch, field="body"), batched=True, num_proc=2)
    assert via_partial["body"] == expected()
