"""The mutation stage over every shipped exercise (or the ids given), on 2 workers.

    python bench/mutants.py [ID ...] [--workers 2] [--kill-seeds 3] [--battery 12] [--out FILE]

Prints one line per exercise (mutants made, killed, surviving, equivalent, stillborn, score
against its bar, seconds), each survivor's diff, and the wall time of the whole stage;
writes the figures as JSON (default bench/results/mutants.json) so a change can be
compared with the last run. Exits 1 when an exercise is below its bar. This is the full
proof that `mlfun author check --mutants` gives in CI on a rotating share of exercises.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict
from pathlib import Path


def one(args) -> dict:
    exercise_id, kill_seeds, battery = args
    from mlfun.grader.catalog import Catalog
    from mlfun.grader.mutation import mutation_test

    report = mutation_test(Catalog.load().exercise(exercise_id), range(kill_seeds), range(battery))
    return dict(asdict(report), score=report.score, ok=report.ok, summary=report.summary())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ids", nargs="*")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--kill-seeds", type=int, default=3)
    parser.add_argument("--battery", type=int, default=12)
    parser.add_argument("--equivalent", action="store_true",
                        help="also show each mutant judged equivalent: a right program, or a path no case reaches?")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "mutants.json")
    args = parser.parse_args(argv)
    from mlfun.grader.catalog import Catalog

    ids = args.ids or [e.id for e in Catalog.load().entries]
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        reports = []
        for report in pool.map(one, [(i, args.kill_seeds, args.battery) for i in ids]):
            reports.append(report)
            print(f"{report['exercise']:28s} {report['summary']}", flush=True)
            for s in report["survivors"]:
                print(f"    line {s['line']}: {s['description']} (passed on seeds {s['passed_on']})")
                print("      " + s["diff"].replace("\n", "\n      "))
            for s in report["equivalents"] if args.equivalent else ():
                print(f"    equivalent? line {s['line']}: {s['description']}")
                print("      " + s["diff"].replace("\n", "\n      "))
    wall = time.perf_counter() - started
    below = [r["exercise"] for r in reports if not r["ok"]]
    made = sum(r["made"] for r in reports)
    killed = sum(r["killed"] for r in reports)
    surviving = sum(len(r["survivors"]) for r in reports)
    print(f"\n{len(reports)} exercises, {made} mutants, {killed} killed, {surviving} surviving; "
          f"{wall:.0f} s on {args.workers} workers; below their bar: {', '.join(below) or 'none'}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"wall_seconds": wall, "workers": args.workers, "exercises": reports}, indent=1))
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())
