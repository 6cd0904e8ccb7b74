"""Diagnosis precision and recall on a corpus of wrong submissions whose cause is known (issue 18).

The quick run grades every program on two seeds; the slow run on ten, and also asks that
each program gets the same diagnosis on every seed. `python bench/diagnosis_corpus.py`
prints the table behind the figures.
"""
from __future__ import annotations

import pytest

from diagnosis_corpus import Score, names_of, programs, verdict
from mlfun.grader.grade import grade

PROGRAMS = programs()
PRECISION, RECALL = 0.97, 0.85


def _grade_all(catalog, zygote, seeds) -> dict:
    graded = {}
    for program in PROGRAMS:
        exercise, source = catalog.exercise(program.exercise), program.path.read_bytes()
        graded[program] = [grade(exercise, source, seed, launcher=zygote) for seed in seeds]
    return graded


def _assert_scores(graded: dict) -> Score:
    score, wrong = Score(), []
    for program, results in graded.items():
        for result in results:
            outcome = verdict(program, result)
            score.add(outcome)
            if outcome in ("passed", "wrong"):
                wrong.append(f"{program.name} seed {result.seed}: {outcome} {sorted(names_of(result))}")
    print(f"\ndiagnosis corpus, {len(graded)} programs: {score}")
    assert not [w for w in wrong if " passed " in w], wrong
    assert score.precision >= PRECISION, (str(score), wrong)
    assert score.recall >= RECALL, str(score)
    return score


def test_the_corpus_covers_fifteen_exercises_with_four_programs_each():
    by_exercise = {}
    for program in PROGRAMS:
        by_exercise.setdefault(program.exercise, set()).add(program.kind)
    full = [e for e in by_exercise if sum(p.exercise == e for p in PROGRAMS) >= 4]
    assert len(full) >= 15, sorted(by_exercise)
    assert all({"combined", "harmless", "unlisted"} <= by_exercise[e] for e in full), by_exercise


def test_precision_and_recall_on_two_seeds(catalog, zygote):
    _assert_scores(_grade_all(catalog, zygote, (0, 1)))


@pytest.mark.slow
def test_precision_recall_and_the_same_diagnosis_on_ten_seeds(catalog, zygote):
    graded = _grade_all(catalog, zygote, range(10))
    _assert_scores(graded)
    unsteady = {p.name: sorted({tuple(sorted(names_of(r))) for r in results})
                for p, results in graded.items() if len({names_of(r) for r in results}) > 1}
    assert not unsteady, unsteady
