"""Per-line features on hand-made lines."""

import math

from cleanarticle.features import OWN_FEATURES, featurize_many

_COLUMN = {name: i for i, name in enumerate(OWN_FEATURES)}


def _own(lines: list[str], name: str) -> list[float]:
    return featurize_many([lines]).X[:, _COLUMN[name]].tolist()


def test_sentence_ends_of_other_scripts_count():
    # Two sentences each: Devanagari danda, Arabic question mark, Urdu full stop, Armenian full stop.
    lines = ["यह पहला वाक्य है। यह दूसरा है।", "هل هذا سؤال؟ نعم هو كذلك؟", "یہ پہلا جملہ ہے۔ یہ دوسرا ہے۔",
             "Սա առաջին նախադասությունն է։ Սա երկրորդն է։", "A first sentence. A second one."]
    assert _own(lines, "ends_sentence") == [1.0] * len(lines)
    for got in _own(lines, "log_sentences"):
        assert math.isclose(got, math.log1p(2), rel_tol=1e-6)


def test_a_heading_ends_no_sentence():
    assert _own(["नया बजट पारित", "Breaking news"], "ends_sentence") == [0.0, 0.0]
