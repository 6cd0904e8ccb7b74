"""Shared fixtures: a fresh workspace and database per test, and the built-in catalog."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# A diagnosis that crashes is silent for a learner (diagnosis.diagnose); in the tests it fails.
os.environ.setdefault("MLFUN_STRICT_DIAGNOSIS", "1")


@pytest.fixture(scope="session")
def catalog():
    from mlfun.grader.catalog import Catalog

    return Catalog.load()


@pytest.fixture(scope="session")
def zygote():
    """One warm grading zygote for the session: every grade still runs in its own confined
    child, forked with NumPy already imported, as `mlfun watch` and the workers grade."""
    from mlfun.grader.launch import Zygote

    with Zygote() as warm:
        yield warm


@pytest.fixture()
def workspace(tmp_path, monkeypatch):
    """An empty workspace, with its own SQLite database, used by the CLI through the environment."""
    root = tmp_path / "ws"
    root.mkdir()
    monkeypatch.setenv("MLFUN_WORKSPACE", str(root))
    monkeypatch.delenv("MLFUN_DATABASE_URL", raising=False)
    monkeypatch.delenv("MLFUN_EXERCISES", raising=False)
    monkeypatch.setenv("MLFUN_LEARNER", "tester")
    monkeypatch.chdir(root)
    return root


def run_mlfun(*args: str, cwd: Path | None = None, env: dict | None = None, timeout: float = 120):
    """Run the installed `mlfun` as a learner would, in a subprocess."""
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "-m", "mlfun.cli", *args], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture(autouse=True)
def _no_diagnosis_crashes(caplog):
    """A diagnosis that raises is logged and swallowed, so the learner still gets a verdict (without
    the diagnosis): in a test, any such crash fails it."""
    yield
    crashes = [r.getMessage() for r in caplog.records if r.name == "mlfun.grader" and r.levelname == "ERROR"]
    assert not crashes, crashes
