"""Build `mlfun-client`: the wheel a cohort's learners install, from this same tree.

    python packaging/build_client.py [--out DIR] [--offline]

Plain `pip install mlfun` (the README's first command) is the whole course: a solo learner
grades on their own machine, so the references, case generators and mistakes come with it,
and they can read them. A cohort's learner grades on the server and must not get them. The
client is mlfun without `mlfun.exercises` (and without the server): `mlfun login`, `next`,
`show`, `submit`, `status`, `hint`, `history` and `logout` talk to the cohort's server over
cli/remote.py, which needs only the CLI, the grader's plain result objects and db/records.py.
Its dependencies are click and rich: no NumPy, no SQLAlchemy.

The packages are copied into a staging folder with a pyproject of their own and built there
with pip, and the wheel is then checked: a file of an exercise (its YAML, its reference,
its mistakes) anywhere in it stops the build. `--offline` builds with this environment's
setuptools and wheel instead of fetching them.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "mlfun-client"
PACKAGES = {"mlfun.cli": "cli", "mlfun.grader": "grader", "mlfun.db": "db"}
ONLY = {"db": ("__init__.py", "records.py")}      # the client reads the server's records; no store, no SQLAlchemy
DEPENDENCIES = ["click>=8.1", "rich>=13.0"]

PYPROJECT = """\
[build-system]
requires = ["setuptools>=68", "wheel"]
build-backend = "setuptools.build_meta"

[project]
name = "{name}"
version = "{version}"
description = "The learner's side of an mlfun cohort: next, submit, hint and status against the cohort's server."
requires-python = ">=3.10"
license = {{text = "MIT"}}
dependencies = {dependencies}

[project.scripts]
mlfun = "mlfun.cli.main:main"

[tool.setuptools]
package-dir = {package_dir}
packages = {packages}
include-package-data = false
"""


class CourseMaterialFound(RuntimeError):
    """The wheel holds a file of an exercise: it must not reach a cohort's learners."""


def version() -> str:
    """The version of the main distribution: client and server are released together."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    return re.search(r'^version = "([^"]+)"', text, re.MULTILINE).group(1)


def stage(into: Path) -> Path:
    """The client's sources and its pyproject, in `into`."""
    skip = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in PACKAGES.values():
        if folder in ONLY:
            (into / folder).mkdir(parents=True)
            for name in ONLY[folder]:
                shutil.copy2(ROOT / folder / name, into / folder / name)
        else:
            shutil.copytree(ROOT / folder, into / folder, ignore=skip)
    table = ", ".join(f'"{package}" = "{folder}"' for package, folder in PACKAGES.items())
    (into / "pyproject.toml").write_text(PYPROJECT.format(
        name=NAME, version=version(), dependencies=_toml_list(DEPENDENCIES), package_dir="{" + table + "}",
        packages=_toml_list(PACKAGES)), encoding="utf-8")
    return into


def _toml_list(items) -> str:
    return "[" + ", ".join(f'"{item}"' for item in items) + "]"


def course_material(names: list[str]) -> list[str]:
    """The wheel's files that belong to exercises: anything under mlfun/exercises, any YAML,
    any reference*.py, anything in a folder named mistakes."""
    return [n for n in names
            if n.startswith("mlfun/exercises/") or n.endswith((".yaml", ".yml"))
            or re.search(r"(^|/)reference[^/]*\.py$", n) or "/mistakes/" in f"/{n}"]


def build(out: Path, offline: bool = False) -> Path:
    """Build the wheel into `out` and prove it carries no course material; returns its path."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mlfun-client-") as tmp:
        staged = stage(Path(tmp) / "src")
        command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(out), str(staged)]
        if offline:
            command.insert(4, "--no-build-isolation")
        subprocess.run(command, check=True)
    wheel = max(out.glob(f"{NAME.replace('-', '_')}-{version()}-*.whl"), key=lambda p: p.stat().st_mtime)
    with zipfile.ZipFile(wheel) as archive:
        found = course_material(archive.namelist())
    if found:
        wheel.unlink()
        raise CourseMaterialFound(f"{wheel.name} would ship course material: {', '.join(found[:5])}")
    return wheel


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where to write the wheel (default: dist/)")
    parser.add_argument("--offline", action="store_true",
                        help="build with this environment's setuptools and wheel, without fetching them")
    args = parser.parse_args()
    print(build(args.out, args.offline))


if __name__ == "__main__":
    main()
