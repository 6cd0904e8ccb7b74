"""The learner's commands: next, submit, status, list, show, hint, history, reset, watch, doctor."""
from __future__ import annotations

from pathlib import Path

import click

from .app import Env, Exit, json_option, mlfun, pass_env


@mlfun.command("next")
@json_option
@pass_env
def next_command(env: Env):
    """Show the next open exercise and write its starter file."""
    info = env.course.next()
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
    """Grade your solution of EXERCISE (default: the current one) and record the attempt."""
    if no_wait:
        return _queue_only(env, exercise, file)
    if env.as_json:
        submission = env.course.submit(exercise, file)
        env.emit(submission.to_json())
    else:
        from .render import grading_progress, render_submission

        with grading_progress(env.console, exercise) as live:
            submission = env.course.submit(exercise, file, progress=live.update if live else None)
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
@json_option
@pass_env
def show(env: Env, exercise: str):
    """Show an exercise's statement, its file and its state (locked ones too)."""
    info = env.course.show(exercise)
    env.report(info, "render_show", info)
    return Exit.OK


@mlfun.command()
@click.argument("exercise", required=False)
@json_option
@pass_env
def hint(env: Env, exercise: str | None):
    """Reveal the next hint of EXERCISE (default: the current one). Hints taken are recorded."""
    info = env.course.hint(exercise)
    env.report(info, "render_hints", info)
    return Exit.OK


@mlfun.command()
@click.argument("exercise", required=False)
@click.option("--limit", type=int, default=20, show_default=True, help="How many attempts to show.")
@json_option
@pass_env
def history(env: Env, exercise: str | None, limit: int):
    """Your attempts (all, or of EXERCISE), newest first, with their verdicts."""
    attempts = env.course.history(exercise, limit)
    env.report({"attempts": [{"attempt": a.id, "exercise": a.exercise, "passed": a.passed, "score": a.score,
                                "created_at": a.created_at.isoformat(), "seed": a.seed,
                                "diagnosis": [d["mistake"] for d in a.diagnosis], "failure": a.failure}
                               for a in attempts]}, "render_history", attempts)
    return Exit.OK


@mlfun.command()
@click.argument("exercise")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@json_option
@pass_env
def reset(env: Env, exercise: str, yes: bool):
    """Restore EXERCISE's starter file, keeping a backup of yours. Your attempts are kept."""
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


@mlfun.command()
@click.argument("exercise", required=False)
@click.option("--interval", type=float, default=0.3, show_default=True, help="Seconds between checks of the file.")
@pass_env
def watch(env: Env, exercise: str | None, interval: float):
    """Re-grade EXERCISE (default: the current one) every time you save its file. Ctrl-C stops."""
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
