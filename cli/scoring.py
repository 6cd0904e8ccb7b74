"""The score of a grade: the share of its checks passed, where a check that code which does
nothing also passes carries no weight.

The rule: *a check counts only if the exercise's starter fails it.* The starter is the
course's own "code that does nothing" (it raises NotImplementedError), so a check it passes
(`inputs left unmodified`, say: a function that never runs modifies nothing) says nothing
about the learner's work, and an untouched starter scores 0%. The rule is decided by
grading the starter itself rather than by a list of check names, so it stays right for
every check kind an author adds, and for starters that do some of the work already (what
the starter gets right is not the learner's either). The starter's verdict depends only on
the exercise, so it is computed once per exercise version (content hash), on the first
grade that fails (a pass needs no weights), and kept in the workspace
(`.mlfun/starter-checks.json`).

A grade that passes scores 100% whatever the weights; when every check is one the starter
passes (no exercise is written so), the plain share is kept.
"""
from __future__ import annotations

import json
from pathlib import Path

CACHE = "starter-checks.json"


def weighted_score(result, vacuous: set[str]) -> float:
    """Share of the checks passed, counting only checks the starter fails (`vacuous` are the others)."""
    if result.passed:
        return 1.0
    counted = [c for c in result.checks if c.name not in vacuous]
    if not counted:
        return result.score
    return round(sum(c.passed for c in counted) / len(counted), 4)


class StarterChecks:
    """Which checks each exercise's starter passes, by content hash, kept in the workspace."""

    def __init__(self, state_dir: Path):
        self.path = state_dir / CACHE

    def _read(self) -> dict:
        try:
            return json.loads(self.path.read_text())
        except (OSError, ValueError):
            return {}

    def get(self, content_hash: str) -> set[str] | None:
        found = self._read().get(content_hash)
        return None if found is None else set(found)

    def put(self, content_hash: str, result) -> set[str]:
        passed = sorted(c.name for c in result.checks if c.passed)
        data = self._read()
        data[content_hash] = passed
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps(data, indent=1))
        except OSError:
            pass                    # a cache: a read-only workspace just grades the starter again
        return set(passed)
