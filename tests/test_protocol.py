"""Protocol checks (issue 17) and what drivers record across steps.

An optimizer that updates w in place and returns it: the statements of sgd-momentum and
rmsprop forbid changing w, and every optimizer exercise checks `unmodified: [w]`, so such a
file fails, but only that check: the driver records a copy of each step, so every step's
values are right (they were all reported as the last step before). The files are in
tests/inplace/.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from mlfun.grader.grade import grade
from mlfun.grader.stateful import sibling

INPLACE = Path(__file__).parent / "inplace"


@pytest.mark.parametrize("exercise_id", ["adam", "rmsprop", "sgd-momentum"])
def test_an_in_place_optimizer_fails_only_the_unmodified_check(exercise_id, catalog):
    source = (INPLACE / f"{exercise_id.replace('-', '_')}.py").read_text()
    result = grade(catalog.exercise(exercise_id), source, 3)
    failed = {c.name for c in result.checks if not c.passed}
    assert failed == {"inputs left unmodified"}, [(c.name, c.message) for c in result.checks if not c.passed]


def test_a_sibling_case_keeps_shapes_dtypes_and_validity():
    import numpy as np

    x = np.arange(6.0).reshape(2, 3)
    other = sibling({"x": x, "idx": np.array([[0, 2]]), "mask": np.array([True, False]),
                     "param": {"stride": 2}, "var": np.array([0.1, 4.0]), "seed": 7})
    assert other["x"].shape == x.shape and other["x"].dtype == x.dtype and not np.array_equal(other["x"], x)
    assert other["idx"].tolist() == [[2, 0]] and other["mask"].tolist() == [True, False]
    assert other["param"] == {"stride": 2} and other["seed"] == 7 and (other["var"] > 0).all()
    assert len(set(other["x"].ravel())) == x.size      # distinct entries stay distinct
