"""The learner's commands: next, submit, test, status, list, show, hint, history, reset, verify, export,
import, watch, doctor."""
from __future__ import annotations

from pathlib import Path

import click

from .app import Env, Exit, json_option, mlfun, pass_env


@mlfun.command("next")
@click.argument("exercise", required=False)
@json_option
@pass_env
def next_command(env: Env, exercise: str | None):
    """Show the next open exercise (or EXERCISE, if open) and write its starter file and statement."""
    if exercise:
        _local_only(env, "next ID")
    info = env.course.next(exercise) if exercise else env.course.next()
    _report_course(env, info.to_json(), "render_next", info)
    return Exit.OK


def _report_course(env: Env, data: dict, renderer: str, *args) -> None:
    """Report, and name every exercise file that did not load ("load_errors" in JSON, a line each
    on stderr otherwise): a broken exercise must not vanish from a learner's course unsaid."""
    errors = list(env.course.load_errors)
    env.report({**data, "load_errors": errors}, renderer, *args)
    if not env.as_json:
        for error in errors:
            click.echo(f"mlfun: could not load {error}", err=True)


@mlfun.command()
@click.argument("exercise", required=False)
@click.option("--file", "file", type=click.Path(path_type=Path), help="Submit this file instead of the workspace's.")
@click.option("--no-wait", is_flag=True, help="In a cohort: queue the submission and return; see it in mlfun history.")
@json_option
@pass_env
def submit(env: Env, exercise: str | None, file: Path | None, no_wait: bool):
    """Grade your solution of EXERCISE (default: the one you last started or edited) and record the attempt."""
    if no_wait:
        return _queue_only(env, exercise, file)
    exercise = exercise or _chosen(env)
    if env.as_json:
        submission = env.course.submit(exercise, file)
        env.emit(submission.to_json())
    else:
        from .render import grading_progress, render_submission

        with grading_progress(env.console, exercise) as live:
            submission = env.course.submit(exercise, file, progress=live.update if live else None)
        render_submission(env.console, submission)
    return Exit.OK if submission.result.passed else Exit.FAILED


def _local_only(env: Env, command: str) -> None:
    if env.remote:
        from mlfun.grader.errors import MlfunError

        raise MlfunError(f"mlfun {command} works on a workspace of this machine, and this one follows a cohort server",
                         "see docs/cohorts.md for what a cohort's learners can run")


def _chosen(env: Env) -> str | None:
    """The exercise a command without an id means, said on stderr so that JSON stays clean."""
    if env.remote:
        return None
    chosen = env.course.recent()
    click.echo(f"mlfun: {chosen}, the exercise you last started or edited (name another: ID)", err=True)
    return chosen


@mlfun.command("test")
@click.argument("exercise", required=False)
@click.option("--file", "file", type=click.Path(path_type=Path), help="Test this file instead of the workspace's.")
@json_option
@pass_env
def test_command(env: Env, exercise: str | None, file: Path | None):
    """Grade EXERCISE (default: the one you last started or edited) without counting an attempt.

    The run is shown exactly like submit's and kept in history, marked "test"; it opens nothing."""
    if env.remote:
        from mlfun.grader.errors import MlfunError

        raise MlfunError("test grades on this machine, and this workspace follows a cohort server",
                         "submit to your cohort with mlfun submit")
    exercise = exercise or _chosen(env)
    if env.as_json:
        submission = env.course.test(exercise, file)
        env.emit(submission.to_json())
    else:
        from .render import grading_progress, render_submission

        with grading_progress(env.console, exercise):
            submission = env.course.test(exercise, file)
        render_submission(env.console, submission)
    return Exit.OK if submission.result.passed else Exit.FAILED


def _queue_only(env: Env, exercise: str | None, file: Path | None):
    from mlfun.grader.errors import MlfunError

    if not env.remote:
        raise MlfunError("--no-wait is for a cohort server; on this machine a grade takes a second",
                         "run mlfun submit without --no-wait")
    queued = env.course.submit(exercise, file, wait=False)
    if env.as_json:
        env.emit(queued)
    else:
        click.echo(f"Queued submission {queued['submission']} of {queued['exercise']}; "
                   "see its verdict with mlfun history.")
    return Exit.OK


@mlfun.command()
@json_option
@pass_env
def status(env: Env):
    """Show the topic tree: every exercise passed, open or locked, with counts (and, in a
    cohort, deadlines)."""
    states = env.course.status()
    _report_course(env, {"exercises": [{"id": s.id, "topic": s.topic, "state": s.state, "attempts": s.attempts,
                                        "deadline": s.deadline.isoformat() if s.deadline else None}
                                       for s in states]}, "render_status", states, env.course.topics)
    return Exit.OK


@mlfun.command("list")
@json_option
@pass_env
def list_command(env: Env):
    """List every exercise with its topic, title and state."""
    states = env.course.status()
    _report_course(env, {"exercises": [{"id": s.id, "topic": s.topic, "title": s.title, "state": s.state}
                                       for s in states]}, "render_list", states)
    return Exit.OK


@mlfun.command()
@click.argument("exercise")
@click.option("--no-pager", is_flag=True, help="Print straight to the terminal, without a pager.")
@json_option
@pass_env
def show(env: Env, exercise: str, no_pager: bool):
    """Show an exercise's statement, its file and its state (locked ones too).

    On a terminal, a statement longer than the screen opens in a pager (less -R); piped output
    and --no-pager print it whole."""
    info = env.course.show(exercise)
    if env.as_json or no_pager or not env.console.is_terminal:
        env.report(info, "render_show", info)
    else:
        from .render import paged, render_show

        with paged(env.console):
            render_show(env.console, info)
    return Exit.OK


@mlfun.command()
@click.argument("exercise", required=False)
@json_option
@pass_env
def hint(env: Env, exercise: str | None):
    """Reveal the next hint of EXERCISE (default: the one you last started or edited). Hints taken are recorded."""
    info = env.course.hint(exercise)
    env.report(info, "render_hints", info)
    return Exit.OK


@mlfun.command()
@click.argument("exercise", required=False)
@click.option("--limit", type=int, default=20, show_default=True, help="How many runs to show, newest first.")
@json_option
@pass_env
def history(env: Env, exercise: str | None, limit: int):
    """Your attempts and test runs (all, or of EXERCISE), newest first, with their verdicts.

    Attempts are numbered per exercise; a test run (mlfun test, or a save under watch that is
    not an attempt) is marked "test" and not counted."""
    attempts, total = env.course.history(exercise, limit)
    env.report({"attempts": [{"attempt": a.number, "id": a.id, "test": a.kind == "test", "exercise": a.exercise,
                              "passed": a.passed, "score": a.score,
                              "created_at": a.created_at.isoformat(), "seed": a.seed,
                              "diagnosis": [d["mistake"] for d in a.diagnosis], "failure": a.failure}
                             for a in attempts], "total": total}, "render_history", attempts, total)
    return Exit.OK


@mlfun.command()
@click.argument("exercise", required=False)
@click.option("--all", "every", is_flag=True, help="Restore the starter of every exercise file in the workspace.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@json_option
@pass_env
def reset(env: Env, exercise: str | None, every: bool, yes: bool):
    """Restore EXERCISE's starter file (or, with --all, every one), keeping a backup of yours.
    Your attempts and progress are kept."""
    from mlfun.grader.errors import MlfunError

    if every == bool(exercise):
        raise MlfunError("name one exercise or --all", "mlfun reset ID, or mlfun reset --all")
    if every:
        _local_only(env, "reset --all")
        return _reset_all(env, yes)
    if not env.remote:
        env.course.check_open(exercise, env.course.passed())
    path = env.course.file_for(exercise)
    if path.exists() and not yes and not env.as_json:
        click.confirm(f"Replace {path} with the starter? A backup is kept", abort=True)
    backup = env.course.reset(exercise)
    if env.as_json:
        env.emit({"exercise": exercise, "file": str(path), "backup": str(backup) if backup else None})
    else:
        kept = f" Your version is kept as {backup}." if backup else ""
        click.echo(f"Restored the starter of {exercise} at {path}.{kept}")
    return Exit.OK


def _reset_all(env: Env, yes: bool):
    if not yes and not env.as_json:
        count = len(env.course.files())
        click.confirm(f"Replace all {count} exercise files in {env.workspace.root} with their starters? "
                      "Every one is backed up first", abort=True)
    restored, backup = env.course.reset_all()
    if env.as_json:
        env.emit({"restored": restored, "backup": str(backup) if backup else None})
    elif restored:
        click.echo(f"Restored {len(restored)} starter{'s' if len(restored) != 1 else ''}. "
                   f"Your files are kept in {backup}.")
    else:
        click.echo("There are no exercise files to restore.")
    return Exit.OK


@mlfun.command()
@json_option
@pass_env
def verify(env: Env):
    """Re-grade the current file of every passed exercise and list those that no longer pass.

    Nothing is recorded and nothing passed is taken back."""
    from mlfun.grader.launch import Zygote

    _local_only(env, "verify")
    with Zygote() as zygote:
        rows = env.course.verify(launcher=zygote)
    broken = [r for r in rows if not r["passed"]]
    env.report({"verified": rows, "failing": [r["exercise"] for r in broken]}, "render_verify", rows)
    return Exit.FAILED if broken else Exit.OK


@mlfun.command("export")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False), required=False)
@pass_env
def export_command(env: Env, file: Path | None):
    """Write your progress and every attempt as JSON Lines to FILE (default: standard output),
    for `mlfun import` on another machine."""
    from mlfun.db.transfer import export_lines

    _local_only(env, "export")
    course = env.course
    lines = export_lines(course.store, course.learner_id, course.learner_name)
    if file is None:
        for line in lines:
            click.echo(line)
        return Exit.OK
    with open(file, "w", encoding="utf-8") as out:
        count = sum(out.write(line + "\n") > 0 for line in lines)
    click.echo(f"Wrote {count - 1} records to {file}.", err=True)
    return Exit.OK


@mlfun.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@json_option
@pass_env
def import_command(env: Env, file: Path):
    """Add the progress and attempts of an `mlfun export` FILE to this workspace. Attempts already
    here are skipped, so importing twice changes nothing; a file of an exercise you do not have
    yet is written from its latest attempt."""
    from mlfun.db.transfer import import_lines

    _local_only(env, "import")
    course = env.course
    with open(file, encoding="utf-8") as lines:
        report = import_lines(course.store, course.learner_id, lines)
    written = course.restore_files(report.pop("latest"))
    report["files_written"] = [str(p) for p in written]
    if env.as_json:
        env.emit(report)
    else:
        click.echo(f"Imported {report['added']} attempt{'s' if report['added'] != 1 else ''} "
                   f"({report['skipped']} already here) and wrote {len(written)} file{'s' if len(written) != 1 else ''}.")
    return Exit.OK


@mlfun.command()
@click.argument("exercise", required=False)
@click.option("--interval", type=float, default=0.3, show_default=True, help="Seconds between checks of the file.")
@pass_env
def watch(env: Env, exercise: str | None, interval: float):
    """Re-grade EXERCISE (default: the one you last started or edited) every time you save its file.

    Each save is a test run; it counts as an attempt only when it parses and is new (not the
    starter, not code already graded as an attempt). A new save cancels a grade still running.
    Where the file system sends no change events, watch polls, and says so. Ctrl-C stops."""
    from .watch import watch_file

    return watch_file(env, exercise, interval)


@mlfun.command()
@json_option
@pass_env
def doctor(env: Env):
    """Check the set-up: Python, NumPy, the database, the sandbox's isolation, the workspace."""
    from .doctor import diagnose_setup

    report = diagnose_setup(env)
    env.report(report, "render_doctor", report)
    return Exit.OK if report["ok"] else Exit.ERROR
