"""One learner's course as a cohort sees it: only the cohort's exercises, in the course's
prerequisite order. A prerequisite the cohort does not have counts as passed, so an
instructor can hand out a subset without locking anyone out.

Used by the API (next, status, hints, submit) and by the workers (what a verdict opened),
so both agree on what is open.
"""
from __future__ import annotations

from functools import cached_property

from mlfun.grader.errors import MlfunError


class NotInCohort(MlfunError):
    pass


class CohortView:
    def __init__(self, catalog, store, cohorts, learner_id: int, cohort_id: int, deadlines: dict | None = None):
        """`deadlines`: the cohort's exercises, when the caller already has them (a worker caches them)."""
        self.catalog, self.store, self.cohorts = catalog, store, cohorts
        self.learner_id, self.cohort_id = learner_id, cohort_id
        if deadlines is not None:
            self.deadlines = deadlines

    @cached_property
    def deadlines(self) -> dict:
        return self.cohorts.exercises(self.cohort_id)

    @cached_property
    def ids(self) -> list[str]:
        return [e.id for e in self.catalog.entries if not self.deadlines or e.id in self.deadlines]

    @cached_property
    def outside(self) -> set[str]:
        return {e.id for e in self.catalog.entries} - set(self.ids)

    def passed(self) -> set[str]:
        return self.store.passed(self.learner_id) & set(self.ids)

    def states(self, passed: set[str] | None = None) -> dict[str, str]:
        passed = self.passed() if passed is None else passed
        everything = self.catalog.states(passed | self.outside)
        return {e: everything[e] for e in self.ids}

    def next_open(self) -> str | None:
        return next((e for e, s in self.states().items() if s == "open"), None)

    def require(self, exercise_id: str) -> None:
        """An exercise the cohort has (else a clear error naming the id)."""
        self.catalog.entry(exercise_id)
        if exercise_id not in self.ids:
            raise NotInCohort(f"'{exercise_id}' is not part of your cohort's course", "run mlfun status to see it")

    def blockers(self, exercise_id: str, passed: set[str] | None = None) -> list[str]:
        passed = self.passed() if passed is None else passed
        if exercise_id in passed:
            return []
        return self.catalog.blockers(exercise_id, passed | self.outside)

    def newly_opened(self, before: set[str], after: set[str]) -> list[str]:
        old, new = self.states(before), self.states(after)
        return [e for e, s in new.items() if s == "open" and old[e] == "locked"]
