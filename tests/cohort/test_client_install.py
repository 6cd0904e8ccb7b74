"""The cohort client (packaging/build_client.py, issue #21): its wheel holds no exercise's
reference, mistakes or YAML, and installed alone in a fresh virtualenv, with only the
dependencies it declares, it runs a learner's whole day against a real server.

No network: the wheel is built with this environment's setuptools, and the dependencies are
copied from this environment's site-packages, file by file from their RECORD."""
from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from mlfun.grader.catalog import Catalog

from .support import Server, Worker, environment, mlfun_json

ROOT = Path(__file__).resolve().parents[2]
MATMUL = Catalog.load().exercise("matmul")


def _build_client():
    spec = importlib.util.spec_from_file_location("build_client", ROOT / "packaging" / "build_client.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Client:
    """A virtualenv holding only mlfun-client and what its metadata requires."""

    def __init__(self, folder: Path, wheel: Path):
        self.folder, self.wheel = folder, wheel
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
        self.python = folder / "bin" / "python"
        subprocess.run([sys.executable, "-m", "pip", "--python", str(self.python), "install", "--quiet",
                        "--no-deps", "--no-index", str(wheel)], check=True)
        site = Path(self.run_python("import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip())
        for dist in _closure(self.requires()):
            _copy_distribution(dist, site)

    def requires(self) -> list[str]:
        with zipfile.ZipFile(self.wheel) as archive:
            meta = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
            lines = archive.read(meta).decode().splitlines()
        return [line.split(":", 1)[1].strip() for line in lines if line.startswith("Requires-Dist:")]

    def run_python(self, code: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(self.python), "-c", code], capture_output=True, text=True, timeout=60)

    def mlfun(self, *args: str, env: dict, codes=(0,)) -> subprocess.CompletedProcess:
        done = subprocess.run([str(self.folder / "bin" / "mlfun"), *args], env=env, capture_output=True,
                              text=True, timeout=180)
        assert done.returncode in codes, (args, done.returncode, done.stderr, done.stdout)
        return done

    def json(self, *args: str, env: dict, codes=(0,)) -> dict:
        return json.loads(self.mlfun(*args, "--json", env=env, codes=codes).stdout)


def _closure(requirements: list[str]) -> list:
    """The installed distributions these requirements need, transitively (extras left out)."""
    found, todo = {}, list(requirements)
    while todo:
        requirement = Requirement(todo.pop())
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        dist = importlib.metadata.distribution(requirement.name)
        if dist.metadata["Name"].lower() not in found:
            found[dist.metadata["Name"].lower()] = dist
            todo += dist.requires or []
    return list(found.values())


def _copy_distribution(dist, site: Path) -> None:
    for file in dist.files or ():
        if file.parts[0] == ".." or "__pycache__" in file.parts:       # console scripts, bytecode
            continue
        target = site / file
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(dist.locate_file(file), target)


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> Client:
    folder = tmp_path_factory.mktemp("client")
    wheel = _build_client().build(folder / "wheels", offline=True)
    return Client(folder / "venv", wheel)


def test_the_client_wheel_carries_no_course_and_runs_alone(client, tmp_path):
    names = zipfile.ZipFile(client.wheel).namelist()
    assert {"mlfun/cli/remote.py", "mlfun/cli/render.py", "mlfun/grader/result.py", "mlfun/grader/errors.py",
            "mlfun/db/records.py"} <= set(names)
    secrets = [n for n in names if "exercises" in n or n.endswith((".yaml", ".yml")) or "mistakes" in n
               or Path(n).name.startswith("reference")]
    assert secrets == [] and not any(n.startswith("mlfun/server/") for n in names)
    assert client.requires() == ["click>=8.1", "rich>=13.0"]

    env = environment(workspace=tmp_path / "ws")
    assert "login" in client.mlfun("--help", env=env).stdout
    assert "(cohort client)" in client.mlfun("--version", env=env).stdout
    for module in ("mlfun.exercises", "numpy", "sqlalchemy"):
        assert "ModuleNotFoundError" in client.run_python(f"import {module}").stderr
    alone = client.mlfun("next", env=env, codes=(3,))
    assert alone.stderr.startswith("mlfun: this is mlfun's cohort client: it has no exercises of its own")
    assert "hint: join your cohort first: mlfun login SERVER" in alone.stderr


def test_a_learner_with_only_the_client_takes_part_in_a_cohort(client, database_url, tmp_path):
    tokens = mlfun_json("cohort", "create", "autumn", env=environment(database_url))
    env = environment(workspace=tmp_path / "ada")
    with Server(database_url) as server, Worker(database_url):
        joined = client.mlfun("login", server.url, tokens["join_token"], "--name", "ada", env=env).stdout
        assert joined.startswith("Joined autumn on ")
        info = client.json("next", env=env)
        path = Path(info["file"])
        assert info["exercise"] == "matmul" and path.read_text() == MATMUL.starter.source
        assert client.json("show", "matmul", env=env)["statement"] == MATMUL.statement
        assert client.json("hint", env=env)["hints"] == list(MATMUL.hints[:1])
        wrong = client.json("submit", env=env, codes=(1,))
        assert not wrong["passed"] and wrong["seed"] is None
        path.write_text(MATMUL.reference.source)
        shown = client.mlfun("submit", "matmul", env=env).stdout        # rendered for a terminal, not JSON
        assert "Passed" in shown and "projection" in shown, shown
        states = {e["id"]: e["state"] for e in client.json("status", env=env)["exercises"]}
        assert states["matmul"] == "passed" and states["projection"] == "open"
        history = client.json("history", env=env)["attempts"]
        assert [(a["attempt"], a["passed"]) for a in history] == [(2, True), (1, False)]
        assert all(a["seed"] is None for a in history)
    assert "Logged out" in client.mlfun("logout", env=env).stdout
