"""The instructor dashboard without a browser (Starlette's TestClient over the real app and a
real PostgreSQL): the figures an instructor reads first, the roster's sorting and filtering,
sessions, CSRF, the security headers and the similarity report."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import insert, select, update

from mlfun.db import analytics, schema
from mlfun.db.sessions import DashboardSessions
from mlfun.db.similarity import Submission, similar_pairs

from .test_cohort import CATALOG, RIGHT

NOW = datetime.now(timezone.utc)
LOOPS = '''import numpy as np


def matmul(a, b):
    if a.ndim != 2 or b.ndim != 2 or a.shape[1] != b.shape[0]:
        raise ValueError("the shapes do not fit")
    total = np.zeros((a.shape[0], b.shape[1]))
    for row in range(a.shape[0]):
        for col in range(b.shape[1]):
            acc = 0.0
            for k in range(a.shape[1]):
                acc += a[row, k] * b[k, col]
            total[row, col] = acc
    return total
'''
# The reference with other names, other comments and other spacing: the same code to copydetect.
DISGUISED = (RIGHT.replace("out", "result").replace("m_b", "rows_b")
             .replace("# row i of a, dotted with column j of b", "# my own idea").replace("    result", "    result"))


@pytest.fixture
def app(database_url):
    from fastapi.testclient import TestClient

    from mlfun.server.app import create_app

    application = create_app(database_url, catalog=CATALOG)
    tokens = application.state.mlfun.cohorts.create("spring")
    with TestClient(application) as client:       # its lifespan closes the app's store
        yield client, application.state.mlfun, tokens


def learner(state, name: str, joined: datetime = NOW) -> int:
    with state.engine.begin() as conn:
        cohort_id = conn.execute(select(schema.cohort.c.id)).scalar_one()
        return conn.execute(insert(schema.learner).values(name=name, cohort_id=cohort_id, created_at=joined)
                            .returning(schema.learner.c.id)).scalar_one()


def work(state, learner_id: int, exercise: str, outcomes: list[bool], at: datetime, source: str = "x = 1\n") -> list[int]:
    """Attempts at one exercise, as the store records them (attempt rows, then the progress row)."""
    ids = []
    with state.engine.begin() as conn:
        for number, ok in enumerate(outcomes, 1):
            at += timedelta(minutes=1)
            ids.append(conn.execute(insert(schema.attempt).values(
                learner_id=learner_id, exercise_id=exercise, content_hash="0" * 64, source=source, seed=1, passed=ok,
                score=float(ok), checks=[], diagnosis=[] if ok else [{"mistake": "transposed-operand", "hint": ""}],
                duration=0.1, created_at=at, number=number, kind="submit").returning(schema.attempt.c.id)).scalar_one())
        first = next((i for i, ok in zip(ids, outcomes) if ok), None)
        done = conn.execute(update(schema.progress).where(schema.progress.c.learner_id == learner_id,
                                                          schema.progress.c.exercise_id == exercise)
                            .values(attempts=schema.progress.c.attempts + len(outcomes), updated_at=at)).rowcount
        if not done:
            conn.execute(insert(schema.progress).values(
                learner_id=learner_id, exercise_id=exercise, attempts=len(outcomes), hints_taken=0,
                passed_at=at if first else None, first_pass_attempt_id=first, updated_at=at))
    return ids


def log_in(client, token: str) -> None:
    form = client.get("/dashboard/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    answer = client.post("/dashboard/login", data={"token": token, "csrf": csrf}, follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/dashboard"


@pytest.fixture
def course(app):
    """ada passed matmul and projection, then went back to matmul; bob is stuck on projection;
    cy failed matmul once, today; eve failed it 5 days ago; di joined 10 days ago and did nothing."""
    client, state, tokens = app
    ada, bob, cy, eve = (learner(state, n) for n in ("ada", "bob", "cy", "eve"))
    learner(state, "di", joined=NOW - timedelta(days=10))
    work(state, ada, "matmul", [True], NOW - timedelta(hours=5))
    work(state, ada, "projection", [False, True], NOW - timedelta(hours=4))
    work(state, ada, "matmul", [True], NOW - timedelta(hours=1))              # back to an exercise she passed
    work(state, bob, "matmul", [False, True], NOW - timedelta(hours=3))
    work(state, bob, "projection", [False] * 6, NOW - timedelta(hours=2))
    work(state, cy, "matmul", [False], NOW - timedelta(minutes=30))
    work(state, eve, "matmul", [False], NOW - timedelta(days=5, hours=1))
    log_in(client, tokens.instructor_token)
    return client, state, tokens


def section(page: str, heading_id: str) -> str:
    """The text of one <section>, found by its heading's id."""
    start = page.index(f'id="{heading_id}"')
    return page[start:page.index("</section>", start)]


def roster_names(page: str) -> list[str]:
    return re.findall(r'<tr><th scope="row"><a href="/dashboard/learners/\d+">([^<]+)</a></th><td>\d+ / ',
                      section(page, "roster"))


def test_pass_rates_count_only_learners_who_reached_the_exercise_and_come_first(course):
    client, state, _ = course
    page = client.get("/dashboard").text
    attention = section(page, "attention-title")
    assert page.index('id="attention-title"') < page.index('id="stuck-title"') < page.index('id="roster"') \
        < page.index('id="grid-title"')
    projection = re.search(r"<th scope=\"row\"[^>]*>projection</th>(.*?)</tr>", attention, re.S).group(1)
    assert "50% (1 of 2)" in projection          # ada and bob reached it; cy, eve and di are locked out of it
    matmul = re.search(r"<th scope=\"row\"[^>]*>matmul</th>(.*?)</tr>", attention, re.S).group(1)
    assert "40% (2 of 5)" in matmul and "<code>transposed-operand</code>: 3 of 5" in matmul
    assert attention.index(">matmul<") < attention.index(">projection<")        # the worst first
    overview = client.get("/api/v1/cohort", headers={"Authorization": f"Bearer {course[2].instructor_token}"}).json()
    figures = {e["exercise"]: e for e in overview["exercises"]}
    assert (figures["projection"]["reached"], figures["projection"]["pass_rate"]) == (2, 0.5)


def test_last_attempted_is_the_latest_attempt_and_stuck_learners_are_listed(course):
    client, _, _ = course
    page = client.get("/dashboard").text
    ada = re.search(r">ada</a></th>(.*?)</tr>", section(page, "roster"), re.S).group(1)
    assert "<td>matmul</td>" in ada                 # her latest attempt, not the first open exercise
    stuck = section(page, "stuck-title")
    assert "bob</a>: 6 attempts at projection without a pass" in stuck
    assert "eve</a>: inactive for 5 days" in stuck
    assert "di</a>: nothing done in the 10 days since joining" in stuck
    assert ">ada<" not in stuck and ">cy<" not in stuck
    assert stuck.index(">bob<") < stuck.index(">eve<")          # many attempts first: they are in the middle of it


def test_the_roster_sorts_filters_and_keeps_its_parameters(course):
    client, _, _ = course
    assert roster_names(client.get("/dashboard").text) == ["ada", "bob", "cy", "di", "eve"]
    newest = client.get("/dashboard?sort=last_activity&order=desc").text
    assert roster_names(newest) == ["cy", "ada", "bob", "eve", "di"]         # di: never active, always last
    assert 'aria-sort="descending"' in newest and 'href="/dashboard?sort=last_activity&amp;order=asc' in newest
    assert roster_names(client.get("/dashboard?q=AD").text) == ["ada"]
    assert roster_names(client.get("/dashboard?state=stuck&sort=attempts&order=desc").text) == ["bob", "eve", "di"]
    assert roster_names(client.get("/dashboard?state=inactive").text) == ["di", "eve"]
    assert roster_names(client.get("/dashboard?sort=nonsense&page=x&state=bogus&order=sideways").text) == ["ada", "bob", "cy", "di", "eve"]


def test_the_roster_pages_a_hundred_learners_at_a_time():
    rows = [{"learner": f"l{n:03d}", "id": n, "passed": n % 7, "attempts": n, "last_activity": None,
             "last_attempted": None, "stuck": None, "stuck_kind": None} for n in range(250)]
    third = analytics.roster_page(rows, analytics.RosterQuery.of("attempts", "desc", "", "all", 3))
    assert (third.page, third.pages, third.matching) == (3, 3, 250)
    assert [r["attempts"] for r in third.rows] == list(range(49, -1, -1))
    beyond = analytics.roster_page(rows, analytics.RosterQuery.of("passed", "asc", "l00", "all", 9))
    assert beyond.page == 1 and [r["learner"] for r in beyond.rows][:3] == ["l000", "l007", "l001"]


def test_the_session_cookie_is_not_the_token_and_logout_ends_it(app):
    client, state, tokens = app
    log_in(client, tokens.instructor_token)
    session_id = client.cookies.get("mlfun_session")
    assert session_id and tokens.instructor_token not in session_id
    with state.engine.connect() as conn:
        stored = conn.execute(select(schema.dashboard_session.c.id_hash)).scalars().all()
    assert len(stored) == 1 and session_id not in stored[0]                 # only its hash is kept
    page = client.get("/dashboard").text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    assert client.post("/dashboard/logout", data={}, follow_redirects=False).status_code == 403
    assert client.get("/dashboard", follow_redirects=False).status_code == 200         # still logged in
    assert client.post("/dashboard/logout", data={"csrf": csrf}, follow_redirects=False).status_code == 303
    client.cookies.set("mlfun_session", session_id, path="/dashboard")             # a copy kept by someone
    answer = client.get("/dashboard", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/dashboard/login"


def test_an_expired_session_is_refused(app):
    client, state, _ = app
    cohort_id = state.cohorts.find("spring").id
    expired = DashboardSessions(state.engine).open(cohort_id, now=NOW - timedelta(hours=13))
    fresh = DashboardSessions(state.engine).open(cohort_id, now=NOW - timedelta(hours=11))
    client.cookies.set("mlfun_session", expired, path="/dashboard")
    assert client.get("/dashboard", follow_redirects=False).headers["location"] == "/dashboard/login"
    client.cookies.set("mlfun_session", fresh, path="/dashboard")
    assert client.get("/dashboard", follow_redirects=False).status_code == 200


def test_a_login_without_its_csrf_token_is_refused(app):
    client, _, tokens = app
    client.get("/dashboard/login")                                          # sets the CSRF cookie
    for form in ({"token": tokens.instructor_token}, {"token": tokens.instructor_token, "csrf": "guessed"}):
        answer = client.post("/dashboard/login", data=form, follow_redirects=False)
        assert answer.status_code == 403 and "did not come from this server" in answer.text
        assert "mlfun_session" not in answer.headers.get("set-cookie", "")
    client.cookies.clear()                                                  # a form posted from another site
    csrf = "a" * 43
    answer = client.post("/dashboard/login", data={"token": tokens.instructor_token, "csrf": csrf}, follow_redirects=False)
    assert answer.status_code == 403


def test_every_dashboard_response_carries_the_security_headers(course):
    client, _, _ = course
    learner_id = re.search(r"/dashboard/learners/(\d+)", client.get("/dashboard").text).group(1)
    for path in ("/", "/dashboard", "/dashboard/login", "/dashboard/style.css", "/dashboard/export.csv",
                 f"/dashboard/learners/{learner_id}", "/dashboard/learners/99999", "/dashboard/similar/matmul"):
        headers = client.get(path, follow_redirects=False).headers
        assert headers["x-frame-options"] == "DENY", path
        assert headers["content-security-policy"].startswith("default-src 'none'; style-src 'self'"), path
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert (headers["cache-control"], headers["x-content-type-options"], headers["referrer-policy"]) == \
            ("no-store", "nosniff", "no-referrer"), path
    assert "style=" not in client.get("/dashboard").text                  # nothing inline the CSP would block


def test_similarity_pairs_near_identical_passing_code_only(app):
    client, state, tokens = app
    ada, bob, cy = (learner(state, n) for n in ("ada", "bob", "cy"))
    [ada_attempt] = work(state, ada, "matmul", [True], NOW, RIGHT)
    [bob_attempt] = work(state, bob, "matmul", [True], NOW, DISGUISED)
    work(state, cy, "matmul", [True], NOW, LOOPS)
    log_in(client, tokens.instructor_token)
    page = client.get("/dashboard/similar/matmul").text
    assert "1 pair" in page and "<td>1.00</td>" in page
    assert f'/dashboard/learners/{ada}#attempt-{ada_attempt}"' in page
    assert f'/dashboard/learners/{bob}#attempt-{bob_attempt}"' in page
    assert f"/dashboard/learners/{cy}#" not in page
    assert client.get("/dashboard/similar/no-such-exercise").status_code == 404


def test_different_solutions_make_no_pair():
    starter = CATALOG.exercise("matmul").starter.source
    einsum = RIGHT.split("    out = ")[0] + '    return np.einsum("ij,jk->ik", a, b)\n'
    found, total = similar_pairs([Submission(1, "ada", 1, RIGHT), Submission(2, "cy", 2, LOOPS),
                                  Submission(3, "di", 3, einsum)], starter)
    assert (found, total) == ([], 0)
    found, total = similar_pairs([Submission(1, "ada", 1, RIGHT), Submission(2, "bob", 2, DISGUISED)], starter)
    assert total == 1 and found[0].score == 1.0


def test_a_low_rate_over_many_learners_needs_attention_before_one_over_few():
    def summary(name, passed, reached, tried):
        return {"exercise": name, "passed": passed, "reached": reached, "tried": tried,
                "pass_rate": passed / reached, "median_attempts_to_pass": None}
    order = analytics.needs_attention([summary("one-try", 0, 1, 1), summary("many", 16, 76, 40),
                                       summary("fine", 70, 76, 72), summary("untried", 0, 30, 0)])
    assert [s["exercise"] for s in order] == ["many", "one-try", "fine"]
