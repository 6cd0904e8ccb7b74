"""The instructor dashboard: server-rendered HTML, no JavaScript, readable by a screen reader,
small enough at 3,000 learners (the roster and grid come a page of 100 learners at a time).

The page reads in the order an instructor acts: exercises that need attention (pass rate
among the learners who reached them, median attempts, the commonest diagnosed mistakes),
learners who are stuck, the roster (sort and filter by query parameters), then the grid.
Every figure comes from mlfun.db (cohort.py, analytics.py), as the CLI and the CSV do.

Security: logging in with the instructor token opens a server-side session (db/sessions.py);
the cookie holds only its random id. Forms carry a CSRF token (a double-submit cookie before
login, one tied to the session after). Every dashboard response forbids framing, caching
and sniffing, and its CSP allows nothing but the stylesheet served here. Jinja2 escapes
everything a learner typed (names, sources).
"""
from __future__ import annotations

import secrets
from datetime import datetime, timezone
from pathlib import Path

from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from mlfun.db import analytics
from mlfun.db.sessions import DashboardSessions, csrf_token

SESSION, CSRF = "mlfun_session", "mlfun_csrf"
HERE = Path(__file__).parent / "templates"
templates = Jinja2Templates(directory=str(HERE))
STYLE = (HERE / "dashboard.css").read_text()
SECURITY_HEADERS = {
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                               "frame-ancestors 'none'; base-uri 'none'",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
STUCK_SHOWN = 30          # stuck learners listed at the top; the roster's state=stuck shows them all
SIMILAR_CACHE = 64        # exercises whose similarity report is kept in memory


def add_dashboard(app: FastAPI, state) -> None:
    sessions = DashboardSessions(state.engine)
    similar_cache: dict = {}

    @app.middleware("http")
    async def secure_headers(request: Request, call_next):
        response = await call_next(request)
        if request.url.path == "/" or request.url.path.startswith("/dashboard"):
            response.headers.update(SECURITY_HEADERS)
        return response

    def cohort_of(request: Request):
        session_id = request.cookies.get(SESSION)
        return sessions.cohort(session_id) if session_id else None

    def to_login():
        return RedirectResponse("/dashboard/login", status_code=303)

    def page(request: Request, name: str, context: dict, status: int = 200):
        return templates.TemplateResponse(request, name, context, status_code=status)

    def login_page(request: Request, error: str | None = None, status: int = 200):
        token = request.cookies.get(CSRF) or secrets.token_urlsafe(32)
        response = page(request, "login.html", {"error": error, "csrf": token}, status)
        _cookie(response, request, CSRF, token)
        return response

    @app.get("/", include_in_schema=False)
    def home():
        return RedirectResponse("/dashboard", status_code=303)

    @app.get("/dashboard/style.css", include_in_schema=False)
    def style():
        return Response(STYLE, media_type="text/css")

    @app.get("/dashboard/login", response_class=HTMLResponse, include_in_schema=False)
    def login_form(request: Request):
        return login_page(request)

    @app.post("/dashboard/login", include_in_schema=False)
    def login(request: Request, token: str = Form(max_length=200), csrf: str = Form(default="", max_length=200)):
        expected = request.cookies.get(CSRF, "")
        if not (expected and secrets.compare_digest(expected, csrf)):
            return login_page(request, "This form expired or did not come from this server: log in again.", 403)
        cohort = state.cohorts.for_instructor(token.strip())
        if cohort is None:
            return login_page(request, "That is not the instructor token of any cohort on this server.", 403)
        response = RedirectResponse("/dashboard", status_code=303)
        _cookie(response, request, SESSION, sessions.open(cohort.id))
        response.delete_cookie(CSRF, path="/dashboard")
        return response

    @app.post("/dashboard/logout", include_in_schema=False)
    def logout(request: Request, csrf: str = Form(default="", max_length=200)):
        session_id = request.cookies.get(SESSION)
        if not session_id:
            return to_login()
        if not secrets.compare_digest(csrf_token(session_id), csrf):
            return HTMLResponse("This form did not come from your dashboard.", status_code=403)
        sessions.close(session_id)
        response = to_login()
        response.delete_cookie(SESSION, path="/dashboard")
        return response

    @app.get("/dashboard", response_class=HTMLResponse, include_in_schema=False)
    def overview(request: Request):
        cohort = cohort_of(request)
        if cohort is None:
            return to_login()
        params = request.query_params      # read by hand: a bad value falls back to a default, never a 422
        query = analytics.RosterQuery.of(params.get("sort"), params.get("order"), params.get("q"),
                                         params.get("state"), _number(params.get("page")))
        grid = state.cohorts.grid(cohort.id, state.catalog)
        roster = grid.roster()
        stuck = sorted((r for r in roster if r["stuck"]),
                       key=lambda r: (r["stuck_kind"] != "attempts", -r["attempts_without_pass"], r["learner"]))
        return page(request, "cohort.html", {
            "cohort": cohort, "grid": grid, "learners": len(roster), "query": query,
            "attention": analytics.needs_attention([grid.exercise_summary(e) for e in grid.exercises]),
            "stuck": stuck[:STUCK_SHOWN], "stuck_total": len(stuck),
            "shown": analytics.roster_page(roster, query), "csrf": csrf_token(request.cookies[SESSION]),
            "titles": {e.id: e.title for e in state.catalog.entries}, "link": _linker(query)})

    @app.get("/dashboard/export.csv", include_in_schema=False)
    def export(request: Request):
        from mlfun.db.cohort import to_csv

        cohort = cohort_of(request)
        if cohort is None:
            return to_login()
        text = to_csv(state.cohorts.grid(cohort.id, state.catalog).export_rows())
        return Response(text, media_type="text/csv", headers={
            "Content-Disposition": f'attachment; filename="{_filename(cohort.name)}.csv"'})

    @app.get("/dashboard/learners/{learner_id}", response_class=HTMLResponse, include_in_schema=False)
    def learner(request: Request, learner_id: int):
        cohort = cohort_of(request)
        if cohort is None:
            return to_login()
        found = state.cohorts.learner_in(cohort.id, learner_id) if 0 < learner_id < 2 ** 31 else None
        if found is None:
            return HTMLResponse("No such learner in this cohort.", status_code=404)
        return page(request, "learner.html", {
            "cohort": cohort, "learner": found, "attempts": state.cohorts.attempts(learner_id)})

    @app.get("/dashboard/similar/{exercise_id}", response_class=HTMLResponse, include_in_schema=False)
    def similar(request: Request, exercise_id: str):
        cohort = cohort_of(request)
        if cohort is None:
            return to_login()
        chosen = state.cohorts.exercises(cohort.id)
        if exercise_id not in state.catalog.by_id or (chosen and exercise_id not in chosen):
            return HTMLResponse("No such exercise in this cohort.", status_code=404)
        pairs, total, compared = _similar(state, similar_cache, cohort.id, exercise_id)
        return page(request, "similar.html", {"cohort": cohort, "exercise": exercise_id, "pairs": pairs,
                                              "total": total, "compared": compared})


def _similar(state, cache: dict, cohort_id: int, exercise_id: str) -> tuple[list, int, int]:
    """The similarity report of one exercise, computed again only when some learner's latest
    passing attempt changed (the cache key holds their attempt ids)."""
    from mlfun.db.similarity import Submission, similar_pairs

    latest = [Submission(*row) for row in analytics.latest_passing(state.engine, cohort_id, exercise_id)]
    key, ids = (cohort_id, exercise_id), tuple(s.attempt_id for s in latest)
    if key not in cache or cache[key][0] != ids:
        if len(cache) >= SIMILAR_CACHE:
            cache.pop(next(iter(cache)))
        starter = state.catalog.exercise(exercise_id).starter.source
        cache[key] = (ids, *similar_pairs(latest, starter))
    return cache[key][1], cache[key][2], len(latest)


def _cookie(response: Response, request: Request, name: str, value: str) -> None:
    response.set_cookie(name, value, httponly=True, samesite="strict", path="/dashboard",
                        secure=request.url.scheme == "https")


def _number(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() and len(text) < 7 else None


def _linker(query: analytics.RosterQuery):
    """Roster links that keep the other parameters: link(sort='passed') toggles the order."""
    from urllib.parse import urlencode

    def link(**changes) -> str:
        values = {"sort": query.sort, "order": query.order, "q": query.q, "state": query.state, "page": query.page}
        if "sort" in changes:
            same = changes["sort"] == query.sort
            changes |= {"order": ("desc" if query.order == "asc" else "asc") if same else _first_order(changes["sort"]),
                        "page": 1}
        values |= changes
        return "/dashboard?" + urlencode({k: v for k, v in values.items() if v not in ("", None)}) + "#roster"
    return link


def _first_order(column: str) -> str:
    """Names A to Z; figures and dates biggest or newest first."""
    return "asc" if column in ("learner", "last_attempted") else "desc"


def _filename(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in name) or "cohort"


def ago(iso: str | None, now: datetime | None = None) -> str:
    """'3 days ago', '5 hours ago', 'just now': what an instructor reads at a glance."""
    if not iso:
        return "never"
    when = datetime.fromisoformat(iso)
    when = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    seconds = ((now or datetime.now(timezone.utc)) - when).total_seconds()
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size:
            count = int(seconds // size)
            return f"{count} {unit}{'s' if count != 1 else ''} ago"
    return "just now"


templates.env.filters["ago"] = ago
