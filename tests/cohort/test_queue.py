"""The grading queue under pressure, against a real PostgreSQL: fairness between learners,
atomic limits, parameters a client should never be able to abuse, waiting that costs the
database nothing, and an outage of PostgreSQL in the middle of a load."""
from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from mlfun.db import queue, schema
from mlfun.db.cohort import Cohorts
from mlfun.db.store import Store
from mlfun.grader.catalog import Catalog

from .pgcluster import create_database
from .support import Server, Worker, cpu_seconds, descendants, environment, mlfun, mlfun_json, request

RIGHT = Catalog.load().exercise("matmul").reference.source


def slow(seconds: float) -> str:
    """A correct matmul whose grade takes `seconds` longer (it sleeps in its first call)."""
    return ("import time\n" + RIGHT.replace("def matmul(", "def _matmul(") +
            f"\n\n_calls = []\n\n\ndef matmul(A, B):\n    if not _calls:\n        time.sleep({seconds})\n"
            "    _calls.append(1)\n    return _matmul(A, B)\n")


def joined(server: Server, tokens: dict, name: str) -> str:
    code, body = request(server.url + "/api/v1/join", "POST", {"join_token": tokens["join_token"], "name": name})
    assert code == 200, body
    return json.loads(body)["token"]


def submit(server: Server, token: str, source: str) -> int:
    code, body = request(server.url + "/api/v1/submissions", "POST", {"exercise": "matmul", "source": source},
                         token=token)
    assert code == 202, body
    return json.loads(body)["submission"]


def verdict(server: Server, token: str, number: int, wait: float = 0) -> dict:
    return json.loads(request(f"{server.url}/api/v1/submissions/{number}?wait={wait}", token=token)[1])


@pytest.fixture
def cohort(database_url):
    tokens = mlfun_json("cohort", "create", "queue", env=environment(database_url))
    with Server(database_url, "--submissions-per-minute", "30", "--joins-per-address", "200") as server:
        yield database_url, tokens, server


def test_the_queue_takes_learners_in_turn_and_one_submission_of_each_at_a_time(database_url):
    """Claims in two open transactions (two workers): the second never takes another submission
    of the learner the first is grading; once that grade is recorded, the learner who has waited
    goes before the learner just served, though the latter's submissions are older."""
    store = Store(database_url)
    cohorts = Cohorts(store.engine)
    tokens = cohorts.create("turns")
    ada, _ = cohorts.join(tokens.join_token, "ada")
    bob, _ = cohorts.join(tokens.join_token, "bob")
    ada_ids = [queue.enqueue(store.engine, ada.learner_id, "matmul", RIGHT, i, 100) for i in range(3)]
    bob_id = queue.enqueue(store.engine, bob.learner_id, "matmul", RIGHT, 9, 100)
    first, second, third = (store.engine.connect() for _ in range(3))
    with first.begin():
        held = queue.claim(first)
        assert held.submission_id == ada_ids[0]
        with second.begin(), third.begin():
            other = queue.claim(second)
            assert other.submission_id == bob_id, "a second worker took another submission of ada's"
            assert queue.claim(third) is None, "ada's next submission was claimed while her first is graded"
            second.rollback(), third.rollback()
        first.execute(schema.submission.update().where(schema.submission.c.id == held.submission_id)
                      .values(state="graded", graded_at=func.now()))
    with first.begin():                   # ada was just served; bob waited: bob goes first
        assert queue.claim(first).submission_id == bob_id
    first.close(), second.close(), third.close()
    store.engine.dispose()


def test_a_reader_looking_at_a_submission_does_not_make_a_worker_pass_it_by(database_url):
    """A verdict request's progress check share-locks the queued row for a moment; a worker
    claiming then must wait for it, not skip the row and sleep until its next wake-up (which
    left Bob's submission to whichever worker came next, seconds later)."""
    import threading

    store = Store(database_url)
    cohorts = Cohorts(store.engine)
    tokens = cohorts.create("reader")
    bob, _ = cohorts.join(tokens.join_token, "bob")
    number = queue.enqueue(store.engine, bob.learner_id, "matmul", RIGHT, 1, 100)
    reader, worker = store.engine.connect(), store.engine.connect()
    claimed = []
    try:
        with reader.begin():
            reader.execute(select(schema.submission.c.id).where(schema.submission.c.id == number)
                           .with_for_update(read=True))
            with worker.begin():
                claiming = threading.Thread(target=lambda: claimed.append(queue.claim(worker)))
                claiming.start()
                time.sleep(0.3)                  # the worker is at the row while the reader holds it
                reader.rollback()
                claiming.join(10)
                worker.rollback()
    finally:
        reader.close(), worker.close()
        store.close()
    assert claimed and claimed[0] is not None and claimed[0].submission_id == number, claimed


def test_one_learner_cannot_stall_another(cohort):
    """Ada queues four slow submissions; Bob's correct one, sent while her first is graded, gets
    its verdict before her first one ends: two workers never grade two of Ada's at once, so the
    second is free for Bob. First in, first out made Bob wait for all of Ada's."""
    database_url, tokens, server = cohort
    ada, bob = joined(server, tokens, "ada"), joined(server, tokens, "bob")
    with Worker(database_url, concurrency=2):
        assert verdict(server, bob, submit(server, bob, RIGHT), wait=30)["state"] == "graded"   # warm
        _await_idle_workers(database_url, 2)
        ada_ids = [submit(server, ada, slow(4.0)) for _ in range(4)]
        deadline = time.monotonic() + 30
        while verdict(server, ada, ada_ids[0])["state"] != "grading":
            assert time.monotonic() < deadline
            time.sleep(0.05)
        started = time.monotonic()
        bobs = verdict(server, bob, submit(server, bob, RIGHT), wait=30)
        bob_waited = time.monotonic() - started
        ada_first = verdict(server, ada, ada_ids[0], wait=30)
        ada_second_state = verdict(server, ada, ada_ids[1])["state"]
    assert bobs["state"] == "graded" and bobs["result"]["passed"], bobs
    assert ada_first["state"] == "graded"
    assert bob_waited < 4.0, f"bob waited {bob_waited:.1f} s behind ada's slow submissions"
    assert ada_second_state in ("queued", "grading")


@pytest.fixture
def own_cluster():
    """A PostgreSQL of the test's own, to stop (an outage) or to measure alone (CPU)."""
    from .conftest import missing
    from .pgcluster import Cluster, Unavailable

    try:
        cluster = Cluster().start()
    except Unavailable as err:
        missing(str(err))
    try:
        yield cluster
    finally:
        cluster.stop()


def _await_idle_workers(database_url: str, count: int) -> None:
    """Until `count` grading processes wait for work (each LISTENs once it has looked at the
    queue): a process still starting would make Bob wait for it, not for Ada."""
    engine = create_engine(database_url)
    deadline = time.monotonic() + 60
    try:
        while True:
            with engine.connect() as conn:
                idle = conn.execute(text("SELECT count(*) FROM pg_stat_activity "
                                         f"WHERE query = 'LISTEN {queue.QUEUED_CHANNEL}'")).scalar_one()
            if idle >= count:
                return
            assert time.monotonic() < deadline, f"{idle} of {count} grading processes started"
            time.sleep(0.1)
    finally:
        engine.dispose()


def test_concurrent_submissions_cannot_pass_the_rate_limit(cohort):
    """100 POSTs at once against a limit of 30 a minute: exactly 30 accepted."""
    _url, tokens, server = cohort
    ada = joined(server, tokens, "ada")
    with ThreadPoolExecutor(50) as pool:
        codes = list(pool.map(lambda _: request(server.url + "/api/v1/submissions", "POST",
                                                {"exercise": "matmul", "source": RIGHT}, token=ada)[0], range(100)))
    assert codes.count(202) == 30 and codes.count(429) == 70, sorted(set(codes))


def test_joins_are_limited_per_address_and_per_cohort(database_url):
    tokens = mlfun_json("cohort", "create", "joins", env=environment(database_url))
    body = lambda i: {"join_token": tokens["join_token"], "name": f"learner {i}"}   # noqa: E731
    with Server(database_url, "--joins-per-address", "4") as server:
        codes = [request(server.url + "/api/v1/join", "POST", body(i))[0] for i in range(5)]
        refused = json.loads(request(server.url + "/api/v1/join", "POST", body(9))[1])
    assert codes == [200, 200, 200, 200, 429] and "too many joins" in refused["error"]
    with Server(database_url, "--joins-per-minute", "6") as server:     # 4 joined above, within the minute
        codes = [request(server.url + "/api/v1/join", "POST", body(i))[0] for i in range(10, 14)]
    assert codes == [200, 200, 429, 429]


def test_bad_parameters_and_bytes_answer_4xx_not_500(cohort):
    _url, tokens, server = cohort
    ada = joined(server, tokens, "ada")
    number = submit(server, ada, RIGHT)
    base = f"{server.url}/api/v1/submissions"
    started = time.monotonic()
    for wait in ("nan", "inf", "-inf", "-1", "1e999", "soon"):
        code, body = request(f"{base}/{number}?wait={wait}", token=ada)
        assert code == 422 and "wait" in json.loads(body)["error"], (wait, code, body)
    assert time.monotonic() - started < 5, "a bad wait held the request"
    for bad_id in (2 ** 31, 2 ** 63, 0, -1):
        code, body = request(f"{base}/{bad_id}", token=ada)
        assert code == 422, (bad_id, code, body)
    for field in ({"source": "x = 1\x00"}, {"exercise": "mat\x00mul", "source": RIGHT}):
        code, body = request(base, "POST", field, token=ada)
        assert code == 422 and "NUL" in json.loads(body)["error"], (field, code, body)
    code, body = request(server.url + "/api/v1/join", "POST", {"join_token": tokens["join_token"], "name": "a\x00b"})
    assert code == 422
    assert request(f"{server.url}/api/v1/history?exercise=mat%00mul", token=ada)[0] == 400
    assert request(f"{server.url}/api/v1/exercises/mat%00mul", token=ada)[0] == 400
    code, body = request(f"{server.url}/api/v1/cohort/learners/{2 ** 31}", token=tokens["instructor_token"])
    assert code == 422, body
    assert verdict(server, ada, number)["state"] == "queued", "the server is still well"


@pytest.mark.slow
def test_waiting_costs_next_to_nothing(own_cluster):
    """40 learners wait for verdicts that no worker has yet, then a worker idles 6 s: the
    server and PostgreSQL, and the worker and PostgreSQL, each use under 5% of a core (looking
    every second cost most of a core at 200 learners; an idle worker polled 20 times a second).
    CPU time is counted per process, so other work on the machine does not blur it."""
    cluster = own_cluster
    url = create_database(cluster.url, "waiting")
    tokens = mlfun_json("cohort", "create", "waiting", env=environment(url))
    with Server(url, "--joins-per-address", "100") as server:
        learners = [joined(server, tokens, f"learner {i}") for i in range(40)]
        numbers = [submit(server, token, RIGHT) for token in learners]
        time.sleep(1.5)                          # the server's listener is connected by now
        watched = [server.process.pid, *cluster.pids()]
        with ThreadPoolExecutor(40) as pool:     # the requests arrive, then wait: count the waiting
            answers = pool.map(lambda pair: verdict(server, *pair, wait=10), zip(learners, numbers))
            time.sleep(2)
            before, started = cpu_seconds(watched), time.monotonic()
            time.sleep(6)
            waiting = (cpu_seconds(watched) - before) / (time.monotonic() - started)
            assert all(a["state"] == "queued" for a in answers)
        with Worker(url) as worker:
            assert all(verdict(server, *pair, wait=30)["state"] == "graded" for pair in zip(learners, numbers))
            watched = [worker.process.pid, *descendants(worker.process.pid), *cluster.pids()]
            time.sleep(1.0)
            before, started = cpu_seconds(watched), time.monotonic()
            time.sleep(6)
            idle = (cpu_seconds(watched) - before) / (time.monotonic() - started)
    assert waiting < 0.05, f"40 waiting learners cost {waiting:.1%} of a core"
    assert idle < 0.05, f"an idle worker costs {idle:.1%} of a core"


def test_postgres_stopped_mid_load_answers_503_and_loses_nothing(own_cluster):
    """PostgreSQL stops for a few seconds while learners submit: the server answers 503 in JSON
    with Retry-After and logs one line for the outage; when it is back, every accepted
    submission is graded exactly once."""
    cluster = own_cluster
    url = create_database(cluster.url, "outage")
    tokens = mlfun_json("cohort", "create", "outage", env=environment(url))
    with Server(url) as server, Worker(url):
        ada = joined(server, tokens, "ada")
        accepted = [submit(server, ada, RIGHT) for _ in range(3)]
        cluster.pause()
        during = [request(server.url + "/api/v1/submissions", "POST", {"exercise": "matmul", "source": RIGHT},
                          token=ada) for _ in range(5)]
        status = request(server.url + "/api/v1/status", token=ada)
        cluster.resume()
        deadline = time.monotonic() + 90
        while any(verdict(server, ada, n, wait=5).get("state") != "graded" for n in accepted):
            assert time.monotonic() < deadline, "not every accepted submission was graded after the outage"
        after = submit(server, ada, RIGHT)
        assert verdict(server, ada, after, wait=60)["state"] == "graded"
        server.stop()
        log = server.process.stdout.read()
    for code, body in during + [status]:
        assert code in (503, 401), (code, body)     # a token checked just before may still be trusted
    answered = [json.loads(body) for code, body in during if code == 503]
    assert answered and all("not reachable" in a["error"] and a["retry_after"] > 0 for a in answered)
    assert log.count("cannot be reached") == 1 and "Traceback" not in log, log
    engine = create_engine(url)
    with engine.connect() as conn:
        per = conn.execute(select(schema.attempt.c.submission_id, func.count()).group_by(
            schema.attempt.c.submission_id)).all()
    engine.dispose()
    assert {s for s, _ in per} >= set(accepted) | {after} and all(n == 1 for _, n in per)


def test_a_waiting_learner_hears_their_submission_is_safe_when_the_server_goes(tmp_path, monkeypatch):
    from mlfun.cli import remote

    calls = {"n": 0}

    def away(self, path):
        calls["n"] += 1
        raise remote.ServerAway("the mlfun server at http://x did not answer (Remote end closed connection)")

    monkeypatch.setattr(remote.RemoteCourse, "_get", away)
    monkeypatch.setattr(remote, "OUTAGE_PATIENCE", 0.001)
    monkeypatch.setattr(remote.time, "sleep", lambda s: None)
    course = remote.RemoteCourse.__new__(remote.RemoteCourse)
    heard = []
    with pytest.raises(remote.ServerError) as caught:
        course._verdict(42, "matmul", heard.append)
    assert "submission 42 of matmul is queued and safe" in str(caught.value)
    assert "do not submit it again" in caught.value.hint
    assert heard and "queued and safe" in heard[0]


@pytest.mark.slow
def test_a_server_restart_while_a_learner_waits_still_brings_the_verdict(cohort, tmp_path):
    database_url, tokens, server = cohort
    env = environment(workspace=tmp_path / "ada")
    mlfun("login", server.url, tokens["join_token"], "--name", "ada", env=env, check=True)
    Path(mlfun_json("next", env=env)["file"]).write_text(RIGHT)
    import subprocess

    from .support import MLFUN

    waiting = subprocess.Popen([*MLFUN, "submit", "--json"], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    time.sleep(3)                                          # queued, no worker: it waits
    port = server.port
    server.stop()                                          # the server goes away mid-wait...
    time.sleep(2)
    with Server(database_url, port=port), Worker(database_url):   # ...and comes back, with a grader
        out, err = waiting.communicate(timeout=120)
    assert waiting.returncode == 0, err
    assert json.loads(out)["passed"] is True
