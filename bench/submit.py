"""Time `mlfun submit --json` of each exercise's reference against the interpreter floors.

    python bench/submit.py [--runs 5] [--only softmax,adam]

Each exercise's reference is submitted as a learner would (a real workspace, the real
SQLite store, the sandbox), interleaved with `python -c "import numpy"` and
`python -c "import numpy, sqlalchemy.orm"`; the table gives medians and ratios.
Targets: softmax <= 3x `import numpy` (issue 2), <= 1.3x the numpy+ORM floor (DESIGN.md).
"""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from common import FLOORS, MLFUN, environment, interleaved, write_json


def prepare(workspace: Path, catalog) -> None:
    """Every exercise passed once, so any of them may be submitted again."""
    from mlfun.db.store import Store, default_url
    from mlfun.grader.result import CheckResult, Result

    store = Store(default_url(workspace))
    me = store.learner("bench")
    for entry in catalog.entries:
        store.record(me, Result(entry.id, True, (CheckResult("setup", True, ""),), (), 0, "", 0.0), "")
    for entry in catalog.entries:
        exercise = catalog.exercise(entry.id)
        path = workspace / entry.topic / f"{exercise.module}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(exercise.reference.source)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", default="", help="comma-separated exercise ids (default: all)")
    args = parser.parse_args()
    from mlfun.grader.catalog import Catalog

    catalog = Catalog.load()
    ids = [i for i in args.only.split(",") if i] or [e.id for e in catalog.entries]
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp)
        (workspace / ".mlfun").mkdir()
        env = environment(workspace)
        prepare(workspace, catalog)
        commands = dict(FLOORS)
        commands.update({f"submit {i}": [MLFUN, "submit", i, "--json"] for i in ids})
        medians = interleaved(commands, args.runs, env=env)
    numpy_floor, full_floor = medians["import numpy"], medians["import numpy, sqlalchemy.orm"]
    print(f"{'command':<34} {'median ms':>10} {'x numpy':>8} {'x numpy+orm':>12}")
    for name, seconds in medians.items():
        print(f"{name:<34} {seconds * 1000:>10.1f} {seconds / numpy_floor:>8.2f} {seconds / full_floor:>12.2f}")
    path = write_json("submit", {"runs": args.runs, "median_seconds": medians,
                                 "ratio_to_import_numpy": {k: v / numpy_floor for k, v in medians.items()},
                                 "ratio_to_numpy_orm": {k: v / full_floor for k, v in medians.items()}})
    print(f"written to {path}")


if __name__ == "__main__":
    main()
