"""`mlfun watch`: re-grade on every save, each grade forked from a warm zygote.

One loop. It waits for a change event on the file's folder (Linux inotify, through the C
library: no dependency) or, where there are none, looks at the file's size and modification
time every `interval` seconds. Events can be missing even where inotify exists (network
mounts, WSL's Windows drives): when the file changes and no event came, watch says so once
and polls from then on. `MLFUN_WATCH_POLL=1` polls from the start.

On a change it waits until the file stays still for a moment (editors save in several
writes), then grades in a worker thread while it keeps watching: a new save cancels the
grade in flight (its child is killed) and the new version is graded instead, so a fix never
waits out a loop that the previous version got stuck in.

Every grade is a test run first; it is kept as an *attempt* only when the content parses,
differs from the exercise's starter and from every attempt already recorded at it (see
docs/learning.md for why). Ctrl-C ends it cleanly.
"""
from __future__ import annotations

import ast
import os
import select
import signal
import threading
import time

import click

from .app import Env, Exit

SETTLE = 0.15          # seconds the file must stay unchanged before it is graded
EVENT_WAIT = 1.0       # with change events: how often the file is also looked at, to notice missing events


def _stamp(path) -> tuple | None:
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return stat.st_size, stat.st_mtime_ns


class ChangeEvents:
    """inotify on one folder, or None where the C library or the kernel does not offer it."""

    MASK = 0x2 | 0x4 | 0x8 | 0x80 | 0x100 | 0x200     # modify, attrib, close-write, moved-to, create, delete

    def __init__(self, fd: int):
        self.fd = fd

    @classmethod
    def open(cls, folder) -> "ChangeEvents | None":
        if os.environ.get("MLFUN_WATCH_POLL") == "1":
            return None
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
            if fd < 0:
                return None
            if libc.inotify_add_watch(fd, str(folder).encode(), cls.MASK) < 0:
                os.close(fd)
                return None
            return cls(fd)
        except (OSError, AttributeError):
            return None

    def wait(self, timeout: float) -> bool:
        """Wait up to `timeout` s; True if any event arrived (all pending ones are read)."""
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            while os.read(self.fd, 65536):
                pass
        except BlockingIOError:
            pass
        return True

    def close(self) -> None:
        os.close(self.fd)


class Watcher:
    def __init__(self, env: Env, exercise: str, interval: float):
        self.env, self.course, self.exercise, self.interval = env, env.course, exercise, interval
        self.path = self.course.file_for(exercise)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.events = ChangeEvents.open(self.path.parent)
        self.starter = self.course.catalog.exercise(exercise).starter.source
        self.job = None                  # (thread, token, box) of the grade in flight

    def say_polling(self, why: str) -> None:
        click.echo(f"mlfun: {why}; watching by polling every {self.interval:g} s.")

    def run(self, launcher) -> None:
        if self.events is None:
            self.say_polling("change events are not available here")
        seen, status = None, None
        while True:
            evented = self.events.wait(EVENT_WAIT) if self.events else (time.sleep(self.interval) or False)
            stamp = _stamp(self.path)
            if stamp is not None and stamp != seen:
                if self.events and not evented and seen is not None and not self.events.wait(0.2):
                    self.events.close()
                    self.events = None
                    self.say_polling("the file changed without a change event (a network or WSL drive?)")
                time.sleep(SETTLE)
                if _stamp(self.path) != stamp:
                    continue                      # still being written: look again next turn
                seen = stamp
                if self.job is not None:
                    self.cancel()
                    click.echo("A new save: the grade in flight is cancelled.")
                status = self.start(launcher)
            if self.job is not None and not self.job[0].is_alive():
                if status is not None:
                    status.stop()
                    status = None
                self.finish()

    def start(self, launcher):
        from .course import GradeToken
        from .render import grading_progress

        token, box = GradeToken(), {}

        def work():
            try:
                box["graded"] = self.course.grade(self.exercise, self.path, launcher=launcher, token=token)
            except BaseException as err:     # noqa: BLE001 - handed to the main thread
                box["error"] = err

        thread = threading.Thread(target=work, daemon=True)
        self.job = (thread, token, box)
        thread.start()
        status = grading_progress(self.env.console, self.exercise)
        if hasattr(status, "start"):
            status.start()
            return status
        return None

    def cancel(self) -> None:
        thread, token, _ = self.job
        token.cancel()
        thread.join()
        self.job = None

    def finish(self) -> None:
        from .course import Cancelled
        from .render import render_submission

        _, _, box = self.job
        self.job = None
        if isinstance(box.get("error"), Cancelled):
            return
        if "error" in box:
            raise box["error"]
        graded = box["graded"]
        why = self.not_an_attempt(graded.text)
        submission = self.course.keep(graded, "test" if why else "submit")
        render_submission(self.env.console, submission)
        if why:
            click.echo(f"Not an attempt: {why}.")
        if submission.result.passed and not why:
            click.echo("Passed. Keep editing to try again, or Ctrl-C and run `mlfun next`.")

    def not_an_attempt(self, text: str) -> str | None:
        """Why this save is only a test run, or None when it is an attempt."""
        try:
            ast.parse(text)
        except (SyntaxError, ValueError):
            return "the file does not parse (saved mid-edit?)"
        if text == self.starter:
            return "this is the untouched starter"
        if self.course.attempted(self.exercise, text):
            return "this code was already graded as an attempt"
        return None


def watch_file(env: Env, exercise: str | None, interval: float) -> int:
    from mlfun.grader.launch import Zygote

    if env.remote:
        from mlfun.grader.errors import MlfunError

        raise MlfunError("watch grades on this machine, and this workspace follows a cohort server",
                         "submit to your cohort with mlfun submit")
    exercise = exercise or env.course.recent()
    watcher = Watcher(env, exercise, interval)
    click.echo(f"Watching {watcher.path} for {exercise}. Save to re-grade; Ctrl-C to stop.")
    # Ctrl-C (SIGINT) is how watch ends, also when it was started from a script or an editor as
    # a background job, which starts with SIGINT ignored and would otherwise never stop.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    zygote = Zygote().start()            # every re-grade forks a warm child: no interpreter start-up
    try:
        watcher.run(zygote)
    except KeyboardInterrupt:
        if watcher.job is not None:
            watcher.cancel()
        click.echo("\nStopped watching.")
        return Exit.OK
    finally:
        if watcher.events is not None:
            watcher.events.close()
        zygote.close()
