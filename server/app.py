"""`mlfun serve`: the cohort's HTTP API (`/api/v1`, OpenAPI at `/api/v1/openapi.json`) and
the instructor dashboard (dashboard.py), over the same store as `mlfun submit`.

Exercises live here: a learner receives statements, starters and hints, never a
reference, a case generator or a mistake's code. Submissions are queued, not graded in
the web process: grading workers (worker.py) claim them, so a slow grade never blocks a
request and any number of machines can grade.

Every learner route reads the bearer token of one learner and touches only that learner's
rows; every instructor route checks the cohort's instructor token.
"""
from __future__ import annotations

import asyncio
import secrets
import time
from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import InterfaceError, OperationalError

from mlfun.db import queue
from mlfun.db.cohort import CohortError, Cohorts, JoinsLimited, Member, to_csv
from mlfun.db.store import Store
from mlfun.grader.errors import MlfunError, UnknownExercise

from .guards import AddressLimit, Clean, Id, Outage, nul_in_url, refused_nul
from .view import CohortView

MAX_SOURCE = 64 * 1024          # bytes of one submitted file: every solution in the course is < 10 KiB
MAX_BODY = 2 * MAX_SOURCE
MAX_WAIT = 55.0                 # seconds a request may wait for a verdict (proxies often cut at 60)


class ApiError(Exception):
    def __init__(self, status: int, message: str, hint: str | None = None):
        self.status, self.message, self.hint = status, message, hint


class Join(BaseModel):
    join_token: Clean = Field(max_length=200)
    name: Clean = Field(max_length=200)


class NewSubmission(BaseModel):
    exercise: Clean | None = Field(default=None, max_length=100)
    source: Clean = Field(max_length=MAX_SOURCE)


class HintRequest(BaseModel):
    exercise: Clean | None = Field(default=None, max_length=100)


def create_app(database_url: str, *, catalog=None, submissions_per_minute: int = 30,
               joins_per_minute: int = 120, joins_per_address: int = 30) -> FastAPI:
    """The ASGI app. `catalog` defaults to the installed course plus MLFUN_EXERCISES. Joins are
    limited per cohort (`joins_per_minute`) and per client address (`joins_per_address` a
    minute: a classroom behind one NAT address may need more)."""
    state = _State(database_url, catalog, submissions_per_minute, joins_per_minute, joins_per_address)

    @asynccontextmanager
    async def lifespan(_app):
        state.graded.start(asyncio.get_running_loop())
        yield
        state.graded.stop()
        state.store.close()

    app = FastAPI(title="mlfun cohort server", version="1", openapi_url="/api/v1/openapi.json",
                  docs_url="/api/v1/docs", redoc_url=None, lifespan=lifespan)
    app.state.mlfun = state

    @app.middleware("http")
    async def limit_body(request: Request, call_next):
        if nul_in_url(request.url.path, request.url.query):
            return refused_nul()
        length = request.headers.get("content-length")
        if request.method in ("POST", "PUT", "PATCH") and not (length and length.isdigit()):
            return _error(411, "a request with a body must say its length (Content-Length)")   # no endless chunks
        if length and int(length) > MAX_BODY:
            return _error(413, f"the request is too large ({int(length) // 1024} KiB; the limit is "
                               f"{MAX_BODY // 1024} KiB)", "submit only your solution file")
        return await call_next(request)

    @app.exception_handler(ApiError)
    async def api_error(_request, err: ApiError):
        return _error(err.status, err.message, err.hint)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request, err: RequestValidationError):
        first = err.errors()[0] if err.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ())[1:]) or "the request"
        if first.get("type") == "string_too_long" and where == "source":
            return _error(413, f"your file is too large (the limit is {MAX_SOURCE // 1024} KiB of text)",
                          "submit only your solution")
        return _error(422, f"{where}: {first.get('msg', 'not valid')}", "check what you sent against /api/v1/docs")

    @app.exception_handler(OperationalError)
    @app.exception_handler(InterfaceError)
    async def database_away(_request, err: Exception):
        return state.outage.answer(err)

    @app.exception_handler(MlfunError)
    async def mlfun_error(_request, err: MlfunError):
        status = 429 if isinstance(err, (queue.RateLimited, JoinsLimited)) else 404 if isinstance(err, UnknownExercise) else 409
        return _error(status, str(err), err.hint)

    _learner_routes(app, state)
    _instructor_routes(app, state)
    from .dashboard import add_dashboard

    add_dashboard(app, state)
    return app


TOKEN_TTL = 5.0         # seconds a checked token is trusted without asking the database again


class _State:
    """What every request shares: the store, the cohorts, the course."""

    def __init__(self, database_url: str, catalog, per_minute: int, joins_per_minute: int, joins_per_address: int):
        self.store = Store(database_url)
        self.engine = self.store.engine
        self.cohorts = Cohorts(self.engine)
        self.per_minute, self.joins_per_minute = per_minute, joins_per_minute
        self.joins_by_address = AddressLimit(joins_per_address)
        self.outage = Outage()
        self._catalog = catalog
        self.graded = GradedListener(self.engine)
        self._members: dict[str, tuple[float, Member | None]] = {}

    @property
    def catalog(self):
        if self._catalog is None:
            from mlfun.grader.catalog import Catalog

            self._catalog = Catalog.load()
        return self._catalog

    def view(self, member: Member) -> CohortView:
        return CohortView(self.catalog, self.store, self.cohorts, member.learner_id, member.cohort_id)

    def member(self, token: str) -> Member | None:
        """Who holds this token. Kept for TOKEN_TTL seconds, which spares most requests a query;
        a token the instructor replaced (mlfun cohort reissue) stops working within that time."""
        now = time.monotonic()
        when, found = self._members.get(token, (0.0, None))
        if now - when > TOKEN_TTL:
            if len(self._members) > 4096:
                self._members.clear()
            found = self.cohorts.member(token)
            self._members[token] = (now, found)
        return found


class GradedListener:
    """Wakes the requests that wait for a verdict when a worker commits one: a thread LISTENs
    on PostgreSQL's notification channel, so hundreds of waiting learners cost no polling.
    While the listener is not connected (starting, or PostgreSQL away), waiters look again
    every second instead."""

    def __init__(self, engine):
        self.engine, self.loop, self.events, self.running, self.connected = engine, None, {}, False, False

    def start(self, loop) -> None:
        if self.engine.dialect.name != "postgresql":
            return
        import threading

        self.loop, self.running = loop, True
        threading.Thread(target=self._listen, name="mlfun-graded", daemon=True).start()

    def stop(self) -> None:
        self.running = False

    def expect(self, submission_id: int) -> asyncio.Event:
        """Register before looking at the submission, so a verdict committed in between still wakes us."""
        return self.events.setdefault(submission_id, asyncio.Event())

    async def wait(self, submission_id: int, event: asyncio.Event, timeout: float) -> None:
        try:
            await asyncio.wait_for(event.wait(), timeout)
        except asyncio.TimeoutError:
            pass
        finally:
            self.events.pop(submission_id, None)

    def _listen(self) -> None:
        import psycopg

        from mlfun.db.queue import GRADED_CHANNEL, libpq_url

        url = libpq_url(self.engine.url)
        while self.running:
            try:
                with psycopg.connect(url, autocommit=True) as conn:
                    conn.execute(f"LISTEN {GRADED_CHANNEL}")
                    self.connected = True
                    while self.running:               # looks up every second to see whether to stop
                        for note in conn.notifies(timeout=1.0):
                            self.loop.call_soon_threadsafe(self._wake, int(note.payload))
                    return
            except Exception:     # noqa: BLE001 - the server goes on; waiters fall back to looking every second
                self.connected = False
                time.sleep(1.0)

    def _wake(self, submission_id: int) -> None:
        event = self.events.get(submission_id)
        if event is not None:
            event.set()


def _error(status: int, message: str, hint: str | None = None) -> JSONResponse:
    return JSONResponse({"error": message, "hint": hint}, status_code=status)


LEARNER_HINT = "log in first: mlfun login SERVER JOIN_TOKEN --name NAME"
INSTRUCTOR_HINT = "send the cohort's instructor token (mlfun cohort create printed it) as 'Authorization: Bearer TOKEN'"


def _bearer(authorization: str | None, hint: str = LEARNER_HINT) -> str:
    if not authorization or not authorization.startswith("Bearer "):
        raise ApiError(401, "this needs your token", hint)
    return authorization[len("Bearer "):].strip()


def _learner_routes(app: FastAPI, state: _State) -> None:
    def member(authorization: str | None = Header(default=None)) -> Member:
        found = state.member(_bearer(authorization))
        if found is None:
            raise ApiError(401, "this token is not valid on this server",
                           "your instructor can give you a new one (mlfun cohort reissue); then mlfun logout "
                           "and mlfun login SERVER NEW_TOKEN")
        return found

    @app.post("/api/v1/join", tags=["learner"])
    def join(body: Join, request: Request) -> dict:
        """Join a cohort with its join token; returns your personal token (shown once)."""
        if not state.joins_by_address.allow(request.client.host if request.client else "?"):
            raise ApiError(429, "too many joins from your address in the last minute",
                           "wait a minute; an instructor whose class shares one address can raise "
                           "mlfun serve --joins-per-address")
        try:
            who, token = state.cohorts.join(body.join_token, body.name, state.joins_per_minute)
        except JoinsLimited:
            raise
        except CohortError as err:
            raise ApiError(403 if "not valid" in str(err) else 409, str(err), err.hint) from None
        return {"learner": who.name, "cohort": who.cohort, "token": token}

    @app.get("/api/v1/me", tags=["learner"])
    def me(who: Member = Depends(member)) -> dict:
        """Whose token this is: `mlfun login SERVER TOKEN` with a learner's own token asks it."""
        return {"learner": who.name, "cohort": who.cohort}

    @app.get("/api/v1/next", tags=["learner"])
    def next_exercise(me: Member = Depends(member)) -> dict:
        """The next open exercise: statement, starter and how many hints it has."""
        exercise_id = state.view(me).next_open()
        if exercise_id is None:
            return {"exercise": None, "done": True}
        return _public(state, exercise_id) | {"done": False}

    @app.get("/api/v1/exercises/{exercise_id}", tags=["learner"])
    def show(exercise_id: str, me: Member = Depends(member)) -> dict:
        """An exercise's public material and your state on it (locked ones too)."""
        view = state.view(me)
        view.require(exercise_id)
        passed = view.passed()
        progress = state.store.progress(me.learner_id).get(exercise_id)
        deadline = view.deadlines.get(exercise_id)
        return _public(state, exercise_id) | {
            "state": view.states(passed)[exercise_id], "blockers": view.blockers(exercise_id, passed),
            "attempts": progress.attempts if progress else 0, "hints_taken": progress.hints_taken if progress else 0,
            "deadline": deadline.isoformat() if deadline else None}

    @app.get("/api/v1/status", tags=["learner"])
    def status(me: Member = Depends(member)) -> dict:
        """Every exercise of your cohort: passed, open or locked, with your attempts and its deadline."""
        view = state.view(me)
        progress = state.store.progress(me.learner_id)
        topics = state.catalog.topics
        deadlines = view.deadlines
        exercises = [{"id": e.id, "topic": e.topic, "title": e.title, "state": s,
                      "attempts": progress[e.id].attempts if e.id in progress else 0,
                      "deadline": deadlines[e.id].isoformat() if deadlines.get(e.id) else None}
                     for e, s in ((state.catalog.entry(i), s) for i, s in view.states().items())]
        return {"cohort": me.cohort, "learner": me.name, "exercises": exercises,
                "topics": [{"name": t.name, "title": t.title} for t in topics.values()
                           if any(e["topic"] == t.name for e in exercises)]}

    @app.post("/api/v1/submissions", status_code=202, tags=["learner"])
    def submit(body: NewSubmission, me: Member = Depends(member)) -> dict:
        """Queue your solution for grading; poll GET /api/v1/submissions/{id} for the verdict."""
        view = state.view(me)
        exercise_id = body.exercise or view.next_open()
        if exercise_id is None:
            raise ApiError(409, "every exercise is passed: there is nothing to submit",
                           "name one to submit again: mlfun submit ID")
        view.require(exercise_id)
        blockers = view.blockers(exercise_id)
        if blockers:
            raise ApiError(409, f"'{exercise_id}' is locked", f"pass {', '.join(blockers[:3])} first")
        submission = queue.enqueue(state.engine, me.learner_id, exercise_id, body.source,
                                   secrets.randbelow(2 ** 31), state.per_minute)
        return {"submission": submission, "exercise": exercise_id, "state": "queued"}

    @app.get("/api/v1/submissions/{submission_id}", tags=["learner"])
    async def verdict(submission_id: Id, wait: float = Query(0.0, ge=0.0, allow_inf_nan=False),
                      me: Member = Depends(member)) -> dict:
        """Where your submission is (queued, grading, graded); with `wait`, hold the request up
        to that many seconds (at most 55) for the verdict."""
        import anyio

        deadline = time.monotonic() + min(wait, MAX_WAIT)
        while True:
            woken = state.graded.expect(submission_id)
            found = await anyio.to_thread.run_sync(queue.progress, state.engine, me.learner_id, submission_id)
            if found is None:
                raise ApiError(404, f"you have no submission {submission_id}")
            left = deadline - time.monotonic()
            if found.state == "graded" or left <= 0:
                break
            await state.graded.wait(submission_id, woken, left if state.graded.connected else min(left, 1.0))
        body = {"submission": submission_id, "state": found.state, "ahead": found.ahead}
        if found.state == "graded":
            attempt = await anyio.to_thread.run_sync(state.store.attempt, found.attempt_id)
            body["result"] = _attempt_json(attempt) | {"unlocked": found.unlocked}
        return body

    @app.post("/api/v1/hints", tags=["learner"])
    def hint(body: HintRequest, me: Member = Depends(member)) -> dict:
        """Reveal your next hint of an exercise (recorded); returns every hint revealed so far."""
        view = state.view(me)
        exercise_id = body.exercise or view.next_open()
        if exercise_id is None:
            raise ApiError(409, "every exercise is passed: there is no hint to take")
        view.require(exercise_id)
        blockers = view.blockers(exercise_id)
        if blockers:
            raise ApiError(409, f"'{exercise_id}' is locked", f"pass {', '.join(blockers[:3])} first")
        exercise = state.catalog.exercise(exercise_id)
        taken = state.store.take_hint(me.learner_id, exercise_id, len(exercise.hints))
        return {"exercise": exercise_id, "taken": taken, "total": len(exercise.hints),
                "hints": list(exercise.hints[:taken])}

    @app.get("/api/v1/history", tags=["learner"])
    def history(exercise: Clean | None = None, limit: int = 20, me: Member = Depends(member)) -> dict:
        """Your own attempts, newest first."""
        if exercise:
            state.view(me).require(exercise)
        attempts = state.store.history(me.learner_id, exercise, max(1, min(limit, 500)))
        return {"attempts": [_history_json(a) for a in attempts]}


def _public(state: _State, exercise_id: str) -> dict:
    """What a learner may see of an exercise: never its reference, cases or mistakes."""
    exercise = state.catalog.exercise(exercise_id)
    return {"exercise": exercise.id, "topic": exercise.topic, "title": exercise.title,
            "statement": exercise.statement, "module": exercise.module, "starter": exercise.starter.source,
            "hints": len(exercise.hints)}


def _attempt_json(a) -> dict:
    """The keys of `mlfun submit --json` (DESIGN.md's contract) but the seed: with it and an
    exercise's generator a learner could rebuild the hidden cases. It stays in the attempt's
    row, for the instructor."""
    return {"exercise": a.exercise, "passed": a.passed, "score": a.score, "checks": a.checks,
            "diagnosis": a.diagnosis, "failure": a.failure, "content_hash": a.content_hash,
            "duration": round(a.duration, 4), "output": "", "attempt": a.number}


def _history_json(a) -> dict:
    return {"attempt": a.number, "id": a.id, "test": a.kind == "test", "exercise": a.exercise, "passed": a.passed,
            "score": a.score, "created_at": a.created_at.isoformat(),        # no seed, as _attempt_json
            "diagnosis": [d["mistake"] for d in a.diagnosis], "failure": a.failure}


def _instructor_routes(app: FastAPI, state: _State) -> None:
    def cohort(authorization: str | None = Header(default=None)):
        found = state.cohorts.for_instructor(_bearer(authorization, INSTRUCTOR_HINT))
        if found is None:
            raise ApiError(403, "this is not an instructor token of any cohort")
        return found

    @app.get("/api/v1/cohort", tags=["instructor"])
    def overview(c=Depends(cohort)) -> dict:
        """The roster and, per exercise, pass rate, median attempts to pass and diagnosed mistakes."""
        grid = state.cohorts.grid(c.id, state.catalog)
        return {"cohort": c.name, "learners": grid.roster(),
                "exercises": [grid.exercise_summary(e) for e in grid.exercises],
                "grid": {row["learner"]: {e: cell.state for e, cell in grid.cells[row["id"]].items()}
                         for row in grid.roster()}}

    @app.get("/api/v1/cohort/export.csv", tags=["instructor"], response_class=PlainTextResponse)
    def export(c=Depends(cohort)) -> PlainTextResponse:
        """One row per learner and exercise: state, attempts, first pass, hints taken, deadline."""
        return PlainTextResponse(to_csv(state.cohorts.grid(c.id, state.catalog).export_rows()),
                                 media_type="text/csv")

    @app.get("/api/v1/cohort/learners/{learner_id}", tags=["instructor"])
    def learner_attempts(learner_id: Id, c=Depends(cohort)) -> dict:
        """One learner's attempts, with their source and feedback."""
        if state.cohorts.learner_in(c.id, learner_id) is None:
            raise ApiError(404, f"there is no learner {learner_id} in {c.name}")
        return {"attempts": [{"attempt": a["number"], "id": a["id"], "exercise": a["exercise_id"], "passed": a["passed"],
                              "score": a["score"], "created_at": a["created_at"].isoformat(),
                              "checks": a["checks"], "diagnosis": a["diagnosis"], "source": a["source"]}
                             for a in state.cohorts.attempts(learner_id)]}
