"""The terminal experience: every command, its errors (exact sentence and exit code), watch mode,
rendering at a fixed width, and an instructor adding an exercise as docs/authoring.md says."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rich.console import Console

from conftest import ROOT, run_mlfun


def as_json(completed) -> dict:
    assert completed.stdout, completed.stderr
    return json.loads(completed.stdout)


def first_exercise(catalog) -> str:
    return catalog.next_open(set()).id


def pass_exercise(catalog, exercise_id: str) -> dict:
    info = as_json(run_mlfun("show", exercise_id, "--json"))
    Path(info["file"]).parent.mkdir(parents=True, exist_ok=True)
    Path(info["file"]).write_text(catalog.exercise(exercise_id).reference.source)
    verdict = as_json(run_mlfun("submit", exercise_id, "--json"))
    assert verdict["passed"], verdict
    return verdict


def test_hints_are_staged_and_recorded(workspace, catalog):
    exercise = first_exercise(catalog)
    total = len(catalog.exercise(exercise).hints)
    shown = [as_json(run_mlfun("hint", "--json")) for _ in range(total + 1)]
    assert [len(s["hints"]) for s in shown] == list(range(1, total + 1)) + [total]
    assert shown[0]["hints"][0] == catalog.exercise(exercise).hints[0]
    db = sqlite3.connect(workspace / ".mlfun" / "progress.db")
    assert db.execute("select hints_taken from progress where exercise_id=?", (exercise,)).fetchone()[0] == total


def test_history_lists_attempts_newest_first(workspace, catalog):
    exercise = first_exercise(catalog)
    run_mlfun("next")
    run_mlfun("submit", "--json")
    pass_exercise(catalog, exercise)
    attempts = as_json(run_mlfun("history", exercise, "--json"))["attempts"]
    assert [a["passed"] for a in attempts] == [True, False] and attempts[0]["attempt"] > attempts[1]["attempt"]


def test_reset_restores_the_starter_and_keeps_a_backup(workspace, catalog):
    exercise = first_exercise(catalog)
    path = Path(as_json(run_mlfun("next", "--json"))["file"])
    path.write_text("# my attempt\n")
    cancelled = subprocess.run([sys.executable, "-m", "mlfun.cli", "reset", exercise], input="n\n",
                               capture_output=True, text=True)
    assert cancelled.returncode == 130 and path.read_text() == "# my attempt\n"
    done = as_json(run_mlfun("reset", exercise, "--json"))
    assert path.read_text() == catalog.exercise(exercise).starter.source
    assert Path(done["backup"]).read_text() == "# my attempt\n"


def test_show_and_list_work_for_locked_exercises(workspace, catalog):
    locked = next(e.id for e in catalog.entries if catalog.state(e.id, set()) == "locked")
    info = as_json(run_mlfun("show", locked, "--json"))
    assert info["state"] == "locked" and info["blockers"] and info["statement"]
    listed = as_json(run_mlfun("list", "--json"))["exercises"]
    assert len(listed) == len(catalog.entries) and {e["state"] for e in listed} >= {"open", "locked"}


def test_doctor_reports_isolation(workspace):
    report = as_json(run_mlfun("doctor", "--json"))
    assert report["database"]["ok"] and report["numpy"] and report["isolation"]["active"]
    if sys.platform.startswith("linux") and report["isolation"]["level"] == "full":
        assert any("network namespace" in p for p in report["isolation"]["active"])


def test_doctor_in_a_workspace_logged_in_to_a_cohort(workspace):
    """Such a workspace's records live on the server: doctor says so, and checks the rest."""
    (workspace / ".mlfun").mkdir(exist_ok=True)
    (workspace / ".mlfun" / "remote.json").write_text(json.dumps(
        {"server": "http://127.0.0.1:9", "token": "t", "learner": "ada", "cohort": "autumn"}))
    report = as_json(run_mlfun("doctor", "--json"))
    assert report["database"] == {"ok": True, "server": "http://127.0.0.1:9", "cohort": "autumn"}
    assert report["exercises"]["count"] > 0 and not report["exercises"]["errors"]
    text = run_mlfun("doctor")
    assert text.returncode == 0 and "kept by the cohort server http://127.0.0.1:9 (autumn)" in text.stdout


def test_unreadable_database_is_one_sentence(workspace):
    (workspace / ".mlfun").mkdir(exist_ok=True)
    (workspace / ".mlfun" / "progress.db").write_bytes(b"garbage" * 200)
    out = run_mlfun("status")
    assert out.returncode == 3 and out.stderr.startswith("mlfun: cannot use the progress database (")
    assert "hint: move the file away" in out.stderr and "Traceback" not in out.stderr


def test_broken_exercise_file_is_one_sentence_with_file_and_line(workspace, tmp_path):
    folder = tmp_path / "course"
    (folder / "extra").mkdir(parents=True)
    (folder / "extra" / "broken.yaml").write_text("id: broken\ntitle: [unclosed\n")
    out = run_mlfun("show", "broken", env={"MLFUN_EXERCISES": str(folder)})
    assert out.returncode == 3 and "broken.yaml, line 2" in out.stderr and "not valid YAML" in out.stderr


def test_status_list_and_next_name_an_exercise_that_did_not_load(workspace, tmp_path):
    """A broken exercise must not vanish from a learner's course without a word."""
    broken = tmp_path / "course" / "extra" / "typo.yaml"
    broken.parent.mkdir(parents=True)
    broken.write_text("id: typo\ntitle: A typo\ntopic: extra\nchecks:\n  - close: {rtol: 1.0e-9, atoll: 1.0e-12}\n")
    said = f"{broken}, line 5: unknown option 'atoll' of a close check (did you mean 'atol'?)"
    env = {"MLFUN_EXERCISES": str(broken.parent.parent)}
    for command, key in (("status", "exercises"), ("list", "exercises"), ("next", "exercise")):
        out = run_mlfun(command, env=env)
        assert out.returncode == 0 and f"mlfun: could not load {said}" in out.stderr.splitlines(), out.stderr
        data = as_json(run_mlfun(command, "--json", env=env))
        assert data["load_errors"] == [said] and data[key], data


def test_every_command_has_help_and_is_documented():
    from mlfun.cli.main import mlfun

    docs = "".join((ROOT / "docs" / name).read_text() for name in ("learning.md", "authoring.md", "cohorts.md"))
    names = []
    for name, command in mlfun.commands.items():
        names += [f"{name} {sub}" for sub in getattr(command, "commands", {})] or [name]
        assert command.help, name
    for name in names:
        assert f"mlfun {name}" in docs, f"`mlfun {name}` is not in docs/"


def test_help_imports_nothing_heavy():
    code = ("import sys; from mlfun.cli.main import mlfun\n"
            "try:\n    mlfun.main(['--help'], standalone_mode=False)\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('numpy', 'sqlalchemy', 'rich', 'yaml', 'alembic') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_status_imports_no_numpy_or_alembic(workspace):
    code = ("import sys\nfrom mlfun.cli.main import mlfun\n"
            "mlfun.main(['status', '--json'], standalone_mode=False)\n"
            "print(sorted(m for m in ('numpy', 'alembic', 'sqlalchemy.orm', 'rich', 'mlfun.grader.sandbox') if m in sys.modules))")
    run_mlfun("status")      # create the database first, so this run is a normal one
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_rendering_at_a_fixed_width_in_colour_and_plain():
    from mlfun.cli.course import Submission
    from mlfun.cli.render import render_submission
    from mlfun.grader.result import CheckResult, Diagnosis, Result

    result = Result("softmax", False, (CheckResult("values on hidden cases", False, "out differs at [0]"),),
                    (Diagnosis("no-max-shift", "Subtract the maximum first."),), 1, "h", 0.12)
    outputs = {}
    for colour in (True, False):
        console = Console(width=72, record=True, force_terminal=colour, color_system="standard" if colour else None)
        render_submission(console, Submission(result, 4, []))
        outputs[colour] = console.export_text(styles=colour)
    assert "\x1b[" in outputs[True] and "\x1b[" not in outputs[False]
    plain = outputs[False]
    assert all(len(line) <= 72 for line in plain.splitlines())
    assert "values on hidden cases" in plain and "Diagnosis: no-max-shift" in plain
    assert "Not yet: softmax, score 0% in 0.12 s, attempt 4." in plain


def test_watch_regrades_on_save_and_stops_cleanly(workspace, catalog):
    exercise = first_exercise(catalog)
    path = Path(as_json(run_mlfun("next", "--json"))["file"])
    watcher = subprocess.Popen([sys.executable, "-m", "mlfun.cli", "watch", exercise, "--interval", "0.1"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               env=dict(os.environ, NO_COLOR="1", COLUMNS="120"))
    try:
        output = _read_until(watcher, "Not yet:", 60)              # the starter is graded at once
        path.write_text(catalog.exercise(exercise).reference.source)
        output += _read_until(watcher, "Passed:", 60)              # the save is graded again
    finally:
        watcher.send_signal(signal.SIGINT)
        rest = watcher.communicate(timeout=30)[0].decode()
    assert "Watching" in output and "Not yet:" in output and "Passed:" in output
    assert watcher.returncode == 0 and "Stopped watching." in rest
    attempts = sqlite3.connect(workspace / ".mlfun" / "progress.db").execute("select count(*) from attempt")
    assert attempts.fetchone()[0] == 2


def _read_until(process, marker: str, timeout: float) -> str:
    import select

    deadline, seen = time.monotonic() + timeout, ""
    fd = process.stdout.fileno()
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            chunk = os.read(fd, 65536).decode()
            if not chunk:
                break
            seen += chunk
            if marker in seen:
                return seen
    pytest.fail(f"'{marker}' never appeared; output so far:\n{seen}")


def test_an_instructor_adds_an_exercise_that_requires_softmax(workspace, catalog, tmp_path):
    """Following docs/authoring.md: `author new`, require softmax, `author check`, see it open."""
    folder = tmp_path / "my-course"
    env = {"MLFUN_EXERCISES": str(folder)}
    made = run_mlfun("author", "new", "scale-logits", "--topic", "extras", "--dir", str(folder), env=env)
    assert made.returncode == 0, made.stderr
    yaml_path = folder / "extras" / "scale-logits.yaml"
    yaml_path.write_text(yaml_path.read_text().replace("requires: []", "requires: [softmax]"))
    checked = run_mlfun("author", "check", str(yaml_path), "--json", env=env)
    assert checked.returncode == 0 and as_json(checked)["ok"], checked.stdout
    states = {e["id"]: e["state"] for e in as_json(run_mlfun("status", "--json", env=env))["exercises"]}
    assert states["scale-logits"] == "locked"
    needed = [e.id for e in catalog.entries if e.topic == "probability"][:[e.id for e in catalog.entries
                                                                             if e.topic == "probability"].index("softmax") + 1]
    for exercise in needed:
        info = as_json(run_mlfun("show", exercise, "--json", env=env))
        Path(info["file"]).parent.mkdir(parents=True, exist_ok=True)
        Path(info["file"]).write_text(catalog.exercise(exercise).reference.source)
        verdict = as_json(run_mlfun("submit", exercise, "--json", env=env))
        assert verdict["passed"], verdict
    assert "scale-logits" in verdict["unlocked"]


def test_math_in_statements_survives_the_terminal():
    from mlfun.cli.render import statement_markdown

    console = Console(width=80, record=True, force_terminal=False)
    console.print(statement_markdown("The step is $$\\hat m_t = \\frac{m_t}{1-\\beta_1^t}$$ and $x_{i} \\le 1$ here."))
    text = console.export_text()
    assert "m̂ₜ = mₜ/(1−β₁ᵗ)" in text and "xᵢ ≤ 1" in text and "\\" not in text   # TeX as Unicode


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_shell_completion_scripts(shell):
    out = subprocess.run([sys.executable, "-m", "mlfun.cli"], env=dict(os.environ, _MLFUN_COMPLETE=f"{shell}_source"),
                         capture_output=True, text=True)
    assert out.returncode == 0 and "_MLFUN_COMPLETE" in out.stdout


def test_completion_offers_commands():
    env = dict(os.environ, _MLFUN_COMPLETE="bash_complete", COMP_WORDS="mlfun su", COMP_CWORD="1")
    out = subprocess.run([sys.executable, "-m", "mlfun.cli"], env=env, capture_output=True, text=True)
    assert "submit" in out.stdout
