"""The course on a cohort server: the same interface and result objects as LocalCourse, over
the server's JSON API, so every command renders and prints `--json` exactly as locally.

`mlfun login` keeps the server's address and the learner's personal token in
`<workspace>/.mlfun/remote.json` (mode 600). The standard library's urllib is enough for a
handful of JSON calls and keeps a learner's install and start-up small.

A network or server problem is one sentence; nothing here ever writes the learner's file
except to create a starter that does not exist yet.
"""
from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

from mlfun.grader.errors import MlfunError

from .course import ExerciseState, NextInfo, Submission, _read
from .workspace import Workspace

CONFIG = "remote.json"
TIMEOUT = 70.0          # seconds for one request (a verdict wait is at most VERDICT_WAIT of it)
VERDICT_WAIT = 50      # seconds the server holds a request for a verdict: it wakes it when the
                       # verdict is committed, so a longer wait only means fewer requests
PATIENCE = 600.0        # seconds `submit` waits for a grader before it leaves the submission queued
OUTAGE_PATIENCE = 30.0  # seconds `submit` keeps asking a server that stopped answering (a restart, say)


class ServerError(MlfunError):
    pass


class ServerAway(ServerError):
    """The server did not answer, or answered that it cannot serve now (5xx): worth asking again."""


@dataclass(frozen=True)
class Login:
    server: str
    token: str
    learner: str
    cohort: str


def login(workspace: Workspace, server: str, join_token: str, name: str) -> Login:
    """Join with the cohort's join token: the server makes the learner and their own token."""
    server = server.rstrip("/")
    data = _call("POST", server, "/api/v1/join", None, {"join_token": join_token, "name": name})
    return _save(workspace, Login(server, data["token"], data["learner"], data["cohort"]))


def resume(workspace: Workspace, server: str, token: str) -> Login:
    """Log in with the learner's own token (another machine, or one the instructor reissued)."""
    server = server.rstrip("/")
    data = _call("GET", server, "/api/v1/me", token)
    return _save(workspace, Login(server, token, data["learner"], data["cohort"]))


def _save(workspace: Workspace, found: Login) -> Login:
    path = workspace.state_dir / CONFIG
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        json.dump(found.__dict__, out, indent=2)
    return found


def saved_login(workspace: Workspace) -> Login | None:
    path = workspace.state_dir / CONFIG
    if not path.exists():
        return None
    try:
        return Login(**json.loads(path.read_text()))
    except (ValueError, TypeError) as err:
        raise MlfunError(f"{path} is not a valid mlfun login ({err})", "log in again: mlfun login SERVER TOKEN --name NAME")


class RemoteCourse:
    load_errors: tuple = ()       # the server's broken files are its instructor's to fix, not a learner's

    def __init__(self, workspace: Workspace, login: Login):
        self.workspace, self.login = workspace, login
        self._modules: dict[str, tuple[str, str]] = {}

    def _get(self, path: str) -> dict:
        return _call("GET", self.login.server, path, self.login.token)

    def _post(self, path: str, body: dict) -> dict:
        return _call("POST", self.login.server, path, self.login.token, body)

    # -- exercises and files ----------------------------------------------------------------

    def _public(self, exercise_id: str) -> dict:
        return self._get(f"/api/v1/exercises/{_quote(exercise_id)}")

    def file_for(self, exercise_id: str) -> Path:
        if exercise_id not in self._modules:
            info = self._public(exercise_id)
            self._modules[exercise_id] = (info["topic"], info["module"])
        return self.workspace.file_for(*self._modules[exercise_id])

    def _open(self, info: dict) -> NextInfo:
        path = self.workspace.file_for(info["topic"], info["module"])
        written = not path.exists()
        if written:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(info["starter"], encoding="utf-8")
        return NextInfo(info["exercise"], info["topic"], info["title"], path, info["statement"], written, info["hints"])

    def next(self) -> NextInfo:
        info = self._get("/api/v1/next")
        return NextInfo(None) if info.get("done") else self._open(info)

    def show(self, exercise_id: str) -> dict:
        info = self._public(exercise_id)
        path = self.workspace.file_for(info["topic"], info["module"])
        return {"exercise": info["exercise"], "title": info["title"], "topic": info["topic"], "state": info["state"],
                "file": str(path), "statement": info["statement"], "blockers": info["blockers"],
                "attempts": info["attempts"], "hints_taken": info["hints_taken"], "hints_total": info["hints"],
                "deadline": info.get("deadline")}

    def reset(self, exercise_id: str) -> Path | None:
        info = self._public(exercise_id)
        return self.workspace.restore_starter(self.workspace.file_for(info["topic"], info["module"]),
                                              info["starter"], exercise_id)

    # -- submit -----------------------------------------------------------------------------

    def submit(self, exercise_id: str | None = None, file: Path | None = None, progress=None,
               wait: bool = True) -> Submission | dict:
        """Send the file, then wait for the verdict (`progress` hears where it is in the queue)."""
        if exercise_id is None:
            exercise_id = self._get("/api/v1/next").get("exercise")
            if exercise_id is None:
                raise MlfunError("every exercise is passed: there is nothing to submit",
                                 "name one to submit again: mlfun submit ID")
        path = Path(file) if file else self.file_for(exercise_id)
        source = _read(path, exercise_id)
        text = source.decode("utf-8", errors="replace")
        queued = self._post("/api/v1/submissions", {"exercise": exercise_id, "source": text})
        if not wait:
            return queued
        number = queued["submission"]
        give_up = time.monotonic() + PATIENCE
        while True:
            found = self._verdict(number, exercise_id, progress)
            if found["state"] == "graded":
                break
            if time.monotonic() > give_up:
                raise ServerError(f"no grader has finished submission {number} in {PATIENCE / 60:.0f} minutes; "
                                  "it stays queued", "see its verdict later with mlfun history, or tell your "
                                  "instructor that the graders seem to be down")
            if progress:
                progress(f"Submission {number} of {exercise_id}: " + (
                    "grading in the sandbox…" if found["state"] == "grading" else
                    f"waiting for a grader ({found['ahead']} ahead)…"))
        data = found["result"]
        from mlfun.grader.result import Result

        result = Result.from_json({k: v for k, v in data.items() if k not in ("attempt", "unlocked")})
        return Submission(result, data["attempt"], data.get("unlocked") or [], path)

    def _verdict(self, number: int, exercise_id: str, progress=None) -> dict:
        """Where submission `number` is. A server that stops answering is asked again for
        OUTAGE_PATIENCE seconds; then the learner hears that the submission is safe in the
        queue, so they do not submit it again."""
        away_since = None
        while True:
            try:
                return self._get(f"/api/v1/submissions/{number}?wait={VERDICT_WAIT}")
            except ServerAway as err:
                away_since = away_since or time.monotonic()
                if time.monotonic() - away_since > OUTAGE_PATIENCE:
                    raise ServerError(f"submission {number} of {exercise_id} is queued and safe on the server, but "
                                      f"the server stopped answering while you waited ({err})",
                                      "do not submit it again: it will be graded when the server is back; "
                                      "see its verdict then with mlfun history") from None
                if progress:
                    progress(f"Submission {number} of {exercise_id} is queued and safe; the server is not "
                             "answering, asking again…")
                time.sleep(2.0)

    # -- status, hints, history -------------------------------------------------------------

    @property
    def topics(self) -> dict:
        return self._status()[1]

    def _status(self):
        if not hasattr(self, "_status_cache"):
            data = self._get("/api/v1/status")
            states = [ExerciseState(e["id"], e["topic"], e["title"], e["state"], e["attempts"],
                                    _moment(e.get("deadline"))) for e in data["exercises"]]
            topics = {t["name"]: SimpleNamespace(name=t["name"], title=t["title"]) for t in data["topics"]}
            self._status_cache = (states, topics)
        return self._status_cache

    def status(self) -> list[ExerciseState]:
        return self._status()[0]

    def hint(self, exercise_id: str | None = None) -> dict:
        return self._post("/api/v1/hints", {"exercise": exercise_id})

    def history(self, exercise_id: str | None = None, limit: int = 20) -> tuple[list, None]:
        """The server's newest runs, and None: it does not say how many there are in all."""
        return self._history(exercise_id, limit), None

    def _history(self, exercise_id: str | None, limit: int) -> list:
        query = f"?limit={int(limit)}" + (f"&exercise={_quote(exercise_id)}" if exercise_id else "")
        return [_attempt(a) for a in self._get(f"/api/v1/history{query}")["attempts"]]


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _attempt(a: dict):
    from mlfun.db.records import AttemptRecord     # not db.store: a cohort client has no SQLAlchemy

    return AttemptRecord(a.get("id", a["attempt"]), a["exercise"], a["passed"], a["score"], a.get("seed"), "",
                         datetime.fromisoformat(a["created_at"]), 0.0, [],
                         [{"mistake": m, "hint": ""} for m in a["diagnosis"]], a["failure"],
                         number=a["attempt"], kind="test" if a.get("test") else "submit")


def _quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")


def _call(method: str, server: str, path: str, token: str | None, body: dict | None = None) -> dict:
    """One JSON request; every failure becomes one sentence that names the server."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(server + path, data=data, method=method)
    request.add_header("Accept", "application/json")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return json.loads(response.read())
    except urllib.error.HTTPError as err:
        raise _http_error(err, server) from None
    except urllib.error.URLError as err:
        raise ServerAway(f"cannot reach the mlfun server at {server} ({getattr(err.reason, 'strerror', None) or err.reason})",
                          "check your connection, or ask your instructor whether the server is up; "
                          "your files are unchanged") from None
    except (TimeoutError, OSError) as err:
        raise ServerAway(f"the mlfun server at {server} did not answer ({err})",
                          "try again in a moment; your files are unchanged") from None
    except ValueError:
        raise ServerError(f"the server at {server} did not answer like an mlfun server",
                          "check the address you logged in with") from None


def _http_error(err: urllib.error.HTTPError, server: str) -> ServerError:
    try:
        payload = json.loads(err.read())
    except ValueError:
        payload = None
    payload = payload if isinstance(payload, dict) else {}
    message, hint = payload.get("error"), payload.get("hint")
    if not message and "detail" in payload:          # the framework's own validation errors
        detail = payload["detail"]
        detail = "; ".join(d.get("msg", str(d)) for d in detail) if isinstance(detail, list) else detail
        message = f"the server refused the request ({err.code}): {detail}"
    if err.code == 401 and not hint:
        hint = "log in again: mlfun login SERVER JOIN_TOKEN --name NAME"
    if err.code >= 500 and not hint:
        hint = "the server had a problem; try again in a moment, your files are unchanged"
    kind = ServerAway if err.code >= 500 else ServerError
    return kind(message or f"the mlfun server at {server} answered {err.code} {err.reason}", hint)
