"""Trying the sandbox instead of believing it: what `mlfun doctor` and a worker's start-up check.

A sandbox child reports the protections it set up; that is a claim. The probe tests the claim
the way an attacker would: it plants a readable file outside the sandbox and asks the child to
read it, asks it to read the grader's own environment through /proc, and looks at the child
from outside to see which user it really runs as. Any protection the tries contradict is
counted as missing, whatever the child said.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile

from .isolation import missing
from .model import Limits
from .sandbox import Sandbox, _Collector

MARK = "MLFUN-PROBE "
PROBE = '''import hashlib, json, os

def _try(planted, parent):
    facts = {"uid": os.getuid()}
    try:
        with open(planted) as f:
            facts["planted"] = f.read()
    except OSError:
        facts["planted"] = None
    try:
        with open(f"/proc/{parent}/environ", "rb") as f:
            facts["environ"] = hashlib.sha256(f.read()).hexdigest()
    except OSError:
        facts["environ"] = None
    return facts

print(%(mark)r + json.dumps(_try(%(planted)r, %(parent)d)), flush=True)


def probe():
    return 1
'''


def probe_sandbox(isolate: bool = True) -> dict:
    """Run the probe in a real sandbox: {"active", "missing", "tried", "level"}."""
    folder = tempfile.mkdtemp(prefix="mlfun-probe-")
    try:
        os.chmod(folder, 0o755)                 # readable by anyone: only the sandbox may hide it
        planted = os.path.join(folder, "planted-secret.txt")
        token = os.urandom(16).hex()
        with open(planted, "w") as f:
            f.write(token)
        os.chmod(planted, 0o644)
        source = PROBE % {"mark": MARK, "planted": planted, "parent": os.getpid()}
        sandbox = Sandbox(source.encode(), "probe", ("probe",), ("out",), None, (), Limits(), isolate)
        with sandbox:
            sandbox.start()
            collector = _Watching(sandbox)
            outcome = collector.collect()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return _judge(outcome, token, collector.outside_uid)


def _judge(outcome, token: str, outside_uid: int | None) -> dict:
    facts = _facts(outcome.output)
    own = _environ_digest()
    tried = {"a planted file outside the sandbox was readable": facts.get("planted") == token,
             "the grader's environment was readable": facts.get("environ") is not None and facts.get("environ") == own,
             "learner code ran as root outside": outside_uid == 0,
             "the probe could not run": not facts}
    lacking = missing(outcome.protections)
    failed = [what for what, bad in tried.items() if bad]
    level = "full" if not lacking and not failed else "resource limits only" if len(lacking) >= 4 else "partial"
    return {"active": list(outcome.protections), "missing": lacking + failed, "level": level,
            "tried": {"planted file seen": tried["a planted file outside the sandbox was readable"],
                      "grader environment seen": tried["the grader's environment was readable"],
                      "uid outside": outside_uid}}


def _facts(output: str) -> dict:
    for line in output.splitlines():
        if line.startswith(MARK):
            try:
                return json.loads(line[len(MARK):])
            except ValueError:
                return {}
    return {}


def _environ_digest() -> str | None:
    try:
        with open("/proc/self/environ", "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    except OSError:
        return None


class _Watching(_Collector):
    """Stops once the probe module is loaded, and looks at the learner's process from outside first."""

    def __init__(self, sandbox: Sandbox):
        super().__init__(sandbox, None)
        self.outside_uid = None

    def on_load(self, event: str, message: dict) -> bool:
        if event == "loaded":
            self.outside_uid = learner_uid(self.sandbox.handle.pid)
        return super().on_load(event, message)


def learner_uid(root_pid: int) -> int | None:
    """The real user id, as this process sees it, of the innermost process under `root_pid` (the one
    that runs learner code: below the namespace relay and the PID namespace's reaper)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    pid = root_pid
    while children.get(pid):
        pid = max(children[pid])
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("Uid:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None
