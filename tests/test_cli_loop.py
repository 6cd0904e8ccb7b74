"""Issue 19, the learner's loop: a tmux session at 80 columns through next, next ID, watch
(a syntax error that is no attempt, a wrong save, a right one), verify, export and import;
then each smaller item with its exact text at COLUMNS=80."""
from __future__ import annotations

import json
import os
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from conftest import ROOT, run_mlfun

W80 = {"COLUMNS": "80", "NO_COLOR": "1"}
MLFUN = [sys.executable, "-m", "mlfun.cli"]


def as_json(completed) -> dict:
    assert completed.stdout, completed.stderr
    return json.loads(completed.stdout)


def record_pass(workspace: Path, *exercise_ids: str) -> None:
    """Mark exercises passed in the workspace's store, as a grade would, without grading."""
    from mlfun.db.store import Store, default_url
    from mlfun.grader.result import CheckResult, Result

    store = Store(default_url(workspace))
    me = store.learner("tester")
    for exercise_id in exercise_ids:
        store.record(me, Result(exercise_id, True, (CheckResult("setup", True, ""),), (), 0, "h", 0.0), "ok\n")
    store.close()


# -- the walk, in tmux ----------------------------------------------------------------------

class Tmux:
    """One tmux server of our own (its own socket), 80 columns wide, for a learner's shell."""

    def __init__(self, env: dict):
        self.socket = f"mlfun-test-{uuid.uuid4().hex[:8]}"
        self.env = env

    def tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=True,
                              env=self.env).stdout

    def start(self) -> "Tmux":
        self.tmux("new-session", "-d", "-s", "learner", "-x", "80", "-y", "50", "bash --norc --noprofile")
        self.tmux("new-window", "-d", "-t", "learner:1", "bash --norc --noprofile")
        return self

    def run(self, command: str, window: int = 0, timeout: float = 60) -> str:
        """Type `command` at the shell and return what it printed (the pane is cleared first)."""
        tag = uuid.uuid4().hex[:6]
        marker = f"done-{tag}"                       # typed as done-""tag, so only the output matches
        self.tmux("send-keys", "-t", f"learner:{window}", "clear", "Enter")
        self.type(f'{command}; echo done-""{tag}', window)
        screen = self.wait_for(marker, window, timeout)
        return screen.split(f'done-""{tag}', 1)[-1].split(marker)[0]

    def type(self, text: str, window: int = 0) -> None:
        self.tmux("send-keys", "-t", f"learner:{window}", "-l", text)
        self.tmux("send-keys", "-t", f"learner:{window}", "Enter")

    def screen(self, window: int = 0) -> str:
        return self.tmux("capture-pane", "-p", "-J", "-S", "-2000", "-t", f"learner:{window}")

    def wait_for(self, text: str, window: int = 0, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen(window)
            if text in screen:
                return screen
            time.sleep(0.05)
        pytest.fail(f"{text!r} never appeared in window {window}:\n{self.screen(window)}")

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True)


@pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")
def test_a_learner_walks_the_loop_in_tmux_at_80_columns(tmp_path, catalog):
    home, other = tmp_path / "mlfun", tmp_path / "laptop"
    export = tmp_path / "progress.jsonl"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MLFUN_", "TMUX"))}
    env.update(MLFUN_WORKSPACE=str(home), MLFUN_LEARNER="ada", TERM="xterm-256color", NO_COLOR="1",
               PS1="$ ", PATH=f"{Path(sys.executable).parent}:{env['PATH']}")
    env.pop("COLUMNS", None)
    first, second = catalog.next_open(set()).id, "logsumexp"
    assert first == "matmul" and catalog.state(second, set()) == "open"
    logsumexp = catalog.exercise(second)
    session = Tmux(env).start()
    try:
        shown = session.run("mlfun next")
        assert "(matmul, topic linear-algebra)" in shown and "Wrote the starter to" in shown
        statement = home / "linear-algebra" / "matmul.md"
        assert statement.read_text().startswith("# Matrix multiplication from scratch\n")
        assert catalog.exercise("matmul").statement.strip() in statement.read_text()

        shown = session.run(f"mlfun next {second}")
        path = home / logsumexp.topic / logsumexp.filename
        assert f"({second}, topic {logsumexp.topic})" in shown and path.exists()
        assert (home / logsumexp.topic / "logsumexp.md").exists()

        session.type("mlfun watch", window=1)       # the exercise last started: logsumexp
        session.wait_for(f"for {second}. Save to re-grade", 1)
        session.wait_for("Not an attempt: this is the untouched starter.", 1)
        path.write_text("import numpy as np\n\ndef logsumexp(x, axis=None):\n    return np.log(np.sum(np.exp(x)\n")
        session.wait_for("Not an attempt: the file does not parse (saved mid-edit?).", 1)
        path.write_text(logsumexp.mistakes[0].variants[0].source)
        session.wait_for(f"Not yet: {second}", 1)
        assert f"s, attempt 1." in session.wait_for(", attempt 1.", 1)
        path.write_text(logsumexp.reference.source)
        screen = session.wait_for("Opened:", 1)
        assert f"Passed: {second}, score 100%" in screen and ", attempt 2." in screen
        session.tmux("send-keys", "-t", "learner:1", "C-c")
        session.wait_for("Stopped watching.", 1)

        history = as_json(run_mlfun("history", "--json", env={"MLFUN_WORKSPACE": str(home), "MLFUN_LEARNER": "ada"}))
        kinds = [(a["attempt"], a["test"], a["passed"]) for a in reversed(history["attempts"])]
        assert kinds == [(None, True, False), (None, True, False), (1, False, False), (2, False, True)]

        assert "All 1 passed exercises still pass." in session.run("mlfun verify")
        shown = session.run(f"PAGER='cat > {tmp_path}/paged.txt' mlfun show matmul")
        assert "Matrix multiplication from scratch" in (tmp_path / "paged.txt").read_text()   # paged on a terminal
        assert "Matrix multiplication" not in shown

        session.run(f"mlfun export {export}")
        said = session.run(f"MLFUN_WORKSPACE={other} mlfun import {export}")
        assert "Imported 4 attempts (0 already here) and wrote 1 file." in said
        said = session.run(f"MLFUN_WORKSPACE={other} mlfun import {export}")
        assert "Imported 0 attempts (4 already here) and wrote 0 files." in said
        here = session.run("mlfun status --json")
        there = session.run(f"MLFUN_WORKSPACE={other} mlfun status --json")
        assert json.loads(here[here.index("{"):]) == json.loads(there[there.index("{"):])
        assert (other / logsumexp.topic / logsumexp.filename).read_text() == logsumexp.reference.source
    finally:
        session.close()


# -- the smaller items, at 80 columns ---------------------------------------------------------

def test_history_keeps_whole_ids_and_says_what_it_leaves_out(workspace):
    from mlfun.db.store import Store, default_url
    from mlfun.grader.result import CheckResult, Result

    store = Store(default_url(workspace))
    me = store.learner("tester")
    for seed in range(22):
        store.keep(me, Result("multi-head-attention", False, (CheckResult("values", False, "off"),), (), seed, "h",
                              0.1), "x = 1\n", "test" if seed == 21 else "submit")
    out = run_mlfun("history", env=W80)
    lines = out.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert sum("multi-head-attention" in line for line in lines) == 20
    assert lines[-2] == "Showing the newest 20 of 22; mlfun history --limit 22 shows all."
    assert lines[-1] == "# is the attempt's number at its exercise; test runs are not attempts."
    rows = [line.split("│")[1].strip() for line in lines if "multi-head-attention" in line]
    assert rows[:3] == ["test", "21", "20"]
    assert "Showing" not in run_mlfun("history", "--limit", "30", env=W80).stdout


def test_status_keeps_its_columns_for_long_ids(workspace, catalog):
    out = run_mlfun("status", env=W80).stdout.splitlines()
    width = max(len(e.id) for e in catalog.entries)
    rows = [line for line in out if line.startswith("  ") and line[2] in "✓→·"]
    assert len(rows) == len(catalog.entries) and all(len(line) <= 80 for line in out)
    assert {line.index(" locked") if "locked" in line else line.index(" open") for line in rows} == {width + 5}
    assert f"  · {'diagnose-frozen-parameter':<{width}}  locked" in out
    assert "  → matmul" + " " * (width - 6) + "  open" in out


def test_show_and_submit_say_the_same_about_a_locked_exercise(workspace, catalog):
    exercise = "diagnose-exploding-rnn"
    topic = catalog.entry(exercise).topic
    required = catalog.topics[topic].requires
    shown = as_json(run_mlfun("show", exercise, "--json"))["blockers"]
    said = run_mlfun("submit", exercise, "--file", str(ROOT / "README.md"), env=W80)
    assert said.returncode == 3
    assert said.stderr == f"mlfun: '{exercise}' is locked\n  hint: pass {'; '.join(shown)} first\n"
    for needed, text in zip(required, shown):
        own = [e.id for e in catalog.in_topic(needed)]
        assert text == f"the topic {needed} ({len(own)} of its {len(own)} exercises left: {', '.join(own)})"
    page = " ".join(run_mlfun("show", exercise, "--no-pager", env=W80).stdout.split())
    assert f"Opens after: {'; '.join(shown)}" in page


def test_a_syntax_error_in_another_file_names_that_file(workspace, catalog, tmp_path):
    other = tmp_path / "other.py"
    other.write_text("def matmul(a, b:\n    return a @ b\n")
    verdict = as_json(run_mlfun("submit", "matmul", "--file", str(other), "--json"))
    assert verdict["checks"][0]["message"] == "SyntaxError at line 1 of other.py: '(' was never closed"
    assert "matmul.py" not in json.dumps(verdict["checks"])


def test_reset_and_next_of_a_locked_exercise_refuse_and_say_what_opens_it(workspace, catalog):
    for command in (("reset", "projection", "--yes"), ("next", "projection")):
        out = run_mlfun(*command, env=W80)
        assert out.returncode == 3 and out.stderr == "mlfun: 'projection' is locked\n  hint: pass matmul first\n"
    assert not (workspace / "linear-algebra" / "projection.py").exists()


def test_the_hint_for_a_deleted_file_of_a_passed_exercise(workspace, catalog):
    record_pass(workspace, "matmul")
    path = workspace / "linear-algebra" / "matmul.py"
    out = run_mlfun("submit", "matmul", env=W80)
    assert out.returncode == 3 and out.stderr == (
        f"mlfun: there is no file at {path}\n  hint: you passed matmul already; `mlfun next matmul` writes its "
        "starter again (your passing code is in `mlfun history matmul`), or pass --file PATH\n")
    assert as_json(run_mlfun("next", "matmul", "--json"))["starter_written"] is True and path.exists()


def test_the_readme_session_starts_where_a_new_learner_does(catalog):
    session = (ROOT / "README.md").read_text().split("## A session", 1)[1]
    first = catalog.next_open(set())
    assert f"({first.id}, topic {first.topic})" in session.split("$ mlfun submit")[0]


def test_submit_without_an_id_grades_the_exercise_last_started_or_edited(workspace, catalog):
    run_mlfun("next")                                       # matmul
    statement = workspace / "linear-algebra" / "matmul.md"
    kept = statement.read_text()
    statement.write_text("# an older version of the exercise\n")
    run_mlfun("next", "matmul")
    assert statement.read_text() == kept                     # kept current
    run_mlfun("next", "logsumexp")
    time.sleep(0.05)
    (workspace / "linear-algebra" / "matmul.py").write_text("def matmul(a, b):\n    return a @ b\n")
    out = run_mlfun("test", "--json")
    assert out.stderr == "mlfun: matmul, the exercise you last started or edited (name another: ID)\n"
    assert as_json(out)["exercise"] == "matmul"


def test_the_starter_scores_nothing_and_a_test_run_is_no_attempt(workspace, catalog):
    run_mlfun("next")
    tested = as_json(run_mlfun("test", "matmul", "--json"))
    assert tested["test"] is True and "attempt" not in tested and tested["score"] == 0.0
    assert any(c["passed"] for c in tested["checks"])          # "inputs left unmodified": no weight
    submitted = as_json(run_mlfun("submit", "matmul", "--json"))
    assert submitted["attempt"] == 1 and submitted["score"] == 0.0
    lines = run_mlfun("history", env=W80).stdout.splitlines()
    assert [line.split("│")[1].strip() for line in lines if "matmul" in line] == ["1", "test"]


def test_reset_all_asks_backs_up_and_restores(workspace, catalog):
    run_mlfun("next")
    run_mlfun("next", "logsumexp")
    mine = {workspace / "linear-algebra" / "matmul.py": "# mine 1\n", workspace / "probability" / "logsumexp.py": "# 2\n"}
    for path, text in mine.items():
        path.write_text(text)
    refused = subprocess.run([*MLFUN, "reset", "--all"], input="n\n", capture_output=True, text=True,
                             env=dict(os.environ, **W80))
    assert refused.returncode == 130 and all(p.read_text() == t for p, t in mine.items())
    assert "Replace all 2 exercise files in" in refused.stdout
    done = as_json(run_mlfun("reset", "--all", "--yes", "--json"))
    assert done["restored"] == ["logsumexp", "matmul"]
    backup = Path(done["backup"])
    for path, text in mine.items():
        assert (backup / path.relative_to(workspace)).read_text() == text
        assert path.read_text() == catalog.exercise(path.stem).starter.source


def test_watch_polls_where_there_are_no_events_and_a_new_save_cancels_a_grade(workspace, catalog):
    path = Path(as_json(run_mlfun("next", "--json"))["file"])
    path.write_text("def matmul(a, b):\n    while True:\n        pass\n")
    watcher = subprocess.Popen([*MLFUN, "watch", "matmul", "--interval", "0.1"], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, env=dict(os.environ, MLFUN_WATCH_POLL="1", **W80))
    from test_cli_commands import _read_until

    try:
        output = _read_until(watcher, "watching by polling every 0.1 s.", 30)
        time.sleep(1.5)                                   # the looping version is being graded
        started = time.monotonic()
        path.write_text(catalog.exercise("matmul").reference.source)
        output += _read_until(watcher, "Passed:", 30)
        assert time.monotonic() - started < 8             # not the 10 s limit of the looping grade
    finally:
        watcher.send_signal(signal.SIGINT)
        output += watcher.communicate(timeout=30)[0].decode()
    assert output.count("mlfun: change events are not available here; watching by polling every 0.1 s.") == 1
    assert "A new save: the grade in flight is cancelled." in output
    assert "Passed: matmul, score 100%" in output and ", attempt 1." in output


def test_a_database_from_before_numbering_is_numbered_per_exercise(tmp_path):
    from sqlalchemy import create_engine

    from mlfun.db.store import Store, upgrade

    url = f"sqlite:///{tmp_path / 'progress.db'}"
    engine = create_engine(url)
    upgrade(engine, "0003")
    engine.dispose()
    db = sqlite3.connect(tmp_path / "progress.db")
    db.execute("insert into learner (id, name, created_at) values (1, 'ann', '2026-11-01 10:00:00')")
    for i, (exercise, graded) in enumerate([("softmax", 1), ("matmul", 1), ("softmax", 0), ("softmax", 1)], 1):
        db.execute("insert into attempt (id, learner_id, exercise_id, content_hash, source, seed, passed, score, "
                   "checks, diagnosis, duration, created_at, graded) values (?, 1, ?, 'h', 's', 1, 0, 0, '[]', '[]', "
                   "0.1, '2026-11-01 10:00:00', ?)", (i, exercise, graded))
    db.commit()
    db.close()
    store = Store(url)
    assert [(a.exercise, a.number) for a in reversed(store.history(1))] == [
        ("softmax", 1), ("matmul", 1), ("softmax", None), ("softmax", 2)]
    assert all(a.kind == "submit" for a in store.history(1))
