"""Starting sandbox children: a fresh interpreter per grade, or a fork of a warm zygote.

A fresh interpreter costs ~120 ms of CPU (Python and NumPy start-up), which caps a worker
near 8 grades per second per core. Long-lived graders (`mlfun watch`, batch re-grading,
cohort workers) keep a **zygote** instead: a trusted process that has imported NumPy and
the sandbox harness and never runs learner code. Each grade forks it; the forked child
confines itself (namespaces, limits: isolation.py) exactly as a fresh child does, then
imports the learner's module. Both launchers hand back the same `ChildHandle`.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from dataclasses import dataclass, field


def child_env(workdir: str) -> dict:
    env = {"PATH": os.defpath, "HOME": workdir, "TMPDIR": workdir, "LANG": "C.UTF-8",
           "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
           "NUMEXPR_NUM_THREADS": "1", "VECLIB_MAXIMUM_THREADS": "1"}
    for name in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"):   # some CPUs need these for correct BLAS
        if name in os.environ:
            env[name] = os.environ[name]
    return env


@dataclass
class ChildHandle:
    """A running sandbox child: its pipes, and how to release, kill and reap it."""

    pid: int
    results_fd: int                 # framed messages from the harness (read end)
    output_fd: int                  # the learner's stdout and stderr (read end)
    go_fd: int                      # the child's stdin (write end): one byte releases it
    reap: object = None             # timeout -> exit code (negative: killed by that signal)
    returncode: int | None = field(default=None)

    def send_go(self) -> None:
        try:
            os.write(self.go_fd, b"g")
        except OSError:
            pass
        self._close_fd("go_fd")

    def interrupt(self) -> None:
        """Ask the child where the learner's code is (child.py answers SIGUSR1 with its line). The
        whole group is asked: inside a PID namespace the learner's process is a grandchild, and
        the processes between ignore the question (isolation.py)."""
        try:
            os.killpg(self.pid, signal.SIGUSR1)
        except (ProcessLookupError, PermissionError):
            pass

    def kill(self) -> None:
        """Kill the child's whole process group (it is a session leader)."""
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass

    def wait(self, timeout: float = 5.0) -> int | None:
        if self.returncode is None:
            self.returncode = self.reap(timeout)
        return self.returncode

    def close(self) -> None:
        for name in ("results_fd", "output_fd", "go_fd"):
            self._close_fd(name)

    def _close_fd(self, name: str) -> None:
        fd = getattr(self, name)
        if fd is not None:
            try:
                os.close(fd)
            except OSError:
                pass
            setattr(self, name, None)


class FreshLauncher:
    """A new interpreter per child: `python -I -m mlfun.grader.child`."""

    def spawn(self, workdir: str) -> ChildHandle:
        results_r, results_w = os.pipe()
        output_r, output_w = os.pipe()
        go_r, go_w = os.pipe()
        proc = subprocess.Popen(
            [sys.executable, "-I", "-u", "-B", "-m", "mlfun.grader.child", str(results_w), workdir],
            stdin=go_r, stdout=output_w, stderr=output_w, pass_fds=(results_w,), cwd=workdir,
            env=child_env(workdir), start_new_session=True)
        for fd in (results_w, output_w, go_r):
            os.close(fd)

        def reap(timeout: float) -> int | None:
            try:
                return proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                return None
        return ChildHandle(proc.pid, results_r, output_r, go_w, reap)


class Zygote:
    """A warm, trusted process that forks one sandbox child at a time.

    Protocol on a Unix socket: the parent sends {"workdir"} with three file descriptors
    (the child's stdin, output and result pipes); the zygote forks, answers {"pid"}, waits
    for the child and answers {"status"}. {"inspect": true} answers which learner modules
    the zygote has imported (always none: it never imports them) and the pid of its standby,
    the next child, forked ahead and waiting (zygote.py).
    """

    def __init__(self):
        self.proc = None
        self.socket = None

    def __enter__(self) -> "Zygote":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    def start(self) -> "Zygote":
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.proc = subprocess.Popen(
            [sys.executable, "-I", "-u", "-B", "-m", "mlfun.grader.zygote", str(theirs.fileno())],
            pass_fds=(theirs.fileno(),), env=child_env(os.getcwd()), start_new_session=True,
            stdin=subprocess.DEVNULL)
        theirs.close()
        self.socket = ours
        if os.geteuid() == 0:
            from .isolation import remove_orphaned_cgroups

            remove_orphaned_cgroups()       # left by a zygote killed before its close
        self._receive("ready", timeout=60)
        return self

    @property
    def pid(self) -> int:
        return self.proc.pid

    def spawn(self, workdir: str) -> ChildHandle:
        results_r, results_w = os.pipe()
        output_r, output_w = os.pipe()
        go_r, go_w = os.pipe()
        socket.send_fds(self.socket, [json.dumps({"workdir": workdir}).encode()], [go_r, output_w, results_w])
        for fd in (results_w, output_w, go_r):
            os.close(fd)
        pid = self._receive("spawned", timeout=30)["pid"]

        def reap(timeout: float) -> int | None:
            try:
                return self._receive("exited", timeout, pid)["status"]
            except TimeoutError:
                return None
        return ChildHandle(pid, results_r, output_r, go_w, reap)

    def inspect(self) -> dict:
        self.socket.send(json.dumps({"inspect": True}).encode())
        return self._receive("inspected", timeout=10)

    def _receive(self, event: str, timeout: float, pid: int | None = None) -> dict:
        """The next message of this kind (and child), skipping stale ones from an earlier grade."""
        self.socket.settimeout(timeout)
        while True:
            try:
                data = self.socket.recv(1 << 16)
            except socket.timeout:
                raise TimeoutError("the grading zygote did not answer") from None
            if not data:
                raise RuntimeError("the grading zygote has exited")
            message = json.loads(data)
            if message.get("event") == event and (pid is None or message.get("pid") == pid):
                return message

    def close(self) -> None:
        if self.socket is not None:
            self.socket.close()
            self.socket = None
        if self.proc is not None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            self.proc.wait()
            if os.geteuid() == 0:           # its standby child's cgroup, and any it could not remove
                from .isolation import remove_cgroups_of

                remove_cgroups_of(f"z{self.proc.pid}-")
            self.proc = None
