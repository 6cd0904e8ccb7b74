"""The learner's and instructor's commands, run as real processes on a real SQLite file."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from conftest import run_mlfun


def as_json(completed) -> dict:
    assert completed.stdout, completed.stderr
    return json.loads(completed.stdout)


def reference_of(catalog, exercise_id: str) -> str:
    return catalog.exercise(exercise_id).reference.source


def test_next_submit_record_unlock(workspace, catalog):
    """From nothing: next writes a starter, the starter fails, a correct file passes and opens the next."""
    first = as_json(run_mlfun("next", "--json"))
    exercise = first["exercise"]
    path = Path(first["file"])
    assert exercise == catalog.next_open(set()).id and first["topic"] == catalog.entry(exercise).topic
    assert path.read_text() == catalog.exercise(exercise).starter.source

    failed = run_mlfun("submit", "--json")
    verdict = as_json(failed)
    assert failed.returncode == 1 and verdict["passed"] is False and verdict["exercise"] == exercise
    assert verdict["attempt"] == 1 and verdict["unlocked"] == []
    assert 0 <= verdict["score"] < 1 and all({"name", "passed", "message"} <= set(c) for c in verdict["checks"])

    path.write_text(reference_of(catalog, exercise))
    passed = run_mlfun("submit", exercise, "--json")
    verdict = as_json(passed)
    assert passed.returncode == 0 and verdict["passed"] is True and verdict["score"] == 1.0
    following = catalog.next_open({exercise})
    assert verdict["attempt"] == 2 and verdict["unlocked"] == catalog.newly_opened(set(), {exercise})

    states = {e["id"]: e["state"] for e in as_json(run_mlfun("status", "--json"))["exercises"]}
    assert states[exercise] == "passed" and states[following.id] == "open"
    assert set(states.values()) <= {"passed", "open", "locked"} and len(states) == len(catalog.entries)

    db = sqlite3.connect(workspace / ".mlfun" / "progress.db")
    rows = db.execute("select exercise_id, passed, seed, source, content_hash from attempt order by id").fetchall()
    assert [(r[0], r[1]) for r in rows] == [(exercise, 0), (exercise, 1)]
    assert rows[1][3] == reference_of(catalog, exercise) and rows[0][4] == catalog.exercise(exercise).content_hash


def test_next_never_overwrites_the_learners_file(workspace):
    first = as_json(run_mlfun("next", "--json"))
    Path(first["file"]).write_text("# my work in progress\n")
    again = as_json(run_mlfun("next", "--json"))
    assert again["file"] == first["file"] and again["starter_written"] is False
    assert Path(first["file"]).read_text() == "# my work in progress\n"


def test_author_grade_names_the_affine_mistake(workspace, catalog, tmp_path):
    wrong = tmp_path / "affine_layer.py"
    wrong.write_text(reference_of(catalog, "affine-layer").replace("db = dout.sum(axis=0)", "db = dout.mean(axis=0)"))
    completed = run_mlfun("author", "grade", "affine-layer", str(wrong), "--json")
    verdict = as_json(completed)
    assert completed.returncode == 1 and verdict["passed"] is False
    gradient = [c for c in verdict["checks"] if c["name"].startswith("gradient check")]
    assert gradient and not gradient[0]["passed"] and "db" in gradient[0]["message"]
    assert [d["mistake"] for d in verdict["diagnosis"]] == ["db-mean-not-sum"]
    assert "attempt" not in verdict
    assert not (workspace / ".mlfun" / "progress.db").exists() or sqlite3.connect(
        workspace / ".mlfun" / "progress.db").execute("select count(*) from attempt").fetchone()[0] == 0


def test_submit_prints_checks_diagnosis_and_what_opened(workspace, catalog):
    first = as_json(run_mlfun("next", "--json"))
    Path(first["file"]).write_text(reference_of(catalog, first["exercise"]))
    out = run_mlfun("submit", env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert out.returncode == 0, out.stderr
    assert "Passed" in out.stdout and "values on hidden cases" in out.stdout
    assert ("Opened:" in out.stdout) == bool(catalog.newly_opened(set(), {first["exercise"]}))


def test_unknown_exercise_is_one_sentence_with_suggestions(workspace):
    out = run_mlfun("submit", "sofmax")
    assert out.returncode == 3 and out.stdout == ""
    assert out.stderr.splitlines()[0] == "mlfun: there is no exercise called 'sofmax'"
    assert "softmax" in out.stderr and "Traceback" not in out.stderr


def test_locked_exercise_says_what_opens_it(workspace, catalog):
    locked = next(e.id for e in catalog.entries if catalog.state(e.id, set()) == "locked")
    out = run_mlfun("submit", locked, "--file", __file__)
    assert out.returncode == 3 and f"'{locked}' is locked" in out.stderr and "pass " in out.stderr


def test_missing_file_is_a_clear_error(workspace, catalog):
    exercise = catalog.next_open(set()).id
    out = run_mlfun("submit", exercise)
    assert out.returncode == 3 and "there is no file at" in out.stderr and "mlfun next" in out.stderr


def test_the_softmax_path(workspace, catalog):
    """Issue 2's walk, on softmax: once logsumexp (the exercise before it) is passed, `next` names
    softmax and writes its starter; the starter fails and is recorded; a correct softmax passes;
    status shows softmax passed and the next exercise open."""
    passed = set()
    while catalog.next_open(passed).id != "softmax":        # logsumexp, and matmul... in the other first topic
        ahead = catalog.next_open(passed).id
        info = as_json(run_mlfun("show", ahead, "--json"))
        Path(info["file"]).parent.mkdir(parents=True, exist_ok=True)
        Path(info["file"]).write_text(reference_of(catalog, ahead))
        assert as_json(run_mlfun("submit", ahead, "--json"))["passed"]
        passed.add(ahead)
    first = as_json(run_mlfun("next", "--json"))
    assert first["exercise"] == "softmax" and Path(first["file"]).read_text() == catalog.exercise("softmax").starter.source
    failed = as_json(run_mlfun("submit", "--json"))
    assert failed["exercise"] == "softmax" and failed["passed"] is False
    Path(first["file"]).write_text(reference_of(catalog, "softmax"))
    verdict = as_json(run_mlfun("submit", "--json"))
    assert verdict["exercise"] == "softmax" and verdict["passed"] and verdict["attempt"] == failed["attempt"] + 1
    states = {e["id"]: e["state"] for e in as_json(run_mlfun("status", "--json"))["exercises"]}
    assert states["softmax"] == "passed" and states[catalog.next_open(passed | {"softmax"}).id] == "open"


def test_the_lazy_command_table_says_what_the_commands_say():
    """`mlfun --help` lists commands from app.COMMANDS without importing them: the table must
    name every command, its module, and the first paragraph of its own help."""
    import importlib

    import click

    from mlfun.cli.app import COMMANDS, mlfun

    for module in {m for m, _ in COMMANDS.values()}:
        importlib.import_module(f"mlfun.cli.{module}")
    assert sorted(mlfun.commands) == sorted(COMMANDS)
    for name, command in mlfun.commands.items():
        module, first = COMMANDS[name]
        defined_in = command.callback.__module__ if command.callback else ""
        assert defined_in == f"mlfun.cli.{module}", (name, defined_in)
        assert click.Command(name, help=first).get_short_help_str(200) == command.get_short_help_str(200), name
