"""Long-lived graders fork each sandbox child from a warm zygote, never a new interpreter."""
from __future__ import annotations

from pathlib import Path

from mlfun.grader.grade import grade
from mlfun.grader.launch import Zygote


def _status_of(pid: int) -> dict:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return fields


def test_children_are_forked_from_the_zygote_and_learner_code_never_runs_in_it(catalog, monkeypatch):
    exercise = catalog.exercise("softmax")
    spawned = []
    with Zygote() as zygote:
        original = zygote.spawn

        def spy(workdir):
            handle = original(workdir)
            spawned.append((handle.pid, _status_of(handle.pid)))
            return handle
        monkeypatch.setattr(zygote, "spawn", spy)
        marker = "import sys\nMARK = 'learner-code-ran'\n" + exercise.reference.source
        results = [grade(exercise, marker, seed, launcher=zygote) for seed in range(3)]
        learner_modules = zygote.inspect()["learner_modules"]
        zygote_pid = zygote.pid
    assert all(r.passed for r in results)
    assert len(spawned) == 3
    for pid, status in spawned:
        assert int(status["PPid"]) == zygote_pid            # the child's parent is the zygote
    assert learner_modules == []                            # ...which never imported learner code


def test_a_warm_grade_starts_no_new_interpreter(catalog, monkeypatch):
    """Grading through the zygote must not call subprocess at all after the zygote is up."""
    import subprocess

    exercise = catalog.exercise("softmax")
    with Zygote() as zygote:
        def forbidden(*args, **kwargs):
            raise AssertionError(f"a new process was started: {args[0] if args else kwargs}")
        monkeypatch.setattr(subprocess, "Popen", forbidden)
        results = [grade(exercise, exercise.reference.source, seed, launcher=zygote) for seed in (5, 6)]
    assert all(r.passed for r in results)


def test_hostile_code_in_a_zygote_child_is_contained(catalog):
    import dataclasses

    from mlfun.grader.model import Limits

    exercise = dataclasses.replace(catalog.exercise("softmax"), limits=Limits(wall_seconds=2, cpu_seconds=2))
    with Zygote() as zygote:
        looped = grade(exercise, "def softmax(x, axis=-1):\n    while True:\n        pass\n", 1, launcher=zygote)
        exited = grade(exercise, "import os\ndef softmax(x, axis=-1):\n    os._exit(0)\n", 2, launcher=zygote)
        after = grade(exercise, exercise.reference.source, 3, launcher=zygote)
    assert not looped.passed and ("timed out" in looped.failure or "CPU time" in looped.failure)
    assert not exited.passed and "exited" in exited.failure
    assert after.passed                                  # the zygote survives hostile children


def test_a_zygote_grades_many_in_a_row(catalog):
    """A worker or watch session grades hundreds of times from one zygote: nothing a sandbox
    leaves behind (processes, pids counted by a cgroup, folders) may add up. A shared pids
    cgroup once failed every grade after about thirty."""
    exercise = catalog.exercise("softmax")
    with Zygote() as zygote:
        verdicts = [grade(exercise, exercise.reference.source, seed, launcher=zygote).passed for seed in range(60)]
    assert all(verdicts), f"failed at grade {verdicts.index(False)}"


def _cgroups_of(zygote_pid: int) -> list:
    from mlfun.grader.isolation import PIDS_CGROUPS

    return sorted(path.name for base in PIDS_CGROUPS if Path(base).is_dir()
                  for path in Path(base).glob(f"mlfun-z{zygote_pid}-*"))


def test_the_next_child_waits_in_its_own_cgroup_and_none_is_left_behind(catalog):
    """As root, each child joins a pids cgroup of its own while it waits as the zygote's standby
    (the join waits for an RCU grace period: off the learner's clock), gets the grade's process
    limit when it starts, and every cgroup is gone once its child and the zygote are."""
    import os

    import pytest

    if os.geteuid() != 0:
        pytest.skip("pids cgroups are used as root only")
    exercise = catalog.exercise("softmax")
    with Zygote() as zygote:
        standby = zygote.inspect()["standby"]
        joined = Path(f"/proc/{standby}/cgroup").read_text()
        if f"mlfun-z{zygote.pid}-" not in joined:
            pytest.skip(f"no writable pids cgroup here: {joined.strip()}")
        results = [grade(exercise, exercise.reference.source, seed, launcher=zygote) for seed in range(6)]
        during = _cgroups_of(zygote.pid)
        zygote_pid, next_standby = zygote.pid, zygote.inspect()["standby"]
    assert all(r.passed for r in results)
    assert any("a pids cgroup" in p for p in results[0].protections)
    assert next_standby != standby
    assert len(during) <= 2, during          # the standby's, and at most one whose last process was ending
    assert _cgroups_of(zygote_pid) == []


def test_the_cgroups_of_a_killed_zygote_are_removed_by_the_next_one():
    """A zygote killed with SIGKILL never runs its close: its empty cgroups are swept when the
    next zygote starts; a cgroup of a living zygote is left alone."""
    import os
    import signal

    import pytest

    if os.geteuid() != 0:
        pytest.skip("pids cgroups are used as root only")
    killed = Zygote().start()
    standby = killed.inspect()["standby"]
    if f"mlfun-z{killed.pid}-" not in Path(f"/proc/{standby}/cgroup").read_text():
        killed.close()
        pytest.skip("no writable pids cgroup here")
    os.killpg(killed.pid, signal.SIGKILL)
    killed.proc.wait()
    os.kill(standby, signal.SIGKILL)
    import time

    deadline = time.monotonic() + 5
    while Path(f"/proc/{standby}").exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert _cgroups_of(killed.pid), "the killed zygote's standby cgroup should be left behind"
    with Zygote() as living:
        standby_now = living.inspect()["standby"]
        assert _cgroups_of(killed.pid) == []
        assert f"mlfun-z{living.pid}-" in Path(f"/proc/{standby_now}/cgroup").read_text()
