"""The training pipeline end to end on a tiny synthetic set (the shipped model is built by a command)."""

import json

import numpy as np
import pytest

pytest.importorskip("sklearn", reason="training needs scikit-learn (pip install '.[train]')")

from cleanarticle import Cleaner  # noqa: E402
from cleanarticle.model import ARRAY_NAMES, LineModel  # noqa: E402
from cleanarticle.train import THRESHOLD_BOUNDS, train  # noqa: E402

TINY = dict(scale=0.02, max_epochs=5, include_real=False, log=lambda _: None)


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    out = tmp_path_factory.mktemp("model")
    train(out, **TINY)
    return out


def test_training_writes_a_loadable_model(tiny_model):
    meta = json.loads((tiny_model / "model.json").read_text())
    assert THRESHOLD_BOUNDS[0] <= meta["threshold"] <= THRESHOLD_BOUNDS[1]
    assert meta["training"]["documents_by_source"]["synthetic"] > 0
    cleaner = Cleaner(model=tiny_model)
    assert isinstance(cleaner.clean("A line.\nAnother line.\n"), str)


def test_training_is_deterministic(tiny_model, tmp_path):
    train(tmp_path, **TINY)
    a, b = LineModel.load(tiny_model), LineModel.load(tmp_path)
    for name in ARRAY_NAMES:
        assert np.array_equal(getattr(a, name), getattr(b, name)), name
    assert a.threshold == b.threshold
