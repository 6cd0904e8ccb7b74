"""Timing helpers for the benchmarks: whole processes, interleaved with their floors.

Every figure is reported as a ratio to a floor measured in the same run (never as an
absolute time in a test), so a slower or busier machine moves both together.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

PYTHON = sys.executable
MLFUN = str(Path(sys.executable).with_name("mlfun"))


def time_command(argv: list, env: dict | None = None, cwd: str | None = None, check: bool = False) -> float:
    started = time.perf_counter()
    completed = subprocess.run(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - started
    if check and completed.returncode not in (0, 1):
        raise RuntimeError(f"{argv} failed: {completed.stderr.decode()[-2000:]}")
    return elapsed


def interleaved(commands: dict, runs: int, warmup: int = 1, **kwargs) -> dict:
    """Median wall time of each named command, run in turn so drift hits all of them alike."""
    times = {name: [] for name in commands}
    for round_ in range(warmup + runs):
        for name, argv in commands.items():
            elapsed = time_command(argv, **kwargs)
            if round_ >= warmup:
                times[name].append(elapsed)
    return {name: statistics.median(values) for name, values in times.items()}


FLOORS = {
    "python -c pass": [PYTHON, "-c", "pass"],
    "import numpy": [PYTHON, "-c", "import numpy"],
    "import sqlalchemy.orm": [PYTHON, "-c", "import sqlalchemy.orm"],
    "import numpy, sqlalchemy.orm": [PYTHON, "-c", "import numpy, sqlalchemy.orm"],
}


def write_json(name: str, data: dict) -> Path:
    folder = Path(__file__).parent / "results"
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(json.dumps(data, indent=2))
    return path


def environment(workspace: Path) -> dict:
    env = dict(os.environ, MLFUN_WORKSPACE=str(workspace), MLFUN_LEARNER="bench")
    env.pop("MLFUN_DATABASE_URL", None)
    return env
