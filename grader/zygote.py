"""The grading zygote: imports NumPy and the sandbox harness once, then forks children.

Started by launch.Zygote as `python -I -m mlfun.grader.zygote SOCKET_FD`. It is trusted
and never imports or runs learner code: each forked child detaches (its own session and
pipes), closes the zygote's socket, and only then confines itself and imports the
learner's module (child.run). One child at a time; the zygote exits when its parent does.
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

    from . import calling, child, isolation, layout, wire  # noqa: F401

    _send(control, {"event": "ready", "pid": os.getpid()})
    while True:
        message, fds, _flags, _addr = socket.recv_fds(control, 1 << 16, 3)
        if not message:
            os._exit(0)
        request = json.loads(message)
        if request.get("inspect"):
            _send(control, {"event": "inspected", "pid": os.getpid(), "learner_modules": _learner_modules()})
            continue
        pid = os.fork()
        if pid == 0:
            _become_child(control, fds, request["workdir"])
        for fd in fds:
            os.close(fd)
        _send(control, {"event": "spawned", "pid": pid})
        _, status = os.waitpid(pid, 0)
        _send(control, {"event": "exited", "pid": pid, "status": os.waitstatus_to_exitcode(status)})


def _become_child(control: socket.socket, fds: list, workdir: str) -> None:
    """In the fork: detach from the zygote entirely, then become an ordinary sandbox child."""
    from . import child

    try:
        control.close()
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
