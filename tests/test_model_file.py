"""A model file is data: loading never unpickles, and a mismatched or malformed model is refused."""

import dataclasses
import json
import pickle
import shutil
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from cleanarticle import Cleaner
from cleanarticle.model import ARRAYS_FILE, LineModel, ModelError

SHIPPED = Path(str(resources.files("cleanarticle.models")))


@pytest.fixture
def model_dir(tmp_path):
    for name in (ARRAYS_FILE, "model.json"):
        shutil.copy(SHIPPED / name, tmp_path / name)
    return tmp_path


def test_shipped_model_loads_and_round_trips(tmp_path):
    model = LineModel.load()
    model.save(tmp_path)
    again = LineModel.load(tmp_path)
    assert np.array_equal(model.w1, again.w1)
    assert np.array_equal(model.cut_w1, again.cut_w1)
    assert (again.threshold, again.cut_threshold) == (model.threshold, model.cut_threshold)


class _Boom:
    def __reduce__(self):
        return (Path("/nonexistent-should-not-run").touch, ())


def test_pickled_arrays_are_refused(model_dir):
    np.save(model_dir / ARRAYS_FILE, np.array([_Boom()], dtype=object), allow_pickle=True)
    with pytest.raises(ModelError):
        LineModel.load(model_dir)


def test_pickle_file_in_place_of_arrays_is_refused(model_dir):
    (model_dir / ARRAYS_FILE).write_bytes(pickle.dumps(_Boom()))
    with pytest.raises(ModelError):
        LineModel.load(model_dir)


def test_other_features_are_refused(model_dir):
    meta = json.loads((model_dir / "model.json").read_text())
    meta["feature_names"] = meta["feature_names"][:-1]
    (model_dir / "model.json").write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="other features"):
        LineModel.load(model_dir)


def test_other_cut_inputs_are_refused(model_dir):
    meta = json.loads((model_dir / "model.json").read_text())
    meta["cut_input_names"] = meta["cut_input_names"][::-1]
    (model_dir / "model.json").write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="other features"):
        LineModel.load(model_dir)


@pytest.mark.parametrize("value", [None, 0, 1.5, "0.5"])
def test_a_bad_cut_threshold_is_refused(model_dir, value):
    meta = json.loads((model_dir / "model.json").read_text())
    meta["cut_threshold"] = value
    (model_dir / "model.json").write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="cut_threshold"):
        LineModel.load(model_dir)


def test_lexicon_mismatch_is_refused(model_dir):
    meta = json.loads((model_dir / "model.json").read_text())
    meta["lexicons"]["spam"] = "0" * 64
    (model_dir / "model.json").write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="spam"):
        LineModel.load(model_dir)


def test_bad_shapes_are_refused(model_dir):
    model = LineModel.load(model_dir)
    dataclasses.replace(model, w2=model.w2[:-1]).save(model_dir)
    with pytest.raises(ModelError, match="shapes"):
        LineModel.load(model_dir)


def test_missing_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelError, match="cannot load"):
        Cleaner(model=tmp_path)


def test_arrays_file_without_named_fields_is_refused(model_dir):
    np.save(model_dir / ARRAYS_FILE, np.zeros(3, dtype=np.float32))
    with pytest.raises(ModelError, match="cannot load"):
        LineModel.load(model_dir)
