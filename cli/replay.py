"""`mlfun author replay ATTEMPT`: an attempt graded again with its own seed, cases shown in full.

Hidden cases are hidden from learners, not from instructors: the seed recorded with every
attempt regenerates exactly the inputs that attempt saw.
"""
from __future__ import annotations

from mlfun.grader.errors import MlfunError


def replay(course, attempt_id: int) -> dict:
    import numpy as np

    from mlfun.grader.cases import generate_cases
    from mlfun.grader.grade import grade

    record = course.store.attempt(attempt_id)
    if record is None:
        raise MlfunError(f"there is no attempt {attempt_id}", "`mlfun history` lists attempts")
    exercise = course.catalog.exercise(record.exercise)
    result = grade(exercise, record.source, record.seed)
    cases = [{"name": c.name, "hidden": c.hidden,
              "inputs": {k: v.tolist() if isinstance(v, np.ndarray) else v for k, v in c.inputs.items()}}
             for c in generate_cases(exercise, record.seed)]
    return {"attempt": attempt_id, "exercise": record.exercise, "seed": record.seed,
            "recorded": {"passed": record.passed, "score": record.score},
            "exercise_changed": record.content_hash != exercise.content_hash,
            "result": result.to_json(), "cases": cases}
