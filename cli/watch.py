"""`mlfun watch`: re-grade on every save, each grade forked from a warm zygote.

One loop: look at the file's size and modification time every `interval` seconds; when
they change, wait until they stay still for a moment (editors save in several writes),
then grade once. Saves made while a grade runs are seen afterwards as one change, so a
burst of saves gives one grade of the latest version. Ctrl-C ends it cleanly.
"""
from __future__ import annotations

import os
import signal
import time

import click

from .app import Env, Exit

SETTLE = 0.15          # seconds the file must stay unchanged before it is graded


def _stamp(path) -> tuple | None:
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return stat.st_size, stat.st_mtime_ns


def watch_file(env: Env, exercise: str | None, interval: float) -> int:
    from mlfun.grader.launch import Zygote

    from .render import grading_progress, render_submission

    if env.remote:
        from mlfun.grader.errors import MlfunError

        raise MlfunError("watch grades on this machine, and this workspace follows a cohort server",
                         "submit to your cohort with mlfun submit")
    course = env.course
    exercise = exercise or course.current()
    path = course.file_for(exercise)
    click.echo(f"Watching {path} for {exercise}. Save to re-grade; Ctrl-C to stop.")
    seen = None
    # Ctrl-C (SIGINT) is how watch ends, also when it was started from a script or an editor as
    # a background job, which starts with SIGINT ignored and would otherwise never stop.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    zygote = Zygote().start()            # every re-grade forks a warm child: no interpreter start-up
    try:
        while True:
            stamp = _stamp(path)
            if stamp is not None and stamp != seen:
                time.sleep(SETTLE)
                if _stamp(path) != stamp:
                    continue                      # still being written: look again next turn
                seen = stamp
                with grading_progress(env.console, exercise):
                    submission = course.submit(exercise, path, launcher=zygote)
                render_submission(env.console, submission)
                if submission.result.passed:
                    click.echo("Passed. Keep editing to try again, or Ctrl-C and run `mlfun next`.")
            time.sleep(interval)
    except KeyboardInterrupt:
        click.echo("\nStopped watching.")
        return Exit.OK
    finally:
        zygote.close()
