"""`mlfun doctor`: what this machine gives mlfun, checked for real."""
from __future__ import annotations

import platform
import sys

from .app import Env

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

    from mlfun.db.store import masked_url

    from .remote import RemoteCourse

    course = env.course
    if isinstance(course, RemoteCourse):        # logged in to a cohort: the server keeps the records
        return {"ok": True, "server": course.login.server, "cohort": course.login.cohort}
    try:
        return {"ok": True, "url": masked_url(course.store.url), "attempts": course.store.count_attempts()}
    except MlfunError as err:
        return {"ok": False, "error": str(err)}


def _isolation() -> dict:
    """Tried, not inferred: grader.probe plants a file, reads the environment, checks the user."""
    from mlfun.grader.probe import probe_sandbox
    from mlfun.grader.sandbox import SandboxUnavailable

    try:
        return probe_sandbox()
    except SandboxUnavailable as err:
        return {"active": [], "missing": [str(err)], "level": "none: learner code cannot run here", "tried": {}}


def _exercises(env: Env) -> dict:
    """The exercises this install holds (a cohort's come from its server, and are checked there)."""
    from mlfun.grader.catalog import Catalog, exercise_dirs

    from .remote import RemoteCourse

    catalog = Catalog.load() if isinstance(env.course, RemoteCourse) else env.course.catalog

    return {"count": len(catalog.entries), "folders": [str(d) for d in exercise_dirs()],
            "errors": [str(e) for e in catalog.errors] + catalog.validate_graph()}
