"""The reference of every exercise over 1,000 consecutive seeds (or --seeds N), in-process.

    python bench/sweep.py [--seeds 1000] [--only a,b]

Prints, per exercise, the seeds passed and the time taken; exits non-zero on any failure.
The training and debugging references train networks, so a full run takes hours; CI runs a
time-budgeted version (tests/test_reference_sweep.py).
"""
from __future__ import annotations

import argparse
import sys
import time

from mlfun.grader.authoring import reference_failures
from mlfun.grader.catalog import Catalog


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=1000)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    catalog = Catalog.load()
    ids = [i for i in args.only.split(",") if i] or [e.id for e in catalog.entries]
    failed = 0
    for exercise_id in ids:
        started = time.perf_counter()
        failures = reference_failures(catalog.exercise(exercise_id), range(args.seeds))
        seconds = time.perf_counter() - started
        failed += bool(failures)
        verdict = "ok" if not failures else f"{len(failures)} FAILED, first: {failures[0]}"
        print(f"{exercise_id:<28} {args.seeds} seeds  {seconds:8.1f} s  {verdict}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
