"""`mlfun --help` and `mlfun status` of this install against another one, in one run.

    python bench/startup_ab.py OTHER_PYTHON [--runs 30]

OTHER_PYTHON is the interpreter of another mlfun install (an older commit in its own venv,
say: `python -m venv /tmp/old && /tmp/old/bin/pip install --no-deps -e <worktree>`, with the
dependencies reachable). Each command runs in turn, so drift on a busy machine hits all of
them alike; the medians are reported as ratios to their floors, as DESIGN.md's goals are:
`--help` against `python -c pass`, `status --json` against `import sqlalchemy.orm`. Each
install gets its own fresh workspace with three attempts.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def _workspace(python: str, root: str) -> dict:
    env = dict(os.environ, MLFUN_WORKSPACE=root)
    for args in (["next"], ["submit"], ["submit"], ["submit"]):
        subprocess.run([python, "-m", "mlfun.cli", *args], env=env, capture_output=True)
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pythons = {"other": args.other, "this": sys.executable}
        envs = {name: _workspace(python, os.path.join(tmp, name)) for name, python in pythons.items()}
        commands = {"python -c pass": ([sys.executable, "-c", "pass"], None),
                    "import sqlalchemy.orm": ([sys.executable, "-c", "import sqlalchemy.orm"], None)}
        for name, python in pythons.items():
            commands[f"{name}: --help"] = ([python, "-m", "mlfun.cli", "--help"], None)
            commands[f"{name}: status"] = ([python, "-m", "mlfun.cli", "status", "--json"], envs[name])
        times = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, (argv, env) in commands.items():
                started = time.perf_counter()
                subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                times[name].append(time.perf_counter() - started)
    median = {name: statistics.median(t) for name, t in times.items()}
    for name in pythons:
        print(f"{name:>5}: --help {median[f'{name}: --help'] / median['python -c pass']:.2f}x python -c pass, "
              f"status {median[f'{name}: status'] / median['import sqlalchemy.orm']:.3f}x import sqlalchemy.orm")


if __name__ == "__main__":
    main()
