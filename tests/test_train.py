"""The training pipeline end to end on a tiny synthetic set (the shipped model is built by a command)."""

import json

import numpy as np
import pytest

pytest.importorskip("sklearn", reason="training needs scikit-learn (pip install '.[train]')")

from cleanarticle import Cleaner, datasets  # noqa: E402
from cleanarticle.model import ARRAY_NAMES, LineModel  # noqa: E402
from cleanarticle.train import THRESHOLD_BOUNDS, threshold_for, train  # noqa: E402

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


def test_training_uses_the_same_blas_threads_on_any_machine(tmp_path):
    from threadpoolctl import threadpool_info, threadpool_limits

    from cleanarticle.train import BLAS_THREADS

    def blas_threads():
        return {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}

    with threadpool_limits(limits=BLAS_THREADS, user_api="blas"):
        pinned = blas_threads()  # what this machine's BLAS allows of the count
    seen = []
    with threadpool_limits(limits=1, user_api="blas"):  # a machine with other defaults
        train(tmp_path, **{**TINY, "log": lambda _: seen.append(blas_threads())})
    assert seen and all(threads == pinned for threads in seen)


def _constant_head(n_inputs, logit):
    """A stand-in for the cut head's network that gives every candidate the same score."""
    from types import SimpleNamespace
    return SimpleNamespace(coefs_=[np.zeros((n_inputs, 1)), np.zeros((1, 1))],
                           intercepts_=[np.zeros(1), np.array([logit])])


def test_the_cut_threshold_counts_the_cuts_the_rules_let_through():
    from cleanarticle.glued import CUT_INPUT_NAMES
    from cleanarticle.train import CUT_THRESHOLD_FLOOR, _cut_threshold
    model = Cleaner().model
    n = len(CUT_INPUT_NAMES)
    mean, scale = np.zeros(n), np.ones(n)
    prose = ["The council met on Monday. It approved the plan after a long debate that lasted four hours."] * 20
    # The head accepts every candidate, but the rules cut none of these lines: the floor.
    assert _cut_threshold(model, _constant_head(n, 10.0), mean, scale, prose) == CUT_THRESHOLD_FLOOR
    spam = ["The council met on Monday and approved the plan.luckyspin777.combetzone-giris.orgmegaslot88.net"] * 20
    # Every line would be cut at any threshold the head passes: no threshold up to the bound allows that.
    assert _cut_threshold(model, _constant_head(n, 10.0), mean, scale, spam) == THRESHOLD_BOUNDS[1]


def test_the_validation_split_is_the_first_of_its_draws_and_the_others_are_new_documents():
    split = [doc.text for doc in datasets.validation_split(0.01)]
    draws = [[doc.text for doc in draw] for draw in datasets.validation_draws(3, 0.01)]
    assert draws[0] == split
    assert [len(draw) for draw in draws] == [len(split)] * 3
    assert not set(split) & set(draws[1] + draws[2])


def test_the_threshold_keeps_the_target_on_every_validation_draw(tiny_model):
    model = LineModel.load(tiny_model)
    per_draw = [threshold_for(model, draw) for draw in datasets.validation_draws(scale=TINY["scale"])]
    assert len(set(per_draw)) > 1
    assert model.threshold == pytest.approx(max(per_draw), abs=1e-6)  # the saved model holds float32 weights


def test_a_merged_network_scores_the_mean_of_its_members(monkeypatch):
    from cleanarticle import train as training

    rng = np.random.default_rng(0)
    X = rng.normal(size=(300, 4))
    y = (X[:, 0] + X[:, 1] * X[:, 2] > 0).astype(np.int64)
    w = np.ones(len(y))
    merged = training._fit_mlp(X, y, w, 20, hidden=3, members=3)
    members = []
    for k in range(3):
        monkeypatch.setattr(training, "FIT_SEED", k)
        members.append(training._mlp_logits(training._fit_mlp(X, y, w, 20, hidden=3), X))
    assert merged.coefs_[0].shape == (4, 9)
    assert not np.allclose(members[0], members[1])
    assert np.allclose(training._mlp_logits(merged, X), np.mean(members, axis=0))
