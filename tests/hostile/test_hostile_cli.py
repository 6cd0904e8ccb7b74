"""Hostile submissions through the real command line, in one workspace, two at a time:
`python -m mlfun.cli submit softmax --file F --json`, with the default limits.

Afterwards the progress database must be intact and hold exactly one attempt per
submission, no process of any sandbox may be left, and nothing may have been written
outside the sandboxes' private folders.
"""
from __future__ import annotations

import json
import os
import sqlite3
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from .hostile_support import SANDBOX_MARKER, descendants, processes, run_mlfun, strays, submission

LEARNER = "tester"


def _unlock_softmax(workspace: Path) -> int:
    """Record a pass of every other exercise, so `softmax` is open whatever its prerequisites
    are today; returns how many attempts that recorded."""
    from mlfun.db.store import Store, default_url
    from mlfun.grader.catalog import Catalog
    from mlfun.grader.result import CheckResult, Result

    catalog = Catalog.load()
    store = Store(default_url(workspace))
    learner = store.learner(LEARNER)
    others = [e.id for e in catalog.entries if e.id != "softmax"]
    for exercise in others:
        store.record(learner, Result(exercise=exercise, passed=True, checks=(CheckResult("setup", True, "ok"),),
                                     diagnosis=(), seed=0, content_hash="setup", duration=0.0), "# setup")
    assert not catalog.blockers("softmax", store.passed(learner)), "softmax is still locked"
    store.close()
    return len(others)


@pytest.fixture()
def cli_workspace(tmp_path, sandbox_root, monkeypatch):
    workspace = tmp_path / "ws"
    (workspace / ".mlfun").mkdir(parents=True)
    setup_attempts = _unlock_softmax(workspace)
    env = {"MLFUN_WORKSPACE": str(workspace), "MLFUN_LEARNER": LEARNER, "TMPDIR": str(sandbox_root),
           "MLFUN_SANDBOX_DIR": str(sandbox_root)}
    for name in ("MLFUN_DATABASE_URL", "MLFUN_EXERCISES"):
        monkeypatch.delenv(name, raising=False)
    return workspace, env, setup_attempts


def _submit(path: Path, workspace: Path, env: dict, *extra: str):
    started = time.monotonic()
    proc = run_mlfun("submit", "softmax", "--file", str(path), *extra, cwd=workspace, env=env, timeout=90)
    return proc, time.monotonic() - started


def test_cli_batch(cli_workspace, escape_paths, sandbox_root, tmp_path):
    workspace, env, setup_attempts = cli_workspace
    db = workspace / ".mlfun" / "progress.db"
    files = tmp_path / "submissions"
    files.mkdir()
    batch = {   # file -> what the learner must be told
        "os_exit_in_function.py": (submission("os_exit_in_function.py"), "exited in case 1, public example 'one vector' (x: (3,) float64), without returning a result"),
        "kill_parent.py": (submission("kill_parent.py", grader_pid=os.getpid(), decoy_pid=os.getpid(),
                                      marker=f"mlfun-no-such-{uuid.uuid4().hex}"), "out differs at"),
        "fork_bomb.py": (submission("fork_bomb.py"), "out differs at"),
        "memory_bomb.py": (submission("memory_bomb.py"), "ran out of memory at line 5 of memory_bomb.py"),   # the file named by --file
        "output_flood.py": (submission("output_flood.py"), "printed more than 1 MiB in case 1"),
        "fake_verdict.py": (submission("fake_verdict.py"), "out differs at"),
        "fd_guess.py": (submission("fd_guess.py"), "wrote to the grader's private result channel"),
        "progress_db_tamper.py": (submission("progress_db_tamper.py", db=str(db), remount=False), "out differs at"),
        "escape_writes.py": (submission("escape_writes.py", targets=[str(p) for p in escape_paths], remount=False),
                             "out differs at"),
        "syntax_error.py": (b"import numpy as np\n\n\ndef softmax(x, axis=-1)\n    return x\n",
                            "SyntaxError at line 4 of syntax_error.py"),
    }
    for name, (source, _) in batch.items():
        (files / name).write_bytes(source)

    with ThreadPoolExecutor(max_workers=2) as pool:     # two learners' submits at once, as in real life
        runs = dict(zip(batch, pool.map(lambda n: _submit(files / n, workspace, env, "--json"), batch)))

    attempts = []
    for name, (proc, seconds) in runs.items():
        assert proc.returncode == 1, f"{name}: exit {proc.returncode}\n{proc.stdout}\n{proc.stderr}"
        assert "Traceback" not in proc.stderr, f"{name}: {proc.stderr}"
        data = json.loads(proc.stdout)                 # the fake verdict is inside "output", not beside it
        assert data["passed"] is False and data["exercise"] == "softmax", name
        told = "\n".join(c["message"] for c in data["checks"] if not c["passed"])
        assert batch[name][1] in told, f"{name}: expected {batch[name][1]!r}, got {told}"
        assert seconds < 30, f"{name} took {seconds:.1f} s"
        attempts.append(data["attempt"])
    assert '"passed": true' in json.loads(runs["fake_verdict.py"][0].stdout)["output"]
    assert "DAMAGED" not in json.loads(runs["progress_db_tamper.py"][0].stdout)["output"]

    # the database: intact, one attempt per submission, each the one the CLI announced
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute("SELECT number FROM attempt WHERE exercise_id = 'softmax' ORDER BY id").fetchall()
        total = conn.execute("SELECT count(*) FROM attempt").fetchone()[0]
        progress = conn.execute("SELECT attempts, passed_at FROM progress WHERE exercise_id = 'softmax'").fetchone()
    assert sorted(r[0] for r in rows) == sorted(attempts), "attempts recorded do not match the submissions"
    assert total == setup_attempts + len(batch)
    assert progress == (len(batch), None)

    # no process left: no sandbox child of this test's sandboxes, nothing in their folders, no child of ours
    assert not [p for p in processes() if SANDBOX_MARKER in p[2] and str(sandbox_root) in p[2]]
    assert not strays(str(sandbox_root)), strays(str(sandbox_root))
    assert not descendants(os.getpid()), descendants(os.getpid())
    # nothing written outside: the escape targets, the sandboxes' parent folder, the workspace
    assert not [p for p in escape_paths if os.path.lexists(p)]
    assert list(sandbox_root.glob("mlfun-sandboxes-*/*")) == [], "a sandbox folder was left behind"
    assert sorted(p.name for p in workspace.iterdir()) == [".mlfun", "probability"]
    assert [p.name for p in (workspace / "probability").iterdir()] == ["softmax.md"]   # mlfun's statement


def test_cli_forged_frame_is_recorded(cli_workspace, tmp_path):
    workspace, env, setup_attempts = cli_workspace
    path = tmp_path / "forged.py"
    path.write_bytes(submission("forged_frames.py", variant="missing not a list"))
    proc, _ = _submit(path, workspace, env, "--json")
    with sqlite3.connect(workspace / ".mlfun" / "progress.db") as conn:
        recorded = conn.execute("SELECT count(*) FROM attempt WHERE exercise_id = 'softmax'").fetchone()[0]
    assert proc.returncode == 1, f"exit {proc.returncode}: {proc.stdout} {proc.stderr}"
    assert recorded == 1


def test_cli_text_output_with_markup_in_the_message(cli_workspace, tmp_path):
    """Rich markup in an exception message is shown as text, not interpreted (it once crashed
    `mlfun submit` with a MarkupError, exit 70)."""
    workspace, env, _ = cli_workspace
    path = tmp_path / "markup.py"
    path.write_text('def softmax(x, axis=-1):\n    raise ValueError("[/bold] [green]all checks passed[/green]")\n')
    proc, _ = _submit(path, workspace, env)
    assert proc.returncode == 1, f"exit {proc.returncode}: {proc.stderr}"
    assert "[/bold]" in proc.stdout and "internal error" not in proc.stderr
