"""Hugging Face ``datasets`` adapter: ``clean_batch`` for ``Dataset.map(..., batched=True)``.

Needs the ``hf`` extra for ``datasets`` itself (``pip install "cleanarticle[hf]"``);
this module only calls Cleaner, so it imports nothing from ``datasets``::

    ds = ds.map(clean_batch, batched=True, num_proc=4)
    ds = ds.map(clean_batch, batched=True, fn_kwargs={"field": "body", "threshold": 0.6})
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .cleaner import shared_cleaner

__all__ = ["clean_batch"]

FIELD_DEFAULT = "text"




def clean_batch(
    batch: Mapping[str, list[Any]], field: str = FIELD_DEFAULT, **cleaner_options: Any
) -> dict[str, list[Any]]:
    """``{field: cleaned values}`` for one batch; None and other non-str values pass through.

    Returns only the cleaned column: ``Dataset.map`` keeps every other column as it is.
    ``cleaner_options`` go to ``Cleaner(...)`` (pass them with ``fn_kwargs`` or ``functools.partial``).
    """
    values = list(batch[field])
    positions = [i for i, value in enumerate(values) if isinstance(value, str)]
    cleaned = shared_cleaner(**cleaner_options).clean_many(values[i] for i in positions)
    for i, new in zip(positions, cleaned):
        values[i] = new
    return {field: values}
