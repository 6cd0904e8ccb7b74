"""The allowlist view: learner code finds nothing of the machine but Python, NumPy, the grader,
its own file and its scratch folder, wherever secrets lie and whoever runs mlfun."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest
from .hostile_support import CORRECT, REPO, run_mlfun, submission


@pytest.fixture()
def planted(tmp_path):
    """A copy of a reference at random, world-readable paths (only the view can hide these), a
    root-only secret (0600 in a 0700 folder), a workspace with its database, a token in the
    grader's environment; all removed afterwards."""
    token = uuid.uuid4().hex
    made = []

    def folder(base: str, mode: int) -> Path:
        path = Path(tempfile.mkdtemp(prefix=f"mlfun-planted-{token[:6]}-", dir=base))
        path.chmod(mode)
        made.append(path)
        return path

    spots = [folder("/var/tmp", 0o755), folder("/srv" if os.path.isdir("/srv") else "/var/tmp", 0o755)]
    references = []
    for spot in spots:
        course = spot / "course" / "exercises" / "probability" / "softmax"
        course.mkdir(parents=True)
        for part in (spot, spot / "course", spot / "course" / "exercises", course.parent, course):
            part.chmod(0o755)
        (course / "reference.py").write_bytes(CORRECT)
        (course / "reference.py").chmod(0o644)
        references.append(course / "reference.py")
    vault = folder(str(Path.home()), 0o700)
    secret = vault / "secret.txt"
    secret.write_text(f"DATABASE_URL=postgresql://mlfun:{token}@db/cohort")
    secret.chmod(0o600)
    open_secret = spots[0] / "planted-open-secret.txt"
    open_secret.write_text(token)
    open_secret.chmod(0o644)
    workspace = spots[0] / "workspace"
    run = run_mlfun("next", "--json", env={"MLFUN_WORKSPACE": str(workspace)})
    assert run.returncode == 0, run.stderr
    database = workspace / ".mlfun" / "progress.db"
    assert database.exists()
    for path in [workspace, database.parent, database]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    yield {"token": token, "references": references, "secrets": [str(secret), str(open_secret), str(database)]}
    for path in made:
        shutil.rmtree(path, ignore_errors=True)


def test_nothing_outside_the_allowlist_is_found(hostile, planted, monkeypatch):
    """find / for references, globs of the places a clone lives, root's 0600 secret, a world-readable
    secret, the workspace database, and the grader's environment: none of them reachable."""
    monkeypatch.setenv("MLFUN_TEST_TOKEN", planted["token"])
    graded = hostile.grade(submission("find_secrets.py", secrets=planted["secrets"], token=planted["token"],
                                      parent=os.getpid()), wall=8.0, cpu=8.0)
    assert "FOUND" not in graded.result.output, graded.result.output
    assert graded.result.passed, graded.failure_text
    assert planted["token"] not in repr(graded.result.to_json())
    assert all(path.exists() for path in planted["references"])     # they were there to be found


@pytest.mark.slow     # a control of the test above: the same search, unconfined (8 s of find /)
def test_the_search_itself_finds_them_outside_the_sandbox(planted, tmp_path):
    """The control: the same file run as a plain program (no sandbox) finds every planted copy, so
    the test above does not pass by searching badly."""
    program = tmp_path / "search.py"
    program.write_bytes(submission("find_secrets.py", secrets=planted["secrets"], token=planted["token"],
                                   parent=os.getpid()))
    run = subprocess.run([sys.executable, str(program)], capture_output=True, text=True, timeout=300)
    assert all(f"REFERENCE {path}" in run.stdout for path in planted["references"]), \
        [line for line in run.stdout.splitlines() if "planted" in line] or run.stderr[-2000:]
    assert f"READ {planted['secrets'][1]}" in run.stdout            # the world-readable secret
    assert "progress.db" in run.stdout


def test_the_degraded_sandbox_says_what_it_lacks(hostile, monkeypatch):
    monkeypatch.setenv("MLFUN_SANDBOX_NAMESPACES", "0")
    from mlfun.grader.isolation import usable_by_nobody

    if os.geteuid() == 0 and not usable_by_nobody():
        from mlfun.grader.sandbox import SandboxUnavailable

        with pytest.raises(SandboxUnavailable, match="cannot run learner code safely"):
            hostile.grade(CORRECT)
        return
    graded = hostile.grade(CORRECT)
    assert graded.result.passed, graded.failure_text
    missing = graded.result.to_json()["sandbox"]["missing"]
    assert missing[:4] == ["file system view", "network namespace", "PID namespace", "IPC namespace"], missing


def test_a_full_sandbox_reports_nothing_missing(hostile):
    graded = hostile.grade(CORRECT)
    sandbox = graded.result.to_json()["sandbox"]
    assert sandbox["missing"] == [], sandbox
    if os.geteuid() == 0:
        assert "runs as the unprivileged user 'nobody'" in sandbox["protections"]


@pytest.mark.skipif(os.geteuid() != 0, reason="the outside uid matters when mlfun runs as root")
def test_learner_code_never_runs_as_root_outside(sandbox_root):
    """Looked at from outside (not what the child says): the learner's process is `nobody`."""
    from mlfun.grader.probe import probe_sandbox

    report = probe_sandbox()
    assert report["tried"]["uid outside"] == 65534, report
    assert report["tried"]["planted file seen"] is False, report
    assert report["level"] == "full", report


def test_doctor_tries_the_sandbox(tmp_path):
    run = run_mlfun("doctor", "--json", env={"MLFUN_WORKSPACE": str(tmp_path / "ws")})
    import json

    isolation = json.loads(run.stdout)["isolation"]
    assert isolation["level"] == "full" and isolation["tried"]["planted file seen"] is False, isolation
    forced = run_mlfun("doctor", "--json", env={"MLFUN_WORKSPACE": str(tmp_path / "ws"), "MLFUN_SANDBOX_NAMESPACES": "0"})
    degraded = json.loads(forced.stdout)["isolation"]
    assert degraded["level"] != "full", degraded
    assert "network namespace" in degraded["missing"] or "cannot run learner code safely" in degraded["missing"][0]


def test_the_allowlist_names_no_site_packages_and_masks_the_course():
    """What the parent allows: folders of Python, NumPy and the grader, never a whole site-packages,
    and every exercise folder that an allowed folder would show is masked."""
    import numpy

    from mlfun.grader.catalog import exercise_dirs
    from mlfun.grader.view import SITE_DIRS, _inside, paths

    allowed = paths([str(d) for d in exercise_dirs()])
    assert os.path.dirname(os.path.realpath(numpy.__file__)) in allowed["binds"]
    assert not [b for b in allowed["binds"] if os.path.basename(b) in SITE_DIRS], allowed["binds"]
    for folder in exercise_dirs():
        real = os.path.realpath(folder)
        holders = [b for b in allowed["binds"] if _inside(real, b)]
        assert not holders or any(_inside(real, m) for m in allowed["masks"]), (real, holders)


def test_a_worker_refuses_a_weaker_sandbox_unless_told(tmp_path):
    env = {"MLFUN_WORKSPACE": str(tmp_path / "ws"), "MLFUN_SANDBOX_NAMESPACES": "0",
           "MLFUN_DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:1/none"}
    refused = run_mlfun("worker", env=env, timeout=120)
    assert refused.returncode != 0
    assert ("sandbox is weaker than full (missing: file system view, network namespace" in refused.stderr
            and "--allow-weaker-sandbox" in refused.stderr) or "cannot run learner code safely" in refused.stderr, \
        refused.stderr
