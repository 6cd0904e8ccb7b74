"""Hostile submissions through a warm zygote (`grade(..., launcher=Zygote())`), as `mlfun watch`
and cohort workers grade: one zygote serves every grade in turn, so a hostile grade must
neither kill it, nor leave a child of it behind, nor spoil the next grade."""
from __future__ import annotations

import os
import uuid

import pytest
from .hostile_support import CORRECT, SEED, SLACK, Graded, descendants, expect, strays, submission


@pytest.fixture(scope="module")
def zygote():
    from mlfun.grader.launch import Zygote

    with Zygote() as z:
        yield z


CASES = {
    "loop_in_function.py": "your code timed out after 0.5 s in case 1",
    "fork_bomb.py": "out differs at",
    "setsid_fork.py": "out differs at",
    "kill_parent.py": "out differs at",
    "escape_writes.py": "out differs at",
    "memory_bomb.py": "ran out of memory at line 5 of softmax.py",
    "fd_guess.py": "wrote to the grader's private result channel",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_zygote_survives(name, zygote, softmax_exercise, sandbox_root, escape_paths):
    import dataclasses
    import time

    from mlfun.grader.grade import grade
    from mlfun.grader.model import Limits

    params = {}
    if name == "kill_parent.py":
        params = dict(grader_pid=zygote.pid, decoy_pid=zygote.pid, marker=f"mlfun.grader.zygote {uuid.uuid4().hex}")
    if name == "escape_writes.py":
        params = dict(targets=[str(p) for p in escape_paths], remount=False)
    exercise = dataclasses.replace(softmax_exercise, limits=Limits(0.5, 0.5, 1 << 30, 1 << 20))
    started = time.monotonic()
    result = grade(exercise, submission(name, **params), SEED, launcher=zygote)
    seconds = time.monotonic() - started
    assert seconds < 0.5 + SLACK
    expect(Graded(result, seconds), CASES[name])

    assert zygote.proc.poll() is None, "the zygote died"
    standby = zygote.inspect()["standby"]
    left = [(pid, cmd) for pid, cmd in descendants(zygote.pid) if pid != standby]
    assert not left, f"the zygote has children left besides its standby {standby}: {left}"
    assert [pid for pid, _ in descendants(zygote.pid)] == [standby], "the next child is not waiting"
    assert not strays(str(sandbox_root)), strays(str(sandbox_root))
    assert not [p for p in escape_paths if os.path.lexists(p)] and not list(sandbox_root.rglob("escape-*"))
    assert zygote.inspect()["learner_modules"] == []
    after = grade(softmax_exercise, CORRECT, SEED, launcher=zygote)
    assert after.passed, [c.message for c in after.checks if not c.passed]
