"""The speed check: timed only when the values are right, on inputs the code has never seen."""
from __future__ import annotations

from pathlib import Path

from mlfun.grader.grade import grade

SUBMISSIONS = Path(__file__).parent / "submissions" / "pairwise-distances"


def _speed(result):
    return next(c for c in result.checks if "speed" in c.name)


def test_wrong_values_are_not_timed(catalog, zygote):
    """The baseline's loops are the slowest part of a grade: they are not run for code whose
    values are wrong, and the learner is told speed comes after the values."""
    wrong = next((SUBMISSIONS / "not-clipped").glob("*.py")).read_bytes()
    result = grade(catalog.exercise("pairwise-distances"), wrong, 3, launcher=zygote)
    assert not result.passed and "not timed yet" in _speed(result).message


def test_right_values_are_timed_against_the_baseline(catalog, zygote):
    right = next((SUBMISSIONS / "correct").glob("*.py")).read_bytes()
    result = grade(catalog.exercise("pairwise-distances"), right, 3, launcher=zygote)
    speed = _speed(result)
    assert result.passed and "x the speed of" in speed.message and "best of 3 new inputs" in speed.message
