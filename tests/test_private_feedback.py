"""What a cohort learner is told about hidden cases (issue #21): where and by how much their
values differ, and the shapes, but not the reference's values unless the cohort's instructor
chose to reveal them; public examples keep their "got X, expected Y". And a database URL is
never printed with its password."""
from __future__ import annotations

import json
import re

import numpy as np
import pytest

from conftest import run_mlfun
from mlfun.grader.catalog import Catalog
from mlfun.grader.compare import mismatch
from mlfun.grader.grade import grade

SEED = 7


@pytest.fixture(scope="module")
def softmax():
    return Catalog.load().exercise("softmax")


def scaled_softmax(exercise) -> str:
    """Right everywhere but 1% too large: wrong on public examples and hidden cases alike."""
    return (exercise.reference.source.replace("def softmax(", "def _softmax(")
            + "\n\ndef softmax(*args, **kwargs):\n    return _softmax(*args, **kwargs) * 1.01\n")


def messages(result) -> dict:
    return {c.name: c.message for c in result.checks}


def quoted_expected(message: str) -> str:
    """The expected value a revealing message quotes: 'got 0.25, expected 0.247525 (...' -> '0.247525'."""
    return re.search(r"expected (-?[0-9][0-9.e+-]*)", message).group(1)


def test_hidden_cases_tell_the_discrepancy_and_not_the_expected_values(softmax):
    source = scaled_softmax(softmax)
    revealed = messages(grade(softmax, source, SEED, private=True, reveal_expected=True))
    hidden = messages(grade(softmax, source, SEED, private=True, reveal_expected=False))
    value = quoted_expected(revealed["values on hidden cases"])
    message = hidden["values on hidden cases"]
    assert value not in message and not re.search(r"expected -?[0-9]", message)
    assert re.search(r"differs at \[\d+(, \d+)*\]: \|difference\| [0-9.e-]+, relative error 0\.01 ", message)
    assert "elements are off, on hidden case" in message and "(x: (" in message       # where, and the shapes
    # the public examples' inputs are the learner's to see: their message is unchanged
    assert hidden["values on public examples"] == revealed["values on public examples"]
    assert re.search(r"got [0-9.]+, expected [0-9.]+", hidden["values on public examples"])


def test_solo_grading_still_quotes_expected_values_on_hidden_cases(softmax):
    message = messages(grade(softmax, scaled_softmax(softmax), SEED))["values on hidden cases"]
    assert re.search(r"got [0-9.e-]+, expected [0-9.e-]+", message)


def test_a_shape_mismatch_is_told_with_both_shapes_when_values_are_hidden():
    assert mismatch(np.zeros((2, 3)), np.ones((3, 2)), 1e-7, 1e-9, reveal=False) == \
        "has shape (2, 3), expected (3, 2)"
    assert mismatch({"out": np.zeros(4)}, {"out": np.ones(5)}, 1e-7, 1e-9, reveal=False) == \
        "['out']: has shape (4,), expected (5,)"


@pytest.mark.parametrize("got, expected, secret", [
    ("cat", "dog", "dog"),
    (False, True, "True"),
    (np.array([1.0, np.inf]), np.array([1.0, 2.5]), "2.5"),
    (np.array([1.0, 2.0]), np.array([1.0, -np.inf]), "-inf"),
    (3.0, 2.75, "2.75"),
])
def test_hidden_messages_never_quote_the_expected_value(got, expected, secret):
    shown = mismatch(got, expected, 1e-7, 1e-9, reveal=True)
    hidden = mismatch(got, expected, 1e-7, 1e-9, reveal=False)
    assert secret in shown and hidden and secret not in hidden
    assert "cat" not in hidden          # nor a string the learner's code returned on a hidden case


def test_doctor_prints_the_database_url_without_its_password(workspace):
    url = "postgresql+psycopg://mlfun:Sup3rS3cret@127.0.0.1:9/mlfun?password=AlsoS3cret"
    for args in (("doctor",), ("doctor", "--json")):
        out = run_mlfun(*args, env={"MLFUN_DATABASE_URL": url})
        text = out.stdout + out.stderr
        assert "mlfun:***@127.0.0.1:9/mlfun" in text, text
        assert "S3cret" not in text
    report = json.loads(out.stdout)
    assert not report["database"]["ok"] and report["database"]["error"].startswith("cannot use the progress database")
