"""What the decoy call before each case (stateful.decoy_first) costs a learner's submit.

Grades every exercise's reference with the decoy and without it, alternating, and prints
the ratio of the two totals and the exercises where the decoy adds most. Both are measured
in the same run, so the ratio holds on a loaded machine too.

    python bench/decoy_cost.py [--seeds 2] [--only ID,ID]
"""
from __future__ import annotations

import argparse
import dataclasses
import time

from mlfun.grader.catalog import Catalog
from mlfun.grader.grade import grade


def seconds(exercise, source: str, seed: int) -> float:
    started = time.perf_counter()
    grade(exercise, source, seed)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=2)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    catalog = Catalog.load()
    ids = args.only.split(",") if args.only else [e.id for e in catalog.entries]
    rows = []
    for ex_id in ids:
        on = catalog.exercise(ex_id)
        off = dataclasses.replace(on, decoy=False)
        source = on.reference.program
        with_decoy = without = 0.0
        for seed in range(args.seeds):
            without += seconds(off, source, seed)
            with_decoy += seconds(on, source, seed)
        rows.append((ex_id, without, with_decoy))
    total_off, total_on = sum(r[1] for r in rows), sum(r[2] for r in rows)
    print(f"{len(rows)} exercises x {args.seeds} seeds: {total_off:.1f} s without the decoy, "
          f"{total_on:.1f} s with it: ratio {total_on / total_off:.2f}")
    print("largest added time per grade:")
    for ex_id, off_s, on_s in sorted(rows, key=lambda r: r[1] - r[2])[:10]:
        print(f"  {ex_id:28s} {off_s / args.seeds:6.2f} s -> {on_s / args.seeds:6.2f} s  (x{on_s / off_s:.2f})")


if __name__ == "__main__":
    main()
