"""Labelled documents for training and evaluation, and the fixed splits between them.

Synthetic documents come from cleanarticle.synthetic; real ones from the
public benchmarks (realdata). Whole documents, whole junk families and whole
languages are held out of training, so the test split measures
generalisation to spam and languages the model never saw.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from . import realdata, synthetic
from .features import Features, featurize_many
from .lines import is_blank, split_lines
from .textstats import Grams

TRAIN_SEED = 1
VALIDATION_SEED = 2
TEST_SEED = 3
N_TRAIN_DOCS = 4000
N_VALIDATION_DOCS = 800
# The threshold keeps its share of content on each of these draws (see validation_draws).
N_VALIDATION_DRAWS = 5
N_TEST_DOCS = 2000
# Never in training: the test split reports on them as unseen families and languages.
HELDOUT_FAMILIES = frozenset({"spam:replica", "spam:thai_slot", "spam:loans", "junk:app_prompt"})
HELDOUT_LANGUAGES = frozenset({"vi", "cs", "hi", "bn"})
# Real benchmark pages whose licence allows training the shipped model.
TRAINABLE_REAL = ("readability", "traf-eval")


@dataclass(frozen=True)
class LabelledDoc:
    """A document with one label per text (non-blank) line; -1 marks a line with no label."""

    source: str
    text: str
    text_idx: np.ndarray
    labels: np.ndarray
    families: tuple[str, ...]
    language: str
    kind: str


def _labelled(source: str, text: str, line_labels: Sequence[int], families: Sequence[str],
              language: str, kind: str) -> LabelledDoc:
    lines, _ = split_lines(text)
    idx = [i for i, line in enumerate(lines) if not is_blank(line)]
    return LabelledDoc(
        source=source,
        text=text,
        text_idx=np.asarray(idx, dtype=np.int64),
        labels=np.array([line_labels[i] for i in idx], dtype=np.int64),
        families=tuple(families[i] for i in idx),
        language=language,
        kind=kind,
    )


# Reader comments are neither article nor junk to the junk head: their bodies and
# author lines are left unlabelled, and a comment thread is found by its own head.
UNLABELLED_FAMILIES = frozenset({"comment:body", "comment:meta"})


def synthetic_docs(n: int, seed: int, *, families: frozenset[str] | None = None,
                   languages: frozenset[str] | None = None) -> list[LabelledDoc]:
    docs = synthetic.generate(n, seed, families=families, languages=languages)
    return [
        _labelled(
            "synthetic",
            d.text(),
            [-1 if fam in UNLABELLED_FAMILIES else lab for lab, fam in zip(d.labels, d.families)],
            d.families,
            d.language,
            d.kind,
        )
        for d in docs
    ]


def real_docs(dataset: str, split: str | None = None, field: str = "traf_default") -> list[LabelledDoc]:
    """Pages of a benchmark, labelled against gold; ``split`` picks the 'train' or 'test' half."""
    out = []
    for page in realdata.pages(dataset, field):
        if split is not None and realdata.split_of(page.id) != split:
            continue
        labels = realdata.line_labels(page)
        families = ["real:content" if lab == realdata.CONTENT else "real:junk" for lab in labels]
        out.append(_labelled(dataset, page.text, labels, families, "", "real"))
    return out


def training_families() -> frozenset[str]:
    return frozenset(synthetic.JUNK_FAMILIES) - HELDOUT_FAMILIES


def training_languages() -> frozenset[str]:
    return frozenset(synthetic.LANGUAGES) - HELDOUT_LANGUAGES


def train_split(scale: float = 1.0, *, include_real: bool = True) -> list[LabelledDoc]:
    docs = synthetic_docs(int(N_TRAIN_DOCS * scale), TRAIN_SEED, families=training_families(),
                          languages=training_languages())
    if include_real:
        for dataset in TRAINABLE_REAL:
            docs += real_docs(dataset, "train")
    return docs


def validation_split(scale: float = 1.0) -> list[LabelledDoc]:
    """Seen families and languages, unseen documents: the first of the draws the threshold is chosen on.

    Synthetic only: its labels are exact, while real gold (Readability's output
    for the readability set) keeps some page furniture as "content".
    """
    return validation_draws(1, scale)[0]


def validation_draws(draws: int = N_VALIDATION_DRAWS, scale: float = 1.0) -> list[list[LabelledDoc]]:
    """Draws the size of the validation split, the split first: the documents its seed makes in turn."""
    size = int(N_VALIDATION_DOCS * scale)
    docs = synthetic_docs(size * draws, VALIDATION_SEED, families=training_families(),
                          languages=training_languages())
    return [docs[k * size : (k + 1) * size] for k in range(draws)]


def real_validation_split() -> list[LabelledDoc]:
    """The held-back half of the trainable real pages whose gold is a full article text."""
    return real_docs("readability", "test")


def test_split(scale: float = 1.0) -> list[LabelledDoc]:
    """Unseen documents of every family and language, held-out ones included."""
    return synthetic_docs(int(N_TEST_DOCS * scale), TEST_SEED)


FEATURIZE_CHUNK = 256


@dataclass(frozen=True)
class Stacked:
    """All text-line rows of a list of documents."""

    features: Features
    y: np.ndarray  # label per row, -1 for unlabelled
    groups: np.ndarray  # document index per row


def _concat(parts: Sequence[Grams], n_rows: int) -> Grams:
    return Grams(np.concatenate([g.rows for g in parts]), np.concatenate([g.codes for g in parts]), n_rows)


def stack(docs: Sequence[LabelledDoc]) -> Stacked:
    """Featurize ``docs`` in chunks and concatenate the rows, trigrams, vocabulary and labels."""
    Xs, grams, vocab, doc_ids, text_idx = [], [], [], [], []
    offset = 0
    for start in range(0, len(docs), FEATURIZE_CHUNK):
        chunk = docs[start : start + FEATURIZE_CHUNK]
        f = featurize_many([split_lines(d.text)[0] for d in chunk])
        Xs.append(f.X)
        grams.append(f.grams._replace(rows=f.grams.rows + offset))
        vocab.append(f.vocab._replace(rows=f.vocab.rows + offset))
        doc_ids.append(f.doc + start)
        text_idx.extend(f.text_idx)
        offset += len(f.X)
    doc = np.concatenate(doc_ids)
    features = Features(text_idx, np.vstack(Xs), doc, _concat(grams, offset), _concat(vocab, offset))
    y = np.concatenate([d.labels for d in docs])
    return Stacked(features, y, doc)
