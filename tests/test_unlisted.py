"""Wrong programs nobody listed as a named mistake must fail on every seed, and say why.

Layout: tests/unlisted/<class>/<exercise>/<name>.py, where <class> is the kind of slip that
once got through (stateful, rules, gentle-cases, seed-dependent, forbidden, debugging,
speed-cache). A file may start with comment lines

    # expect: <text>

each of which must appear (case-insensitive) in the message of a failed check or in a
diagnosis: the learner is told what is wrong, not only that something is. The quick run
grades each file on one seed that rotates with the file's name; `-m slow` grades every file
on seeds 0..9, which is what "fails on every seed" means here.
"""
from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from mlfun.grader.grade import grade

HERE = Path(__file__).parent / "unlisted"
PROGRAMS = sorted(HERE.glob("*/*/*.py"))
SEEDS = range(10)


def _id(path: Path) -> str:
    return "/".join(path.relative_to(HERE).parts)


def expected_texts(source: str) -> list[str]:
    return [line.split(":", 1)[1].strip().lower() for line in source.splitlines()
            if line.startswith("# expect:")]


def assert_fails_and_says_why(catalog, path: Path, seed: int, launcher=None) -> None:
    exercise = catalog.exercise(path.parts[-2])
    source = path.read_text()
    result = grade(exercise, source, seed, launcher=launcher)
    told = " ".join([c.message for c in result.checks if not c.passed]
                    + [f"{d.mistake} {d.hint}" for d in result.diagnosis]).lower()
    assert not result.passed, f"{_id(path)} passed on seed {seed}"
    for text in expected_texts(source):
        assert text in told, f"{_id(path)} on seed {seed}: the learner is not told {text!r}; told: {told}"


# A speed-cache program times a loop baseline (2 s a grade): the slow step's sweep alone runs it.
QUICK = [p for p in PROGRAMS if p.parts[-3] != "speed-cache"]


@pytest.mark.parametrize("path", QUICK, ids=_id)
def test_an_unlisted_mistake_fails(path: Path, catalog, zygote):
    assert_fails_and_says_why(catalog, path, zlib.crc32(_id(path).encode()) % 1000, zygote)


@pytest.mark.slow
@pytest.mark.parametrize("path", PROGRAMS, ids=_id)
def test_an_unlisted_mistake_fails_on_every_seed(path: Path, catalog, zygote):
    for seed in SEEDS:
        assert_fails_and_says_why(catalog, path, seed, zygote)
