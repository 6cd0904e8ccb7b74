"""Diagnosis precision and recall on tests/diagnosis/, program by program.

    python bench/diagnosis_corpus.py [--seeds 10] [--exercise adam]

Grades every corpus program on each seed through the sandbox, as a submit does, and prints
what mlfun named against what the program's header expects, then the totals by kind and
overall (the figures tests/test_diagnosis_corpus.py asserts). Each program's grade time is
given as a ratio to the grade time of the exercise's reference submitted on the same seeds
in the same run: what naming a wrong program costs the learner who waits for it.
"""
from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter
from pathlib import Path

from mlfun.grader.catalog import Catalog
from mlfun.grader.grade import grade
from mlfun.grader.launch import Zygote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from diagnosis_corpus import Score, names_of, programs, verdict  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=10)
    parser.add_argument("--exercise")
    args = parser.parse_args()
    catalog = Catalog.load()
    total, by_kind, ratios = Score(), {}, []
    with Zygote() as zygote:
        for program in programs():
            if args.exercise and program.exercise != args.exercise:
                continue
            exercise, source = catalog.exercise(program.exercise), program.path.read_bytes()
            seen, outcomes, times, floor = Counter(), Counter(), [], []
            for seed in range(args.seeds):
                floor.append(grade(exercise, exercise.reference.program.encode(), seed, launcher=zygote).duration)
                result = grade(exercise, source, seed, launcher=zygote)
                times.append(result.duration)
                outcome = verdict(program, result)
                total.add(outcome)
                by_kind.setdefault(program.kind, Score()).add(outcome)
                outcomes[outcome] += 1
                seen[", ".join(sorted(names_of(result))) or "(silent)"] += 1
            expect = " | ".join(", ".join(sorted(e)) or "none" for e in program.expect)
            ratio = statistics.median(times) / statistics.median(floor)
            ratios.append(ratio)
            print(f"{program.name:<55} {program.kind:<9} {ratio:4.1f}x  expect {expect}")
            for names, n in seen.most_common():
                print(f"    {n:>2}x {names}")
            if set(outcomes) - {"right"}:
                print(f"    -> {dict(outcomes)}")
    print()
    for kind, score in sorted(by_kind.items()):
        print(f"{kind:<9} {score}")
    print(f"{'all':<9} {total}")
    print(f"grade time against the reference's: median {statistics.median(ratios):.2f}x, "
          f"largest {max(ratios):.2f}x")


if __name__ == "__main__":
    main()
