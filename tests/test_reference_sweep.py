"""Slow: every shipped reference passes 1,000 consecutive seeds (no flaky tolerance).

Judged in-process, exactly as the sandbox's outputs would be judged. CI runs it once
(`pytest -m slow`); `mlfun author check --seeds N` does the same for any exercise.
"""
from __future__ import annotations

import pytest

from mlfun.grader.authoring import reference_failures
from mlfun.grader.catalog import Catalog

SEEDS = range(1000)


@pytest.mark.slow
@pytest.mark.parametrize("exercise_id", [e.id for e in Catalog.load().entries])
def test_reference_passes_a_thousand_seeds(exercise_id, catalog):
    failures = reference_failures(catalog.exercise(exercise_id), SEEDS)
    assert not failures, f"{len(failures)} of {len(SEEDS)} seeds fail; first: {failures[0]}"
