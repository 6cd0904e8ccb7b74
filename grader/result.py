"""What a grade produces: plain, immutable data that the store records and the CLI renders.

`to_json()` is the public machine-readable contract of DESIGN.md: keep its keys.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass(frozen=True)
class CheckResult:
    name: str          # e.g. "values on hidden cases"
    passed: bool
    message: str       # what is wrong, in the learner's terms ("got X, expected Y")
    # plain data drawn under a failed check (pictures.py: heatmap, curves or histogram); an
    # illustration, so two results that differ only in it are equal
    picture: dict | None = field(default=None, compare=False)

    def to_json(self) -> dict:
        data = {"name": self.name, "passed": self.passed, "message": self.message}
        if self.picture is not None:
            data["picture"] = self.picture
        return data


@dataclass(frozen=True)
class Diagnosis:
    mistake: str       # a named mistake of the exercise, or a generic one ("constant-factor")
    hint: str          # why the output is wrong, in terms of the math
    generic: bool = False


@dataclass(frozen=True)
class Result:
    exercise: str
    passed: bool
    checks: tuple[CheckResult, ...]
    diagnosis: tuple[Diagnosis, ...]
    seed: int | None                 # None in a cohort learner's verdict: the server keeps it
    content_hash: str
    duration: float
    output: str = ""                 # what the learner's code printed (capped)
    failure: str | None = None       # why the code could not be fully run, if it could not
    protections: tuple[str, ...] = field(default=())
    graded: bool = True              # False: mlfun itself could not finish the grade (not the learner's doing)
    uncounted: tuple[str, ...] = field(default=())   # checks the exercise's starter passes too

    @property
    def score(self) -> float:
        """The share of the checks passed, where a check that the starter (code that does
        nothing) passes too carries no weight: an untouched starter scores 0%."""
        counted = [c for c in self.checks if c.name not in self.uncounted] or list(self.checks)
        if not counted:
            return 0.0
        return round(sum(c.passed for c in counted) / len(counted), 4)

    def sandbox(self) -> dict | None:
        """Which protections the learner's code ran under, and which a full sandbox has that it lacked."""
        if not self.protections:
            return None
        from .isolation import missing

        return {"protections": list(self.protections), "missing": missing(self.protections)}

    def to_json(self) -> dict:
        return {
            "exercise": self.exercise,
            "passed": self.passed,
            "score": self.score,
            "checks": [c.to_json() for c in self.checks],
            "diagnosis": [{"mistake": d.mistake, "hint": d.hint} for d in self.diagnosis],
            "failure": self.failure,
            "seed": self.seed,
            "content_hash": self.content_hash,
            "duration": round(self.duration, 4),
            "output": self.output,
            "graded": self.graded,
            "sandbox": self.sandbox(),
            "uncounted": list(self.uncounted),
        }

    @classmethod
    def from_json(cls, data: dict) -> "Result":
        return cls(exercise=data["exercise"], passed=data["passed"],
                   checks=tuple(CheckResult(**c) for c in data["checks"]),
                   diagnosis=tuple(Diagnosis(d["mistake"], d["hint"]) for d in data["diagnosis"]),
                   seed=data.get("seed"), content_hash=data["content_hash"], duration=data["duration"],
                   output=data.get("output", ""), failure=data.get("failure"), graded=data.get("graded", True),
                   protections=tuple((data.get("sandbox") or {}).get("protections", ())),
                   uncounted=tuple(data.get("uncounted", ())))


def not_graded(exercise: str, seed: int, content_hash: str, err: BaseException) -> Result:
    """The verdict on an attempt mlfun itself could not grade (a broken install, an exercise
    this grader cannot load): kept with the learner's source, and not counted against them."""
    message = f"mlfun could not grade this attempt ({type(err).__name__}: {err}); it is not your fault, submit again"
    return Result(exercise, False, (CheckResult("graded", False, message),), (), seed, content_hash, 0.0,
                  failure=message, graded=False)


def failed_to_run(exercise, seed: int, started: float, message: str, output: str = "", protections=()) -> Result:
    """The verdict on code that never got as far as the checks (a syntax error, a forbidden
    name, a crash at import): one failed "runs without error", saying why."""
    return Result(exercise=exercise.id, passed=False,
                  checks=(CheckResult("runs without error", False, message),), diagnosis=(),
                  seed=seed, content_hash=exercise.content_hash, duration=time.perf_counter() - started,
                  output=output, failure=message, protections=tuple(protections))
