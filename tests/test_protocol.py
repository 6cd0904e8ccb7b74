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


def test_the_decoy_call_sees_the_same_arrays_holding_other_values_and_leaves_no_trace():
    """stateful.decoy_first: the arrays given directly are the very objects of the reported call
    (so a memo keyed on id() or shape goes stale), holding sibling values during the decoy and
    their own values after; a config dict is a copy (state kept there does not leak); a random
    generator is a copy (not advanced); what the decoy raises is swallowed."""
    import numpy as np

    from mlfun.grader.stateful import decoy_first

    x, config, rng = np.arange(4.0), {"m": np.ones(4), "t": 0}, np.random.default_rng(5)
    seen = []

    def call(inputs):
        seen.append((inputs["x"] is x, inputs["x"].tolist(), inputs["config"] is config))
        inputs["config"]["t"] += 1
        inputs["rng"].random()
        inputs["x"][0] = 99.0
        raise ValueError("the decoy's own trouble")

    assert decoy_first(call, {"x": x, "config": config, "rng": rng}) is None
    assert seen == [(True, sibling(np.arange(4.0)).tolist(), False)]
    assert x.tolist() == [0.0, 1.0, 2.0, 3.0] and config["t"] == 0
    assert rng.random() == np.random.default_rng(5).random()


def test_no_decoy_for_a_one_shot_iterable_or_when_no_array_would_change():
    import numpy as np

    from mlfun.grader.stateful import decoy_first

    calls = []
    blocks = (np.ones(3) for _ in range(2))
    assert decoy_first(calls.append, {"blocks": blocks, "q": np.ones(2)}) is None
    assert decoy_first(calls.append, {"n": 3, "name": "x"}) is None
    assert calls == [] and len(list(blocks)) == 2


def test_a_result_handed_out_again_for_new_values_is_named_stale(catalog):
    """The learner is told that the answer is the previous call's, not only that values differ."""
    source = (Path(__file__).parent / "unlisted" / "memo" / "softmax" / "memo_by_shape.py").read_text()
    result = grade(catalog.exercise("softmax"), source, 0)
    assert not result.passed
    assert [d.mistake for d in result.diagnosis] == ["stale-result"], result.diagnosis


SLACK_SIGN_FLIPPED = """
import numpy as np


def permutation_test(x, y, B, rng):
    nx = len(x)
    pooled = np.concatenate([x, y])
    t = x.mean() - y.mean()
    count = 0
    for _ in range(B):
        perm = rng.permutation(len(pooled))
        t_b = pooled[perm[:nx]].mean() - pooled[perm[nx:]].mean()
        count += abs(t_b) >= abs(t) + 1e-9 * (1 + abs(t))     # the slack's sign flipped
    return float((1 + count) / (1 + B))
"""


def test_a_stateless_program_whose_answer_the_decoy_leaves_alike_is_not_called_stale(catalog):
    """A p-value is often 1/(B+1) on the decoy's values and the case's alike: a wrong program
    that keeps no state returns the same bits twice. It is stale only when what it returned
    is the right answer to the decoy's values; here it is not (a blind reviewer found this
    named stale-result on 5 of 5 seeds)."""
    exercise = catalog.exercise("permutation-test")
    result = grade(exercise, SLACK_SIGN_FLIPPED, 0)
    assert not result.passed
    assert "stale-result" not in [d.mistake for d in result.diagnosis], result.diagnosis


def test_a_decoy_call_that_never_ends_is_stopped_and_the_arrays_put_back(monkeypatch):
    """A sibling case is not always valid (a merge list reversed can refer to itself): a right
    program that loops forever on it must not lose its grade to the time limit."""
    import time

    import numpy as np

    from mlfun.grader import calling

    monkeypatch.setattr(calling, "DECOY_SECONDS", 0.2)
    x = np.arange(3.0)

    def endless(inputs):
        while True:
            time.sleep(0.01)

    started = time.monotonic()
    assert calling.decoy_if_asked(np, {"decoy": True}, endless, {"x": x}, None) is None
    assert time.monotonic() - started < 2 and x.tolist() == [0.0, 1.0, 2.0]
