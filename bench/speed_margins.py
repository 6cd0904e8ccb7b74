"""How far each speed check's bar sits from the programs it must tell apart.

    python bench/speed_margins.py [--seeds 5]

For every exercise with a `speed` check, grades each correct solution in
tests/submissions/<id>/correct and each slow program in tests/unlisted/speed-cache/<id>
on several seeds, through the sandbox as a submit does, and prints the lowest and highest
speedup of each against the bar. A bar is safe when the slowest correct solution clears it,
and the fastest slow program stays under it, by a wide factor on a busy machine too.
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

from mlfun.grader.catalog import Catalog
from mlfun.grader.grade import grade
from mlfun.grader.launch import Zygote

ROOT = Path(__file__).resolve().parent.parent
RATIO = re.compile(r"([0-9.]+)x the speed")


def speed_exercises(catalog: Catalog) -> list:
    found = []
    for entry in catalog.entries:
        exercise = catalog.exercise(entry.id)
        bars = [c.options["min_speedup"] for c in exercise.checks if c.kind == "speed"]
        if bars:
            found.append((exercise, float(bars[0])))
    return found


def ratios(exercise, path: Path, seeds: int, zygote) -> list[float]:
    found = []
    for seed in range(seeds):
        result = grade(exercise, path.read_bytes(), seed, launcher=zygote)
        for check in result.checks:
            match = RATIO.search(check.message)
            if match:
                found.append(float(match.group(1)))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()
    catalog = Catalog.load()
    with Zygote() as zygote:
        for exercise, bar in speed_exercises(catalog):
            print(f"{exercise.id}: bar {bar:g}x")
            programs = sorted((ROOT / "tests/submissions" / exercise.id / "correct").glob("*.py"))
            programs += sorted((ROOT / "tests/unlisted/speed-cache" / exercise.id).glob("*.py"))
            for path in programs:
                found = ratios(exercise, path, args.seeds, zygote)
                kind = "correct" if path.parent.name == "correct" else "slow"
                if found:
                    low, high = min(found), max(found)
                    margin = low / bar if kind == "correct" else bar / high
                    print(f"  {kind:7} {path.stem:28} {low:7.1f}x .. {high:7.1f}x   margin {margin:4.1f}")
                else:
                    print(f"  {kind:7} {path.stem:28} not timed (failed before the speed check)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
