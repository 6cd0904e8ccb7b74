"""The instructor dashboard: server-rendered HTML, no JavaScript, readable by a screen reader.

Log in with the cohort's instructor token (kept in an HttpOnly, SameSite=Strict cookie for
/dashboard only); see the roster, the learners x exercises grid, per-exercise pass rate,
median attempts to pass and how many learners made each diagnosed mistake, and open one
learner's attempts with their source and feedback. Jinja2 escapes everything a learner
typed (names, sources).
"""
from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

COOKIE = "mlfun_instructor"
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))

STATE_MARK = {"passed": "✓", "failing": "✗", "open": "·", "locked": ""}


def add_dashboard(app: FastAPI, state) -> None:
    def cohort_of(request: Request):
        token = request.cookies.get(COOKIE)
        return state.cohorts.for_instructor(token) if token else None

    def login_page(request: Request, error: str | None = None, status: int = 200):
        return templates.TemplateResponse(request, "login.html", {"error": error}, status_code=status)

    @app.get("/", include_in_schema=False)
    def home():
        return RedirectResponse("/dashboard", status_code=303)

    @app.get("/dashboard/login", response_class=HTMLResponse, include_in_schema=False)
    def login_form(request: Request):
        return login_page(request)

    @app.post("/dashboard/login", include_in_schema=False)
    def login(request: Request, token: str = Form(max_length=200)):
        if state.cohorts.for_instructor(token.strip()) is None:
            return login_page(request, "That is not the instructor token of any cohort on this server.", 403)
        response = RedirectResponse("/dashboard", status_code=303)
        response.set_cookie(COOKIE, token.strip(), httponly=True, samesite="strict", path="/dashboard",
                            secure=request.url.scheme == "https")
        return response

    @app.post("/dashboard/logout", include_in_schema=False)
    def logout():
        response = RedirectResponse("/dashboard/login", status_code=303)
        response.delete_cookie(COOKIE, path="/dashboard")
        return response

    @app.get("/dashboard", response_class=HTMLResponse, include_in_schema=False)
    def overview(request: Request):
        cohort = cohort_of(request)
        if cohort is None:
            return RedirectResponse("/dashboard/login", status_code=303)
        grid = state.cohorts.grid(cohort.id, state.catalog)
        summaries = [grid.exercise_summary(e) for e in grid.exercises]
        tried = [s for s in summaries if s["tried"]]
        return templates.TemplateResponse(request, "cohort.html", {
            "cohort": cohort, "grid": grid, "roster": grid.roster(), "summaries": summaries, "tried": tried,
            "marks": STATE_MARK, "titles": {e.id: e.title for e in state.catalog.entries}})

    @app.get("/dashboard/export.csv", include_in_schema=False)
    def export(request: Request):
        from fastapi.responses import Response

        from mlfun.db.cohort import to_csv

        cohort = cohort_of(request)
        if cohort is None:
            return RedirectResponse("/dashboard/login", status_code=303)
        text = to_csv(state.cohorts.grid(cohort.id, state.catalog).export_rows())
        return Response(text, media_type="text/csv", headers={
            "Content-Disposition": f'attachment; filename="{_filename(cohort.name)}.csv"'})

    @app.get("/dashboard/learners/{learner_id}", response_class=HTMLResponse, include_in_schema=False)
    def learner(request: Request, learner_id: int):
        cohort = cohort_of(request)
        if cohort is None:
            return RedirectResponse("/dashboard/login", status_code=303)
        found = state.cohorts.learner_in(cohort.id, learner_id)
        if found is None:
            return HTMLResponse("No such learner in this cohort.", status_code=404)
        return templates.TemplateResponse(request, "learner.html", {
            "cohort": cohort, "learner": found, "attempts": state.cohorts.attempts(learner_id)})


def _filename(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in name) or "cohort"
