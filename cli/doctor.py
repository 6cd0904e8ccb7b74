"""`mlfun doctor`: what this machine gives mlfun, checked for real."""
from __future__ import annotations

import platform
import sys

from .app import Env

EXPECTED_PROTECTIONS = ("network namespace", "PID namespace", "IPC namespace", "read-only filesystem",
                        "resource limits")


def diagnose_setup(env: Env) -> dict:
    import numpy

    report = {"python": platform.python_version(), "executable": sys.executable, "numpy": numpy.__version__,
              "platform": platform.platform(), "workspace": str(env.workspace.root)}
    report["database"] = _database(env)
    report["isolation"] = _isolation()
    report["exercises"] = _exercises(env)
    report["ok"] = report["database"]["ok"] and not report["exercises"]["errors"]
    return report


def _database(env: Env) -> dict:
    from mlfun.grader.errors import MlfunError

    course = env.course
    try:
        return {"ok": True, "url": course.store.url, "attempts": course.store.count_attempts()}
    except MlfunError as err:
        return {"ok": False, "error": str(err)}


def _isolation() -> dict:
    from mlfun.grader.sandbox import probe_protections

    active = probe_protections()
    missing = [p for p in EXPECTED_PROTECTIONS if not any(a.startswith(p) for a in active)]
    return {"active": active, "missing": missing,
            "level": "full" if not missing else "resource limits only" if len(missing) >= 4 else "partial"}


def _exercises(env: Env) -> dict:
    catalog = env.course.catalog
    from mlfun.grader.catalog import exercise_dirs

    return {"count": len(catalog.entries), "folders": [str(d) for d in exercise_dirs()],
            "errors": [str(e) for e in catalog.errors] + catalog.validate_graph()}
