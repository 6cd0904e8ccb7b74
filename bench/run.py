"""mlfun's speed, measured in one run as ratios to floors measured in that same run.

    python bench/run.py [--runs 7] [--quick] [--peers]

Prints one table and writes bench/results/run.json, so a change can be compared with the
last run. What is measured (goals from DESIGN.md and the speed issue):

  cold submit     `mlfun submit --json` of a correct softmax, whole process,
                  vs `python -c "import numpy, sqlalchemy.orm"` (goal <= 1.3x) and vs `import numpy`
  warm re-grade   grade() through a warm zygote, as watch / batch / workers do, vs `import numpy` (<= 0.5x)
  status          `mlfun status --json` with 10, 10^3, 10^5 attempts vs `import sqlalchemy.orm` (<= 1.2x, flat)
  help            `mlfun --help` vs `python -c pass` (<= 6x)
  isolation       the same warm grade with and without the namespace layer (< 50 ms)
  author check    wall time of `mlfun author check` of every shipped exercise on 2 workers
  peak memory     of one cold grade's sandbox child (max RSS)
  batch           500 stored submissions (right and wrong), one process per core, each with a
                  zygote: grades per second per core (>= 10)
  --peers         ../shared/bench-peers timed in the same run, mlfun added as one more peer
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import FLOORS, MLFUN, PYTHON, environment, interleaved, write_json  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def cold_submit(runs: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp)
        env = environment(workspace)
        subprocess.run([MLFUN, "next", "--json"], env=env, capture_output=True, check=True)
        _open_softmax(workspace, env)
        commands = {**FLOORS, "mlfun submit softmax": [MLFUN, "submit", "softmax", "--json"],
                    "mlfun --help": [MLFUN, "--help"]}
        return interleaved(commands, runs, env=env)


def _open_softmax(workspace: Path, env: dict) -> None:
    """Pass everything softmax needs, then put a correct softmax in the workspace."""
    from mlfun.grader.catalog import Catalog

    catalog = Catalog.load()
    _pass_all(workspace, catalog, [e.id for e in catalog.entries if e.id != "softmax"])
    path = workspace / "probability" / "softmax.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(catalog.exercise("softmax").reference.source)


def _pass_all(workspace: Path, catalog, ids: list) -> None:
    from mlfun.db.store import Store, default_url
    from mlfun.grader.result import CheckResult, Result

    store = Store(default_url(workspace))
    me = store.learner("bench")
    for exercise_id in ids:
        store.record(me, Result(exercise_id, True, (CheckResult("setup", True, ""),), (), 0, "", 0.0), "")


def warm_regrade(runs: int) -> dict:
    from mlfun.grader.catalog import Catalog
    from mlfun.grader.grade import grade
    from mlfun.grader.launch import Zygote

    exercise = Catalog.load().exercise("softmax")
    source = exercise.reference.source
    modes = (True, False) if _unconfined_baseline() else (True,)
    times = {True: [], False: [0.0]}
    with Zygote() as zygote:
        for round_ in range(2 + runs * 3):
            for isolate in modes:
                started = time.perf_counter()
                result = grade(exercise, source, round_, isolate=isolate, launcher=zygote)
                if round_ >= 2:
                    times[isolate].append(time.perf_counter() - started)
                assert result.passed, result.checks
    numpy_floor = interleaved({"import numpy": FLOORS["import numpy"]}, runs)["import numpy"]
    return {"warm regrade (isolated)": statistics.median(times[True]), "baseline": len(modes) == 2,
            "warm regrade (no namespaces)": statistics.median(times[False][1:] or [0.0]), "import numpy": numpy_floor}


def _unconfined_baseline() -> bool:
    """Can a grade run without namespaces here? Not as root when `nobody` cannot reach this Python:
    the sandbox then refuses rather than run learner code as root."""
    import os

    from mlfun.grader.isolation import usable_by_nobody

    return os.geteuid() != 0 or usable_by_nobody()


def cold_isolation(runs: int) -> dict:
    """The same grade with a fresh child interpreter (as `mlfun submit` does), with and without
    the namespace layer, alternated so that load changes hit both alike."""
    from mlfun.grader.catalog import Catalog
    from mlfun.grader.grade import grade

    exercise = Catalog.load().exercise("softmax")
    modes = (True, False) if _unconfined_baseline() else (True,)
    times = {True: [], False: [0.0]}
    for round_ in range(1 + runs * 2):
        for isolate in modes:
            started = time.perf_counter()
            assert grade(exercise, exercise.reference.source, round_, isolate=isolate).passed
            if round_:
                times[isolate].append(time.perf_counter() - started)
    return {"cold grade (isolated)": statistics.median(times[True]),
            "cold grade (no namespaces)": statistics.median(times[False][1:] or [0.0])}


def status_scaling(runs: int) -> dict:
    out = {}
    for count in (10, 1000, 100000):
        with tempfile.TemporaryDirectory() as tmp:
            workspace = Path(tmp)
            env = environment(workspace)
            _fill_attempts(workspace, count)
            medians = interleaved({"import sqlalchemy.orm": FLOORS["import sqlalchemy.orm"],
                                   "status": [MLFUN, "status", "--json"]}, runs, env=env)
            out[count] = medians
    return out


def _fill_attempts(workspace: Path, count: int) -> None:
    """`count` attempts spread over the course, inserted in one transaction."""
    from sqlalchemy import insert

    from mlfun.db import schema
    from mlfun.db.store import Store, _now, default_url
    from mlfun.grader.catalog import Catalog

    ids = [e.id for e in Catalog.load().entries]
    store = Store(default_url(workspace))
    me = store.learner("bench")
    rows = [dict(learner_id=me, exercise_id=ids[i % len(ids)], content_hash="h", source="x = 1\n", seed=i,
                 passed=i % 3 == 0, score=0.5, checks=[], diagnosis=[], failure=None, duration=0.1,
                 created_at=_now()) for i in range(count)]
    with store.engine.begin() as conn:
        conn.execute(insert(schema.attempt), rows)
        conn.execute(insert(schema.progress), [dict(learner_id=me, exercise_id=e, attempts=count // len(ids), hints_taken=0,
                                             passed_at=_now() if k % 2 == 0 else None, updated_at=_now())
                                        for k, e in enumerate(ids[:min(count, len(ids))])])


def author_check_time() -> float:
    started = time.perf_counter()
    subprocess.run([MLFUN, "author", "check", "--workers", "2", "--json"], capture_output=True)
    return time.perf_counter() - started


def peak_memory_of_one_grade() -> float:
    """Max RSS (MiB) of the largest sandbox child of one cold grade of softmax."""
    code = ("from mlfun.grader.catalog import Catalog; from mlfun.grader.grade import grade; "
            "e = Catalog.load().exercise('softmax'); assert grade(e, e.reference.source, 1).passed")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([PYTHON, "-c", code], check=True)
    return max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024


def batch_throughput(total: int = 500, workers: int = 2) -> dict:
    from concurrent.futures import ProcessPoolExecutor

    jobs = _stored_submissions(total)
    chunks = [jobs[i::workers] for i in range(workers)]
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        graded = sum(pool.map(_grade_chunk, chunks))
    elapsed = time.perf_counter() - started
    return {"graded": graded, "seconds": elapsed, "per_second_per_core": graded / elapsed / workers}


def _stored_submissions(total: int) -> list:
    """A realistic mix: references and named mistakes of the core exercises, round-robin."""
    from mlfun.grader.catalog import Catalog

    catalog = Catalog.load()
    pool = []
    for exercise_id in ("softmax", "affine-layer", "adam"):
        exercise = catalog.exercise(exercise_id)
        pool.append((exercise_id, exercise.reference.source, True))
        pool += [(exercise_id, m.variants[0].source, False) for m in exercise.mistakes]
    return [pool[i % len(pool)] + (i,) for i in range(total)]


def _grade_chunk(chunk: list) -> int:
    from mlfun.grader.catalog import Catalog
    from mlfun.grader.grade import grade
    from mlfun.grader.launch import Zygote

    catalog = Catalog.load()
    with Zygote() as zygote:
        for exercise_id, source, should_pass, seed in chunk:
            result = grade(catalog.exercise(exercise_id), source, seed, launcher=zygote)
            assert result.passed == should_pass, (exercise_id, result.checks)
    return len(chunk)


def peers(runs: int) -> str:
    out = Path(tempfile.mkdtemp()) / "peers"
    env = dict(os.environ, RUNS=str(runs), PEERS_OUT=str(out))
    script = ROOT.parent / "shared" / "bench-peers" / "run.sh"
    completed = subprocess.run(["bash", str(script)], env=env, capture_output=True, text=True)
    return (out / "table.md").read_text() if completed.returncode == 0 else completed.stdout[-3000:]


def main() -> None:
    parser = argparse.ArgumentParser(description="mlfun's speed as ratios to floors measured in the same run")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="skip author check and batch throughput")
    parser.add_argument("--peers", action="store_true", help="also time the peer graders of ../shared/bench-peers")
    args = parser.parse_args()
    report, rows = {}, []

    cold = cold_submit(args.runs)
    report["cold"] = cold
    full, numpy_floor, bare = cold["import numpy, sqlalchemy.orm"], cold["import numpy"], cold["python -c pass"]
    rows += [("mlfun --help, ms", cold["mlfun --help"] * 1000, "< 150 (issue 7)"),
             ("cold submit softmax / import numpy+orm", cold["mlfun submit softmax"] / full, "<= 1.3"),
             ("cold submit softmax / import numpy", cold["mlfun submit softmax"] / numpy_floor, "(reported)"),
             ("mlfun --help / python -c pass", cold["mlfun --help"] / bare, "<= 6")]

    warm = warm_regrade(args.runs)
    report["warm"] = warm
    rows += [("warm re-grade / import numpy", warm["warm regrade (isolated)"] / warm["import numpy"], "<= 0.5"),
             ("isolation overhead, ms (warm, with - without namespaces)",
              (warm["warm regrade (isolated)"] - warm["warm regrade (no namespaces)"]) * 1000, "< 50")]

    cold_iso = cold_isolation(args.runs)
    report["cold_isolation"] = cold_iso
    rows.append(("isolation overhead, ms (cold child, with - without namespaces)",
                 (cold_iso["cold grade (isolated)"] - cold_iso["cold grade (no namespaces)"]) * 1000, "< 50"))
    if not warm["baseline"]:
        print("isolation overhead: no unconfined baseline here (root, and `nobody` cannot reach this Python, so "
              "the sandbox refuses to run without namespaces); the overhead rows show the isolated time alone. "
              "Run the bench with a Python every user may read (Debian's, a venv outside /root) for the difference.")

    scaling = status_scaling(max(3, args.runs // 2))
    report["status"] = scaling
    for count, medians in scaling.items():
        rows.append((f"status with {count} attempts / import sqlalchemy.orm",
                     medians["status"] / medians["import sqlalchemy.orm"], "<= 1.2, flat"))
    rows.append(("mlfun status (10 attempts), ms", scaling[10]["status"] * 1000, "< 300 (issue 7)"))

    report["peak_memory_mib"] = peak_memory_of_one_grade()
    rows.append(("peak memory of one grade's sandbox, MiB", report["peak_memory_mib"], "(reported)"))
    if not args.quick:
        report["author_check_seconds"] = author_check_time()
        rows.append(("author check of every exercise, s (2 workers)", report["author_check_seconds"], "(reported)"))
        report["batch"] = batch_throughput()
        rows.append(("batch: grades per second per core (500 stored)", report["batch"]["per_second_per_core"],
                     ">= 10"))
    print(f"\n{'measure':<60} {'value':>8}  goal")
    for name, value, goal in rows:
        print(f"{name:<60} {value:>8.2f}  {goal}")
    print(f"\nfloors (median s): python -c pass {bare:.3f}, import numpy {numpy_floor:.3f}, "
          f"import sqlalchemy.orm {cold['import sqlalchemy.orm']:.3f}, import numpy+orm {full:.3f}")
    report["table"] = [{"measure": n, "value": v, "goal": g} for n, v, g in rows]
    if args.peers:
        report["peers"] = peers(args.runs)
        print("\npeers (same machine, same run):\n" + report["peers"])
    print(f"written to {write_json('run', report)}")


if __name__ == "__main__":
    main()
