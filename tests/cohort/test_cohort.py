"""Cohort mode end to end, over loopback, against a real PostgreSQL: `mlfun cohort create`,
`mlfun serve`, `mlfun worker` processes, learners' `mlfun login/next/submit/status/hint/history`,
the roster, the CSV export, the dashboard and the API's security rules."""
from __future__ import annotations

import csv
import io
import json
import signal
import threading
import time
from pathlib import Path

import pytest

from mlfun.grader.catalog import Catalog

from .support import Server, Worker, environment, mlfun, mlfun_json, request

CATALOG = Catalog.load()
MATMUL = CATALOG.exercise("matmul")
RIGHT = MATMUL.reference.source
WRONG = {m.id: m.variants[0].source for m in MATMUL.mistakes}


def create_cohort(database_url: str, name: str = "autumn") -> dict:
    return mlfun_json("cohort", "create", name, env=environment(database_url))


def join(server: Server, tokens: dict, workspace: Path, name: str) -> dict:
    env = environment(workspace=workspace)
    mlfun("login", server.url, tokens["join_token"], "--name", name, env=env, check=True)
    return env


@pytest.fixture
def cohort(database_url, tmp_path):
    tokens = create_cohort(database_url)
    with Server(database_url) as server:
        yield database_url, tokens, server


def test_three_learners_two_workers_roster_export_and_dashboard(cohort, tmp_path):
    database_url, tokens, server = cohort
    plans = {"ada": [WRONG["transposed-operand"], RIGHT], "bob": [WRONG["no-shape-check"]], "cy": [RIGHT]}
    envs = {name: join(server, tokens, tmp_path / name, name) for name in plans}
    files = {}
    for name, env in envs.items():
        info = mlfun_json("next", env=env)
        assert info["exercise"] == "matmul" and info["starter_written"]
        assert Path(info["file"]).read_text() == MATMUL.starter.source
        files[name] = Path(info["file"])

    verdicts: dict[str, list] = {name: [] for name in plans}

    def learner(name: str) -> None:
        for source in plans[name]:
            files[name].write_text(source)
            verdicts[name].append(mlfun_json("submit", env=envs[name], codes=(0, 1)))

    with Worker(database_url), Worker(database_url):
        threads = [threading.Thread(target=learner, args=(name,)) for name in plans]
        for t in threads:
            t.start()
        for t in threads:
            t.join(240)

    ada, bob, cy = verdicts["ada"], verdicts["bob"], verdicts["cy"]
    assert [v["passed"] for v in ada] == [False, True] and ada[1]["unlocked"] == ["projection"]
    assert [d["mistake"] for d in ada[0]["diagnosis"]] == ["transposed-operand"]
    assert not bob[0]["passed"] and [d["mistake"] for d in bob[0]["diagnosis"]] == ["no-shape-check"]
    assert cy[0]["passed"] and cy[0]["attempt"] > 0
    for v in ada + bob + cy:                      # the same JSON contract as a local submit
        assert {"exercise", "passed", "score", "checks", "diagnosis", "attempt", "unlocked"} <= set(v)

    status = mlfun_json("status", env=envs["cy"])
    states = {e["id"]: e["state"] for e in status["exercises"]}
    assert states["matmul"] == "passed" and states["projection"] == "open"
    assert mlfun_json("next", env=envs["cy"])["exercise"] == "projection"
    history = mlfun_json("history", env=envs["ada"])["attempts"]
    assert [a["passed"] for a in history] == [True, False]       # own attempts only, newest first

    hint = mlfun_json("hint", env=envs["bob"])
    assert hint["exercise"] == "matmul" and hint["taken"] == 1 and hint["hints"] == list(MATMUL.hints[:1])
    shown = mlfun_json("show", "matmul", env=envs["bob"])
    assert shown["state"] == "open" and shown["attempts"] == 1 and shown["hints_taken"] == 1
    reset = mlfun_json("reset", "matmul", "--yes", env=envs["bob"])
    assert files["bob"].read_text() == MATMUL.starter.source
    assert Path(reset["backup"]).read_text() == WRONG["no-shape-check"]

    roster = mlfun_json("cohort", "roster", "autumn", env=environment(database_url))
    by_name = {r["learner"]: r for r in roster["learners"]}
    assert {n: (r["passed"], r["attempts"]) for n, r in by_name.items()} == {"ada": (1, 2), "bob": (0, 1), "cy": (1, 1)}
    assert by_name["bob"]["hints_taken"] == 1

    export = mlfun("cohort", "export", "autumn", "--csv", env=environment(database_url), check=True).stdout
    rows = {(r["learner"], r["exercise"]): r for r in csv.DictReader(io.StringIO(export))}
    assert len(rows) == 3 * len(CATALOG.entries)
    assert rows[("ada", "matmul")]["state"] == "passed" and rows[("ada", "matmul")]["attempts_to_pass"] == "2"
    assert rows[("bob", "matmul")]["state"] == "failing" and rows[("bob", "matmul")]["first_passed_at"] == ""
    assert rows[("bob", "matmul")]["hints_taken"] == "1"
    assert rows[("cy", "projection")]["state"] == "open" and rows[("bob", "projection")]["state"] == "locked"

    status_code, body = request(server.url + "/api/v1/cohort", token=tokens["instructor_token"])
    overview = json.loads(body)
    matmul = next(e for e in overview["exercises"] if e["exercise"] == "matmul")
    assert status_code == 200 and matmul["passed"] == 2 and matmul["median_attempts_to_pass"] == 1.5
    assert {m["mistake"]: m["learners"] for m in matmul["mistakes"]} == {"transposed-operand": 1, "no-shape-check": 1}

    assert dashboard(server, tokens["instructor_token"], "/dashboard/export.csv") == export
    page = dashboard(server, tokens["instructor_token"])
    assert "no-shape-check" in page and "transposed-operand" in page and "67% (2 of 3)" in page
    for name in plans:
        assert f">{name}</a>" in page


def dashboard(server: Server, token: str, path: str = "/dashboard") -> str:
    import http.cookiejar
    import urllib.parse
    import urllib.request

    import re

    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    form = opener.open(server.url + "/dashboard/login").read().decode()       # sets the CSRF cookie
    csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
    opener.open(server.url + "/dashboard/login",
                data=urllib.parse.urlencode({"token": token, "csrf": csrf}).encode()).read()
    return opener.open(server.url + path).read().decode()


@pytest.mark.slow     # two workers, a kill and a regrade each: 13 s apiece
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_a_worker_killed_mid_grade_loses_nothing_and_grades_once(cohort, tmp_path, how):
    """kill -9 of a worker and everything it started (a machine dying), or SIGTERM to all of
    them (a service manager's stop): the submission is graded again, once, and passes."""
    from sqlalchemy import create_engine, func, select

    from mlfun.db import schema

    database_url, tokens, server = cohort
    env = join(server, tokens, tmp_path / "ada", "ada")
    path = Path(mlfun_json("next", env=env)["file"])
    path.write_text("import time\n" + RIGHT.replace("def matmul(", "def _matmul(") +    # 3 s in its first call
                    "\n\n_calls = []\n\n\ndef matmul(A, B):\n    if not _calls:\n        time.sleep(3.0)\n"
                    "    _calls.append(1)\n    return _matmul(A, B)\n")
    queued = mlfun_json("submit", "--no-wait", env=env)
    token = json.loads(path.parent.parent.joinpath(".mlfun/remote.json").read_text())["token"]
    progress = f"{server.url}/api/v1/submissions/{queued['submission']}"

    first = Worker(database_url)
    deadline = time.monotonic() + 60
    while json.loads(request(progress, token=token)[1])["state"] != "grading":
        assert time.monotonic() < deadline, "the first worker never started grading"
        time.sleep(0.05)
    first.kill(how)
    assert json.loads(request(progress, token=token)[1])["state"] in ("queued", "grading")

    with Worker(database_url):
        done = json.loads(request(progress + "?wait=30", token=token)[1])
    assert done["state"] == "graded" and done["result"]["passed"], done
    engine = create_engine(database_url)
    with engine.connect() as conn:
        attempts = conn.execute(select(func.count()).select_from(schema.attempt).where(
            schema.attempt.c.submission_id == queued["submission"])).scalar_one()
        total = conn.execute(select(func.count()).select_from(schema.attempt)).scalar_one()
    engine.dispose()
    assert attempts == 1 and total == 1
    assert [a["passed"] for a in mlfun_json("history", env=env)["attempts"]] == [True]


def test_hidden_material_never_leaves_the_server(cohort, tmp_path):
    """No learner-facing response holds the reference, a mistake's code or a hidden input, even when
    the learner's code tries to smuggle hidden inputs out through its exception messages and prints."""
    database_url, tokens, server = cohort
    env = join(server, tokens, tmp_path / "eve", "eve")
    token = json.loads((tmp_path / "eve/.mlfun/remote.json").read_text())["token"]
    leak = (RIGHT.replace("def matmul(", "def _right(") + "\n\ndef matmul(A, B):\n"
            "    import numpy\n    A = numpy.asarray(A)\n    print('PRINTED', A.tolist())\n"
            "    if A.size > 6 and A.shape[1] == numpy.shape(B)[0]:      # only on hidden cases\n"
            "        raise ValueError('SMUGGLED ' + repr(A.tolist()))\n"
            "    return _right(A, B)\n")
    path = Path(mlfun_json("next", env=env)["file"])
    path.write_text(leak)
    bodies = []
    with Worker(database_url):
        bodies.append(mlfun("submit", "--json", env=env).stdout)
    for route in ("/api/v1/next", "/api/v1/status", "/api/v1/exercises/matmul", "/api/v1/history",
                  "/api/v1/exercises/softmax", "/api/v1/openapi.json"):
        bodies.append(request(server.url + route, token=token)[1])
    text = "\n".join(bodies)
    result = json.loads(bodies[0])
    assert not result["passed"] and "SMUGGLED [" not in text and "PRINTED" not in text
    assert "not shown on hidden cases" in text
    secrets = [MATMUL.reference.source] + [v.source for m in MATMUL.mistakes for v in m.variants]
    softmax = CATALOG.exercise("softmax")
    secrets += [softmax.reference.source] + [v.source for m in softmax.mistakes for v in m.variants]
    for secret in secrets:
        body = "\n".join(line for line in secret.splitlines() if line.strip() and not line.startswith(("import", "from")))
        assert body not in text
        assert json.dumps(secret)[1:-1] not in text


def test_learners_only_see_their_own_and_instructors_need_their_token(cohort, tmp_path):
    database_url, tokens, server = cohort
    ada = json.loads(request(server.url + "/api/v1/join", "POST", {"join_token": tokens["join_token"], "name": "ada"})[1])
    bob = json.loads(request(server.url + "/api/v1/join", "POST", {"join_token": tokens["join_token"], "name": "bob"})[1])
    code, body = request(server.url + "/api/v1/submissions", "POST", {"exercise": "matmul", "source": RIGHT},
                         token=ada["token"])
    assert code == 202
    mine = json.loads(body)["submission"]
    assert request(f"{server.url}/api/v1/submissions/{mine}", token=bob["token"])[0] == 404
    assert request(f"{server.url}/api/v1/submissions/{mine}", token=ada["token"])[0] == 200
    assert request(server.url + "/api/v1/cohort", token=ada["token"])[0] == 403
    assert request(server.url + "/api/v1/cohort")[0] == 401
    assert request(server.url + "/api/v1/status", token="mlfun-l-forged")[0] == 401
    assert request(server.url + "/api/v1/join", "POST", {"join_token": "nope", "name": "x"})[0] == 403
    taken = request(server.url + "/api/v1/join", "POST", {"join_token": tokens["join_token"], "name": "ada"})
    assert taken[0] == 409 and "already joined" in taken[1]
    locked = request(server.url + "/api/v1/submissions", "POST", {"exercise": "softmax", "source": "x"},
                     token=ada["token"])
    assert locked[0] == 409 and "locked" in locked[1]
    for size in (300_000, 100_000):          # over the body limit; over the source limit
        huge = request(server.url + "/api/v1/submissions", "POST", {"exercise": "matmul", "source": "#" * size},
                       token=ada["token"])
        assert huge[0] == 413 and "too large" in huge[1], (size, huge)
    unknown = request(server.url + "/api/v1/exercises/softmaks", token=ada["token"])
    assert unknown[0] == 404 and "did you mean softmax" in unknown[1]
    formula = request(server.url + "/api/v1/join", "POST", {"join_token": tokens["join_token"], "name": "=HYPERLINK(1)"})
    export = mlfun("cohort", "export", "autumn", "--csv", env=environment(database_url), check=True).stdout
    assert formula[0] == 200 and "'=HYPERLINK(1)" in export and "\n=HYPERLINK" not in export
    from sqlalchemy import create_engine, text

    engine = create_engine(database_url)
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT join_token_hash, instructor_token_hash FROM cohort")).one()
        learner_hashes = conn.execute(text("SELECT token_hash FROM learner")).scalars().all()
    engine.dispose()
    for token in (tokens["join_token"], tokens["instructor_token"], ada["token"], bob["token"]):
        assert token not in stored and token not in learner_hashes      # only hashes are kept


def test_submissions_are_rate_limited(database_url):
    tokens = create_cohort(database_url, "tiny")
    with Server(database_url, "--submissions-per-minute", "3") as server:
        ada = json.loads(request(server.url + "/api/v1/join", "POST",
                                 {"join_token": tokens["join_token"], "name": "ada"})[1])
        codes = [request(server.url + "/api/v1/submissions", "POST", {"exercise": "matmul", "source": RIGHT},
                         token=ada["token"])[0] for _ in range(4)]
    assert codes == [202, 202, 202, 429]


def test_offline_server_is_one_sentence_and_the_file_is_kept(tmp_path, database_url):
    tokens = create_cohort(database_url, "gone")
    with Server(database_url) as server:
        env = join(server, tokens, tmp_path / "ada", "ada")
        again = mlfun("login", server.url, tokens["join_token"], "--name", "ada2", env=env)
        assert again.returncode == 3 and "already follows gone" in again.stderr
        path = Path(mlfun_json("next", env=env)["file"])
    path.write_text(RIGHT)
    done = mlfun("submit", env=env)
    assert done.returncode == 3 and "cannot reach the mlfun server" in done.stderr
    assert "Traceback" not in done.stderr and path.read_text() == RIGHT


def test_cohort_exercises_and_deadlines(database_url, tmp_path):
    """An instructor gives a cohort two exercises; prerequisites outside the set do not lock them;
    the learner's status shows each deadline, and a missed one as late."""
    env = environment(database_url)
    tokens = create_cohort(database_url, "short")
    listing = mlfun_json("cohort", "exercises", "short", "softmax", "matmul", "--deadline",
                         "softmax=2099-12-01T23:59", "--deadline", "matmul=2020-01-01T12:00", env=env)
    assert [e["id"] for e in listing["exercises"]] == [e.id for e in CATALOG.entries if e.id in ("softmax", "matmul")]
    assert {e["id"]: e["deadline"] for e in listing["exercises"]}["softmax"].startswith("2099-12-01T23:59")
    with Server(database_url) as server:
        ada = json.loads(request(server.url + "/api/v1/join", "POST",
                                 {"join_token": tokens["join_token"], "name": "ada"})[1])
        status = json.loads(request(server.url + "/api/v1/status", token=ada["token"])[1])
        shown = json.loads(request(server.url + "/api/v1/exercises/softmax", token=ada["token"])[1])
        outside = request(server.url + "/api/v1/exercises/adam", token=ada["token"])
        bob = join(server, tokens, tmp_path / "bob", "bob")
        mine = mlfun_json("status", env=bob)["exercises"]
        terminal = mlfun("status", env=bob | {"TZ": "UTC"}, check=True).stdout
    assert {e["id"]: e["state"] for e in status["exercises"]} == {"matmul": "open", "softmax": "open"}
    assert shown["deadline"].startswith("2099-12-01T23:59")
    assert {e["id"]: e["deadline"][:16] for e in mine} == {"matmul": "2020-01-01T12:00", "softmax": "2099-12-01T23:59"}
    lines = {line.split()[1]: line for line in terminal.splitlines() if line.strip()[:1] in ("✓", "→", "·")}
    assert "late: was due Wed 01 Jan 12:00" in lines["matmul"], terminal
    assert "due Tue 01 Dec 23:59" in lines["softmax"] and "late" not in lines["softmax"], terminal
    assert outside[0] == 409 and "not part of your cohort" in outside[1]
    bad = mlfun("cohort", "exercises", "short", "no-such-exercise", env=env)
    assert bad.returncode == 3 and "no-such-exercise" in bad.stderr


def test_a_body_without_a_length_is_refused(cohort):
    """Chunked uploads would let a body grow without limit: the server wants Content-Length."""
    import http.client

    _database_url, tokens, server = cohort
    connection = http.client.HTTPConnection("127.0.0.1", int(server.url.rsplit(":", 1)[1]), timeout=10)
    connection.putrequest("POST", "/api/v1/join")
    connection.putheader("Transfer-Encoding", "chunked")
    connection.putheader("Content-Type", "application/json")
    connection.endheaders()
    connection.send(b"5\r\n{\"a\":\r\n0\r\n\r\n")
    response = connection.getresponse()
    assert response.status == 411 and b"Content-Length" in response.read()


def test_a_learner_on_a_new_machine_gets_a_new_token_and_keeps_their_progress(cohort, tmp_path):
    """The instructor reissues a lost login: the old token stops working, the new one logs in
    on another machine with nothing lost, and a join token without a name is refused."""
    database_url, tokens, server = cohort
    laptop = join(server, tokens, tmp_path / "laptop", "ada")
    mlfun_json("next", env=laptop)
    mlfun_json("hint", env=laptop)

    reissued = mlfun_json("cohort", "reissue", "autumn", "ada", env=environment(database_url))
    assert reissued["token"].startswith("mlfun-l-") and reissued["learner"] == "ada"
    from mlfun.server.app import TOKEN_TTL

    time.sleep(TOKEN_TTL)                        # the server trusts a checked token this long
    stale = mlfun("status", env=laptop)
    assert stale.returncode == 3 and "not valid" in stale.stderr and "reissue" in stale.stderr

    desktop = environment(workspace=tmp_path / "desktop")
    back = mlfun("login", server.url, reissued["token"], env=desktop, check=True)
    assert "Back in autumn" in back.stdout and "as ada" in back.stdout
    shown = mlfun_json("show", "matmul", env=desktop)
    assert shown["hints_taken"] == 1 and shown["state"] == "open"

    unknown = mlfun("cohort", "reissue", "autumn", "nobody", env=environment(database_url))
    assert unknown.returncode == 3 and "no learner named 'nobody'" in unknown.stderr
    nameless = mlfun("login", server.url, tokens["join_token"], env=environment(workspace=tmp_path / "other"))
    assert nameless.returncode == 3 and "needs your name" in nameless.stderr and "--name" in nameless.stderr
