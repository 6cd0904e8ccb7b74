"""What the `%mlfun` magics share for a kernel's life: the workspace's course and a warm zygote.

The course is the CLI's own (`mlfun.cli.app.Env.course`): a `LocalCourse` on the workspace that
MLFUN_WORKSPACE (or the folders above the notebook) names, or the cohort's `RemoteCourse`
after `mlfun login`. So attempts, hints and progress land in the same store as the terminal's,
and a learner can move between the two at any point.

Grading never runs learner code in the kernel: the course grades in the sandbox child, forked
here from a zygote kept warm for the kernel's life (the first grade does not wait for NumPy to
import; an infinite loop or an `os._exit` ends only that child).
"""
from __future__ import annotations

import ast
import tempfile
import threading
from pathlib import Path

from mlfun.grader.errors import MlfunError


class WarmZygote:
    """A grading zygote started in the background and kept until the kernel ends.

    It is owned by a thread that stays alive, because the zygote asks the kernel to kill it when
    its parent dies (PR_SET_PDEATHSIG), and on Linux a process's "parent" there is the *thread*
    that started it: a zygote started by a short-lived thread would die with that thread.
    """

    def __init__(self):
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stop = threading.Event()
        self._zygote = None

    def start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._ready.clear()
            self._stop.clear()
            self._zygote = None
            self._thread = threading.Thread(target=self._keep, name="mlfun-zygote", daemon=True)
            self._thread.start()

    def _keep(self) -> None:
        from mlfun.grader.launch import Zygote

        try:
            zygote = Zygote().start()
        except Exception:               # noqa: BLE001 - grading falls back to a fresh child
            self._ready.set()
            return
        self._zygote = zygote
        self._ready.set()
        self._stop.wait()
        zygote.close()

    def get(self, timeout: float = 60.0):
        """The warm zygote, restarted if it has died; None if none could start (the course then
        starts a fresh interpreter per grade, which is slower but as safe)."""
        zygote = self._zygote
        if zygote is not None and (zygote.proc is None or zygote.proc.poll() is not None):
            self.close()
        self.start()
        self._ready.wait(timeout)
        return self._zygote

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._thread = None


class NotebookSession:
    """The course this workspace follows, as the terminal sees it, and the kernel's zygote."""

    def __init__(self):
        self.zygote = WarmZygote()
        self._env = None
        self._remote_marker = None

    @property
    def env(self):
        """The CLI's environment object, made again if `mlfun login`/`logout` changed the course."""
        from mlfun.cli.app import Env

        if self._env is None or self._logged_in() != self._remote_marker:
            self._env = Env()
            self._remote_marker = self._logged_in()
        return self._env

    def _logged_in(self) -> bool:
        """Whether the workspace follows a cohort server (the file `mlfun login` writes)."""
        return self._env is not None and (self._env.workspace.state_dir / "remote.json").exists()

    @property
    def course(self):
        return self.env.course

    @property
    def remote(self) -> bool:
        return self.env.remote

    def warm_up(self) -> None:
        """Start what the first grade needs, in the background: the zygote (on this machine)."""
        if not self.remote:
            self.zygote.start()

    def close(self) -> None:
        self.zygote.close()

    # -- the commands ----------------------------------------------------------------------

    def next(self, exercise_id: str | None = None):
        """As `mlfun next`: the exercise's statement, and its starter (or the learner's file)."""
        if exercise_id and self.remote:
            raise MlfunError("%mlfun next ID works on a workspace of this machine, and this one follows a "
                             "cohort server", "run %mlfun next for the cohort's next exercise")
        return self.course.next(exercise_id) if exercise_id else self.course.next()

    def chosen(self, exercise_id: str | None) -> str:
        """The exercise a command without an id means: the terminal's choice."""
        if exercise_id:
            return exercise_id
        if not self.remote:
            return self.course.recent()
        open_ones = [s.id for s in self.course.status() if s.state == "open"]
        if not open_ones:
            raise MlfunError("every exercise is passed: there is nothing to submit",
                             "name one to submit again: %mlfun submit ID")
        return open_ones[0]

    def entry(self, exercise_id: str) -> list[str]:
        """The names the grader calls: the exercise's entry, or on a cohort server (which does not
        publish it) the functions and classes its starter defines."""
        if not self.remote:
            return list(self.course.catalog.exercise(exercise_id).entry)
        starter = self.course._public(exercise_id)["starter"]
        return [node.name for node in ast.parse(starter).body
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]

    def submit(self, exercise_id: str, source: str):
        """Grade `source` as the exercise's file and record the attempt, exactly as `mlfun submit
        --file` does (the file is a temporary copy: the learner's own file is never touched)."""
        name = self.course.file_for(exercise_id).name
        with tempfile.TemporaryDirectory(prefix="mlfun-notebook-") as folder:
            path = Path(folder) / name
            path.write_text(source, encoding="utf-8")
            if self.remote:
                return self.course.submit(exercise_id, path)
            return self.course.submit(exercise_id, path, launcher=self.zygote.get())

    def status(self):
        return self.course.status(), self.course.topics

    def hint(self, exercise_id: str | None = None) -> dict:
        return self.course.hint(exercise_id)

    def history(self, exercise_id: str | None = None, limit: int = 20):
        return self.course.history(exercise_id, limit)
