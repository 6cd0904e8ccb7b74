"""The sandbox in every deployment mlfun supports, each tried on a correct, a wrong and a
secret-hunting submission (issue 16). Run by .ci/run as root on a fresh machine:

    python .ci/deployments.py [--keep]

Rows: root with this machine's Python (a venv of the Python under /root, as CI's own), root with
Debian's system Python (a venv, as the docs' systemd template), an unprivileged user made here,
and the namespaces forced off (MLFUN_SANDBOX_NAMESPACES=0), where the result and `mlfun doctor`
must say what is missing (and root with a Python nobody can reach must refuse, not run).
Planted before the runs: a copy of a reference at a random world-readable path, a root-owned 0600
secret in a 0700 folder, a user-owned 0600 secret in the user's home, and a token in the
grader's environment. A row fails if its correct file does not pass, its wrong file passes, or
(where the sandbox is full) the hunt finds anything.
"""
from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

from mlfun.grader.isolation import usable_by_nobody

ROOT = Path(__file__).resolve().parent.parent
USER = "mlfun-ci"
REFERENCE = ROOT / "exercises" / "probability" / "softmax" / "reference.py"
WRONG = b"import numpy as np\n\n\ndef softmax(x, axis=-1):\n    e = np.exp(x)\n    return e / e.sum()\n"
HUNT = ROOT / "tests" / "hostile" / "submissions" / "find_secrets.py"


def main() -> int:
    token = uuid.uuid4().hex
    scratch = Path(tempfile.mkdtemp(prefix="mlfun-deploy-"))
    scratch.chmod(0o755)
    try:
        system_venv = _system_venv(scratch)
        user = _user()
        plants = _plant(scratch, token, user)
        files = _files(scratch, plants, token)
        rows = [
            ("root, this machine's Python", [sys.prefix + "/bin/mlfun"], {}, "full"),
            ("root, Debian's system Python", [str(system_venv / "bin" / "mlfun")], {}, "full"),
            (f"user {USER}, Debian's system Python", [str(system_venv / "bin" / "mlfun")], {"as": USER}, "full"),
            ("namespaces forced off, root, system Python", [str(system_venv / "bin" / "mlfun")],
             {"MLFUN_SANDBOX_NAMESPACES": "0"}, "degraded"),
            (f"namespaces forced off, user {USER}", [str(system_venv / "bin" / "mlfun")],
             {"MLFUN_SANDBOX_NAMESPACES": "0", "as": USER}, "degraded"),
        ]
        if not usable_by_nobody():
            rows.append(("namespaces forced off, root, Python under /root", [sys.prefix + "/bin/mlfun"],
                         {"MLFUN_SANDBOX_NAMESPACES": "0"}, "refuses"))
        failures = []
        print(f"{'deployment':<46} {'correct':<8} {'wrong':<8} {'hunt':<14} doctor / missing")
        for name, command, env, expect in rows:
            failures += _row(name, command, dict(env, MLFUN_CI_SECRET=token), expect, files, token, scratch)
    finally:
        if "--keep" not in sys.argv:
            shutil.rmtree(scratch, ignore_errors=True)
            if "system_venv" in locals():
                shutil.rmtree(system_venv, ignore_errors=True)
            for path in locals().get("plants", {}).get("cleanup", []):
                shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
    for failure in failures:
        print("FAILED:", failure)
    print("deployment matrix:", "all rows as expected" if not failures else f"{len(failures)} failure(s)")
    return 1 if failures else 0


def _row(name, command, env, expect, files, token, scratch) -> list[str]:
    workspace = scratch / f"ws-{uuid.uuid4().hex[:6]}"
    workspace.mkdir()
    user = pwd.getpwnam(env.pop("as", "root"))
    os.chown(workspace, user.pw_uid, user.pw_gid)
    env = dict(os.environ, MLFUN_WORKSPACE=str(workspace), HOME=user.pw_dir, **env)
    env.pop("MLFUN_SANDBOX_DIR", None)
    graded = {kind: _grade(command, env, path, user) for kind, path in files.items()}
    doctor = _run(command + ["doctor", "--json"], env, user)
    level = json.loads(doctor.stdout)["isolation"]["level"] if doctor.returncode == 0 else f"exit {doctor.returncode}"
    problems = []
    if expect == "refuses":
        for kind, (code, data, text) in graded.items():
            if code == 0 or "cannot run learner code safely" not in text:
                problems.append(f"{name}: {kind} was not refused ({code}: {text[-300:]})")
        print(f"{name:<46} {'refused':<8} {'refused':<8} {'refused':<14} {level}")
        return problems
    correct, wrong, hunt = (graded[k][1] for k in ("correct", "wrong", "hunt"))
    if not (correct and correct["passed"]):
        problems.append(f"{name}: the correct file did not pass: {graded['correct'][2][-500:]}")
    if not wrong or wrong["passed"]:
        problems.append(f"{name}: the wrong file passed (or did not run): {graded['wrong'][2][-500:]}")
    found = [line for line in (hunt or {}).get("output", "").splitlines()[1:] if line.strip()]
    missing = (correct or {}).get("sandbox", {}) or {}
    missing = missing.get("missing", ["?"])
    if expect == "full":
        if found or token in graded["hunt"][2]:
            problems.append(f"{name}: the hunt found {found[:5]}")
        if missing or level != "full":
            problems.append(f"{name}: sandbox not full: missing {missing}, doctor {level}")
    elif not missing or level == "full":
        problems.append(f"{name}: a degraded sandbox did not say what it lacks (missing {missing}, doctor {level})")
    hunt_text = "nothing found" if not found else f"{len(found)} found"
    print(f"{name:<46} {_mark(correct, True):<8} {_mark(wrong, False):<8} {hunt_text:<14} "
          f"{level}; missing: {', '.join(missing) or 'nothing'}")
    return problems


def _mark(data, should_pass) -> str:
    if not data:
        return "error"
    return ("passes" if data["passed"] else "fails") + (" ok" if data["passed"] == should_pass else " !!")


def _grade(command, env, path, user):
    run = _run(command + ["author", "grade", "softmax", str(path), "--json"], env, user)
    try:
        data = json.loads(run.stdout)
    except ValueError:
        data = None
    return run.returncode, data, run.stdout + run.stderr


def _run(command, env, user):
    """As `user` (root, or the unprivileged one), with no supplementary groups."""
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=600, cwd="/",
                          user=user.pw_uid, group=user.pw_gid, extra_groups=[])


def _system_venv(scratch: Path) -> Path:
    """A venv of Debian's /usr/bin/python3 in /opt, mlfun installed into it from this clone."""
    if subprocess.run(["/usr/bin/python3", "-c", "import ensurepip, venv"], capture_output=True).returncode:
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "python3-venv"], check=True,
                       env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    venv = Path(tempfile.mkdtemp(prefix="mlfun-system-venv-", dir="/opt"))
    venv.chmod(0o755)
    subprocess.run(["/usr/bin/python3", "-m", "venv", str(venv)], check=True)
    source = scratch / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(".venv", ".git", "build", "*.egg-info", "__pycache__"))
    subprocess.run([str(venv / "bin" / "pip"), "install", "-q", str(source)], check=True)
    shutil.rmtree(source / "build", ignore_errors=True)
    return venv


def _user() -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(USER)
    except KeyError:
        subprocess.run(["useradd", "--create-home", "--shell", "/bin/sh", USER], check=True)
        return pwd.getpwnam(USER)


def _plant(scratch: Path, token: str, user) -> dict:
    """What no full sandbox may show: a reference copy anyone may read, root's and the user's secrets."""
    spot = Path(tempfile.mkdtemp(prefix="mlfun-plant-", dir="/var/tmp"))
    course = spot / "course" / "exercises" / "probability" / "softmax"
    course.mkdir(parents=True)
    for path in [spot, *course.relative_to(spot).parents, course]:
        (spot / path).chmod(0o755)
    shutil.copy(REFERENCE, course / "reference.py")
    (course / "reference.py").chmod(0o644)
    vault = Path(tempfile.mkdtemp(prefix="mlfun-secret-", dir="/root"))
    vault.chmod(0o700)
    (vault / "secret.txt").write_text(f"MLFUN_DATABASE_URL=postgresql://mlfun:{token}@db/cohort")
    (vault / "secret.txt").chmod(0o600)
    home = Path(user.pw_dir)
    own = home / f"planted-{token[:8]}.txt"
    own.write_text(token)
    os.chown(own, user.pw_uid, user.pw_gid)
    own.chmod(0o600)
    return {"secrets": [str(vault / "secret.txt"), str(own)], "cleanup": [spot, vault, own]}


def _files(scratch: Path, plants: dict, token: str) -> dict:
    hunt = HUNT.read_text().replace("PARAMS = {}  # filled in by the test",
                                    f"PARAMS = {{'secrets': {plants['secrets']!r}, 'token': {token!r}, 'parent': -1}}")
    files = {"correct": REFERENCE.read_bytes(), "wrong": WRONG, "hunt": hunt.encode()}
    paths = {}
    for kind, data in files.items():
        path = scratch / f"{kind}.py"
        path.write_bytes(data)
        path.chmod(0o644)
        paths[kind] = path
    return paths


if __name__ == "__main__":
    sys.exit(main())
