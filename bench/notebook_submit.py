"""Time `%mlfun submit softmax` in a real Jupyter kernel against `mlfun submit` in a terminal.

    python bench/notebook_submit.py [--rounds 3]

Each round starts a fresh kernel (`%load_ext mlfun.notebook`, a correct softmax defined in a
cell) and times, as the front end sees them, its first and second `%mlfun submit softmax`;
between the two it times a cold `mlfun submit softmax --file` in a new process (the CLI's
cost as a terminal learner pays it). All in one workspace, so the store is the same size for
both. Reported as medians and ratios to the CLI's cold submit. Targets (issue 20): first
<= 1.5x the CLI, second faster than the first (the zygote and the store stay warm).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from common import MLFUN, environment, time_command, write_json

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))         # the tests' kernel driver: one way to run a cell

SOFTMAX = '''import numpy as np


def softmax(x, axis=-1):
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)
'''


def one_round(env: dict, folder: str) -> dict:
    from notebook_support import Kernel

    reference = str(ROOT / "exercises/probability/softmax/reference.py")
    with Kernel(env, folder) as kernel:
        for code in ("%load_ext mlfun.notebook", SOFTMAX):
            assert kernel.run(code).status == "ok"
        first = kernel.run("%mlfun submit softmax")
        cli = time_command([MLFUN, "submit", "softmax", "--file", reference], env=env, check=True)
        second = kernel.run("%mlfun submit softmax")
    for cell in (first, second):
        assert "Passed</strong>" in cell.html, cell.html[:500]
    return {"cli cold": cli, "notebook first": first.seconds, "notebook second": second.seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp) / "ws"
        env = environment(workspace)
        logsumexp = str(ROOT / "exercises/probability/logsumexp/reference.py")
        time_command([MLFUN, "submit", "logsumexp", "--file", logsumexp], env=env, check=True)   # opens softmax
        rounds = [one_round(env, tmp) for _ in range(args.rounds)]
    medians = {name: statistics.median(r[name] for r in rounds) for name in rounds[0]}
    cli = medians["cli cold"]
    print(f"{'':<16} {'median s':>9} {'x CLI cold':>11}")
    for name, seconds in medians.items():
        print(f"{name:<16} {seconds:>9.3f} {seconds / cli:>11.2f}")
    print(f"second / first: {medians['notebook second'] / medians['notebook first']:.2f}")
    write_json("notebook_submit", {"rounds": rounds, "medians": medians,
                                   "ratios": {name: s / cli for name, s in medians.items()}})


if __name__ == "__main__":
    main()
