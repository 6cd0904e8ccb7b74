"""The grading zygote: imports NumPy and the sandbox harness once, then forks children.

Started by launch.Zygote as `python -I -m mlfun.grader.zygote SOCKET_FD`. It is trusted
and never imports or runs learner code: each forked child detaches (its own session and
pipes), closes the zygote's socket, and only then confines itself and imports the
learner's module (child.run). One child at a time; the zygote exits when its parent does.

The next child is forked *before* it is asked for, as a standby that waits for its work
folder. As root it joins its pids cgroup while it waits: moving a process between cgroups
waits for an RCU grace period (about 15 ms here whenever no migration happened in the last
few milliseconds, so on every grade), and the standby pays it while the parent is still
checking the previous grade's outputs, not while a learner waits.
"""
from __future__ import annotations

import json
import os
import socket
import sys


def main(argv: list[str]) -> None:
    control = socket.socket(fileno=int(argv[1]))
    _die_with_parent()
    import numpy  # noqa: F401 - the point of the zygote: every child inherits it warm
    import resource, threading, traceback  # noqa: E401, F401 - every child imports them

    # Everything of the harness that a child imports, so that no child compiles or loads one
    # again (seven modules did, per grade). Nothing that seeds a generator at import (random,
    # numpy.random): children must not inherit one another's stream.
    from . import calling, child, compare, contract, guard, isolation, layout, stateful, view, wire  # noqa: F401

    _send(control, {"event": "ready", "pid": os.getpid()})
    standby = Standby(control)
    while True:
        message, fds, _flags, _addr = socket.recv_fds(control, 1 << 16, 3)
        if not message:
            os._exit(0)
        request = json.loads(message)
        if request.get("inspect"):
            _send(control, {"event": "inspected", "pid": os.getpid(), "learner_modules": _learner_modules(),
                            "standby": standby.pid})
            continue
        pid = standby.hand_over(message, fds)
        _send(control, {"event": "spawned", "pid": pid})
        _, status = os.waitpid(pid, 0)
        _send(control, {"event": "exited", "pid": pid, "status": os.waitstatus_to_exitcode(status)})
        standby.retire()
        standby = Standby(control)


class Standby:
    """The next sandbox child, forked ahead and waiting for its grade on a socket of its own."""

    made = 0

    def __init__(self, control: socket.socket):
        Standby.made += 1
        self.cgroup = f"z{os.getpid()}-{Standby.made}"
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.pid = os.fork()
        if self.pid == 0:
            ours.close()
            _wait_for_grade(control, theirs, self.cgroup)
        theirs.close()
        self.socket = ours

    def hand_over(self, message: bytes, fds: list) -> int:
        """Give the standby its grade (the request and its three pipes); returns its pid."""
        try:
            socket.send_fds(self.socket, [message], fds)
        except OSError:
            pass                        # it died waiting: the parent sees it exit at once
        for fd in fds:
            os.close(fd)
        self.socket.close()
        return self.pid

    def retire(self) -> None:
        """Remove the cgroup of the child that ended (isolation.py retries it if still busy)."""
        from .isolation import remove_pids_cgroup

        remove_pids_cgroup(self.cgroup)


def _wait_for_grade(control: socket.socket, wait: socket.socket, cgroup: str) -> None:
    """In the standby fork: join a pids cgroup now (as root), then wait for the work folder."""
    from .isolation import join_pids_cgroup

    try:
        control.close()
        if os.geteuid() == 0:
            join_pids_cgroup(cgroup, "max")      # the grade's own limit is written in confine()
        message, fds, _flags, _addr = socket.recv_fds(wait, 1 << 16, 3)
        wait.close()
        if len(fds) == 3:
            _become_child(fds, json.loads(message)["workdir"])
    finally:
        os._exit(1)


def _become_child(fds: list, workdir: str) -> None:
    """Detach from the zygote entirely, then become an ordinary sandbox child."""
    from . import child

    try:
        os.setsid()
        go, output, results = fds
        os.dup2(go, 0)
        os.dup2(output, 1)
        os.dup2(output, 2)
        for fd in (go, output):
            os.close(fd)
        os.environ.update(HOME=workdir, TMPDIR=workdir)
        os.chdir(workdir)
        child.run(results, workdir)
    finally:
        os._exit(1)


def _learner_modules() -> list[str]:
    """Modules loaded from a sandbox work folder: proof that no learner code ran here."""
    from .sandbox import work_root

    root = work_root() + os.sep
    return sorted(name for name, module in list(sys.modules.items())
                  if (getattr(module, "__file__", None) or "").startswith(root))


def _send(control: socket.socket, message: dict) -> None:
    control.send(json.dumps(message).encode())


def _die_with_parent() -> None:
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        ctypes.CDLL(None).prctl(1, signal.SIGKILL, 0, 0, 0)      # PR_SET_PDEATHSIG


if __name__ == "__main__":
    main(sys.argv)
