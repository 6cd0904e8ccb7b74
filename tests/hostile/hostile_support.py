"""Helpers for the hostile-submission suite (the fixtures are in conftest.py): hostile
sources with their parameters filled in, a timed `grade()` of softmax with small limits,
and process inspection to find anything a sandbox left behind."""
from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SUBMISSIONS = HERE / "submissions"
REPO = HERE.parent.parent
SANDBOX_MARKER = "mlfun.grader.child"
SLACK = 6.0          # seconds beyond a limit that a loaded 2-core machine may need (start-up, kill, wait)
SEED = 20240611
CORRECT = (REPO / "exercises" / "probability" / "softmax" / "reference.py").read_bytes()


def submission(name: str, **params) -> bytes:
    """A hostile file from submissions/, with its `PARAMS = {}` line filled in (same line count)."""
    text = (SUBMISSIONS / name).read_text(encoding="utf-8")
    if params:
        line = "PARAMS = {}  # filled in by the test"
        assert line in text, f"{name} takes no parameters"
        text = text.replace(line, f"PARAMS = {params!r}")
    return text.encode("utf-8")


def processes():
    """(pid, ppid, cmdline, cwd) of every process this (root) test can see."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode(errors="replace")
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            try:
                cwd = os.readlink(f"/proc/{entry}/cwd")
            except OSError:
                cwd = ""
        except (OSError, ValueError, IndexError):
            continue
        found.append((int(entry), ppid, cmd, cwd))
    return found


def descendants(root_pid: int) -> list:
    table = processes()
    children = {}
    for pid, ppid, cmd, cwd in table:
        children.setdefault(ppid, []).append((pid, cmd))
    out, todo = [], [root_pid]
    while todo:
        for pid, cmd in children.get(todo.pop(), []):
            out.append((pid, cmd))
            todo.append(pid)
    return out


def strays(marker: str, wait: float = 3.0) -> list:
    """Processes whose command line or working directory mentions `marker`, after giving the
    kernel `wait` seconds to finish tearing down a killed PID namespace."""
    deadline = time.monotonic() + wait
    while True:
        left = [(pid, cmd) for pid, _, cmd, cwd in processes()
                if pid != os.getpid() and (marker in cmd or cwd.startswith(marker))]
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.1)


def expect(graded, *fragments: str) -> None:
    """Not passed, and every fragment appears in what the learner is told."""
    text = graded.failure_text
    assert not graded.result.passed, "a hostile submission passed"
    for fragment in fragments:
        assert fragment in text, f"expected {fragment!r} in the verdict, got:\n{text}"


@dataclasses.dataclass
class Graded:
    result: object
    seconds: float

    @property
    def failure_text(self) -> str:
        """Every failed check's message, as a learner sees them."""
        return "\n".join(f"{c.name}: {c.message}" for c in self.result.checks if not c.passed)


class Hostile:
    """Grades hostile sources against `softmax` with small limits, in a private sandbox folder."""

    def __init__(self, exercise, root: Path):
        from mlfun.grader.model import Limits

        self.exercise, self.root = exercise, root
        self.Limits = Limits

    def limits(self, wall: float = 1.0, cpu: float = 1.0, memory: int = 1 << 30, output: int = 1 << 20):
        return self.Limits(wall_seconds=wall, cpu_seconds=cpu, memory_bytes=memory, output_bytes=output)

    def grade(self, source: bytes, *, wall: float = 1.0, cpu: float = 1.0, memory: int = 1 << 30,
              output: int = 1 << 20, budget: float | None = None) -> Graded:
        """grade() with these limits; asserts it returned within `budget` (default: wall + slack)."""
        from mlfun.grader.grade import grade

        exercise = dataclasses.replace(self.exercise, limits=self.limits(wall, cpu, memory, output))
        started = time.monotonic()
        result = grade(exercise, source, SEED)
        seconds = time.monotonic() - started
        limit = budget if budget is not None else wall + SLACK
        assert seconds < limit, f"grade() took {seconds:.1f} s, over its {limit:.1f} s budget"
        return Graded(result, seconds)

    def no_strays(self) -> None:
        left = strays(str(self.root))
        assert not left, f"processes of the sandbox survived the grade: {left}"
        assert not descendants(os.getpid()), f"the test process has live children: {descendants(os.getpid())}"

    def leftover_workdirs(self) -> list:
        return sorted(p.name for p in self.root.glob("mlfun-sandboxes-*/*"))




def run_mlfun(*args: str, cwd: Path | None = None, env: dict | None = None, timeout: float = 120):
    """Run the installed `mlfun` as a learner would, in a subprocess (as tests/conftest.py does)."""
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "-m", "mlfun.cli", *args], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=timeout)
