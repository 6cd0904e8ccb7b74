"""Issue #21 against a real server and worker: a cohort's verdicts keep hidden cases' expected
values and the seed from its learners (unless the instructor reveals the values), and a
database URL is shown without its password."""
from __future__ import annotations

import json
import re
import select
from pathlib import Path

from sqlalchemy.engine import make_url

from mlfun.grader.catalog import Catalog

from .support import Server, Worker, environment, mlfun, mlfun_json, request

MATMUL = Catalog.load().exercise("matmul")
# right everywhere but 1% too large: wrong on the public examples and on the hidden cases
SCALED = (MATMUL.reference.source.replace("def matmul(", "def _matmul(")
          + "\n\ndef matmul(A, B):\n    return _matmul(A, B) * 1.01\n")


def submit_as(server: Server, join_token: str, name: str, workspace: Path) -> dict:
    """Join, submit SCALED, and return the raw API verdict (what any client receives)."""
    env = environment(workspace=workspace)
    mlfun("login", server.url, join_token, "--name", name, env=env, check=True)
    token = json.loads((workspace / ".mlfun/remote.json").read_text())["token"]
    code, body = request(server.url + "/api/v1/submissions", "POST", {"exercise": "matmul", "source": SCALED},
                         token=token)
    assert code == 202, body
    number = json.loads(body)["submission"]
    code, body = request(f"{server.url}/api/v1/submissions/{number}?wait=30", token=token)
    verdict = json.loads(body)
    assert verdict["state"] == "graded", verdict
    history = json.loads(request(server.url + "/api/v1/history", token=token)[1])["attempts"]
    return verdict["result"] | {"history": history}


def hidden_message(result: dict) -> str:
    return next(c["message"] for c in result["checks"] if c["name"] == "values on hidden cases")


def test_hidden_expected_values_and_the_seed_stay_on_the_server(database_url, tmp_path):
    env = environment(database_url)
    quiet = mlfun_json("cohort", "create", "quiet", env=env)
    told = mlfun_json("cohort", "create", "told", env=env)
    assert mlfun_json("cohort", "set", "told", env=env) == {"cohort": "told", "reveal_expected": False}
    assert mlfun_json("cohort", "set", "told", "--reveal-expected", env=env)["reveal_expected"] is True
    mlfun_json("cohort", "create", "open-book", "--reveal-expected", env=env)
    assert mlfun_json("cohort", "set", "open-book", env=env)["reveal_expected"] is True
    with Server(database_url) as server, Worker(database_url):
        hidden = submit_as(server, quiet["join_token"], "ada", tmp_path / "ada")
        shown = submit_as(server, told["join_token"], "bob", tmp_path / "bob")
    assert not hidden["passed"] and not shown["passed"]
    message = hidden_message(hidden)
    assert re.search(r"differs at \[\d+, \d+\]: \|difference\| [0-9.e-]+, relative error 0\.01 ", message)
    assert "(a: (" in message and not re.search(r"expected -?[0-9]", message)
    assert re.search(r"got -?[0-9.e-]+, expected -?[0-9.e-]+", hidden_message(shown))
    public = next(c["message"] for c in hidden["checks"] if c["name"] == "values on public examples")
    assert re.search(r"got -?[0-9.e-]+, expected -?[0-9.e-]+", public)        # their inputs are the learner's
    for result in (hidden, shown):
        assert "seed" not in result and all("seed" not in a for a in result["history"])
    from sqlalchemy import create_engine, select

    from mlfun.db import schema

    engine = create_engine(database_url)
    with engine.connect() as conn:              # kept for the instructor
        seeds = conn.execute(select(schema.attempt.c.seed)).scalars().all()
    engine.dispose()
    assert len(seeds) == 2 and all(isinstance(s, int) for s in seeds)


def test_doctor_and_the_worker_mask_the_database_password(database_url, tmp_path):
    """The test cluster trusts every local connection, so any password opens it."""
    url = make_url(database_url).set(password="Sup3rS3cret").render_as_string(hide_password=False)
    env = environment(url, workspace=tmp_path / "ws")
    report = mlfun_json("doctor", env=env, codes=(0, 3))
    assert report["database"]["ok"] and ":***@" in report["database"]["url"]
    text = mlfun("doctor", env=env).stdout
    assert ":***@" in text and "Sup3rS3cret" not in text
    with Worker(url) as worker:
        ready = select.select([worker.process.stdout], [], [], 60)[0]
        first = worker.process.stdout.readline() if ready else "(nothing in 60 s)"
    assert "grading process(es) on postgresql+psycopg://mlfun:***@" in first and "Sup3rS3cret" not in first, first
