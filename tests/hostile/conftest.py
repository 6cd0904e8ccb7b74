"""Fixtures for the hostile-submission suite; the helpers live in hostile_support.py."""
from __future__ import annotations

import shutil
import tempfile
import uuid
from pathlib import Path

import pytest
from .hostile_support import REPO, Hostile


@pytest.fixture(scope="session")
def softmax_exercise():
    from mlfun.grader.catalog import Catalog

    return Catalog.load().exercise("softmax")


@pytest.fixture()
def sandbox_root(monkeypatch, tmp_path_factory):
    """A world-traversable folder under /tmp where this test's sandbox work folders go, so that
    a stray process or a leftover folder of *this* test is told apart from anyone else's."""
    tmp_path_factory.getbasetemp()          # settle pytest's own temp root before redirecting tempfile
    root = Path(tempfile.mkdtemp(prefix="mlfun-hostile-"))
    root.chmod(0o755)
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    monkeypatch.setenv("MLFUN_SANDBOX_DIR", str(root))
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture()
def hostile(softmax_exercise, sandbox_root):
    h = Hostile(softmax_exercise, sandbox_root)
    yield h
    h.no_strays()


@pytest.fixture()
def escape_paths():
    """Paths outside the sandbox a hostile file tries to create; removed afterwards whatever happens."""
    token = uuid.uuid4().hex[:12]
    paths = [Path(f"/tmp/mlfun-escape-{token}"), REPO / f"mlfun-escape-{token}",
             Path.home() / f"mlfun-escape-{token}", Path(f"/var/tmp/mlfun-escape-{token}"),
             Path(f"/dev/shm/mlfun-escape-{token}")]
    yield paths
    for path in paths:
        try:
            path.unlink()
        except OSError:
            pass
