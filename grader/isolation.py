"""Confining the sandbox child before any learner code exists in it.

On Linux with unprivileged user namespaces the child gets, at a cost of a few
milliseconds:
  * its own user namespace (and, when mlfun runs as root, the unprivileged `nobody` user);
  * a network namespace with no interfaces: no sockets reach anything;
  * a mount namespace in which every mount is read-only except the private work folder;
  * a PID namespace: the learner cannot see or signal any process outside it, and when its
    init (a tiny reaper we fork) dies, the kernel kills everything the learner started;
  * an IPC namespace.
Everywhere, resource limits follow: address space, CPU seconds, open files, file size,
processes, no core dumps. Where namespaces are unavailable (macOS, locked-down kernels),
mlfun degrades to the resource limits and a process group, and says so (`mlfun doctor`).

Process chain when namespaces work:
    mlfun (trusted) -> C0 (unshares, relays status) -> C1 = PID 1 (reaper) -> C2 (learner)
"""
from __future__ import annotations

import os
import signal
import sys

CLONE_NEWNS, CLONE_NEWIPC, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = (
    0x00020000, 0x08000000, 0x10000000, 0x20000000, 0x40000000)
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = (
    1, 2, 4, 8, 32, 4096, 16384, 1 << 18)
PR_SET_PDEATHSIG = 1
NOBODY = 65534


def confine(workdir: str, limits: dict, isolate: bool, drop_root: bool) -> list[str]:
    """Confine this process; returns the protections that are in force, in words."""
    protections, running = [], _processes_of_this_user()
    if drop_root:
        _drop_root()
        protections.append("runs as the unprivileged user 'nobody'")
        running = _processes_of_this_user()
    if isolate and sys.platform.startswith("linux"):
        protections += _namespaces(workdir)
    _set_limits(limits, running)
    protections.append("resource limits (memory, CPU time, processes, open files, file size)")
    return protections


def can_drop_root() -> bool:
    """Run as `nobody`? Only as root, and only if `nobody` could still import Python and NumPy."""
    return os.geteuid() == 0 and _usable_by_nobody()


def _usable_by_nobody() -> bool:
    """Not so when the interpreter lives under /root (pyenv): then the user namespace must do."""
    import stat

    for top in {sys.base_prefix, sys.prefix, os.path.dirname(os.path.dirname(os.path.abspath(__file__)))}:
        path = os.path.abspath(top)
        while True:
            try:
                mode = os.stat(path).st_mode
            except OSError:
                return False
            if not mode & stat.S_IXOTH:
                return False
            parent = os.path.dirname(path)
            if parent == path:
                break
            path = parent
    return True


def _drop_root() -> None:
    os.setgroups([])
    os.setgid(NOBODY)
    os.setuid(NOBODY)


def _libc():
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_void_p]
    return libc


def _namespaces(workdir: str) -> list[str]:
    libc = _libc()
    uid, gid = os.getuid(), os.getgid()
    if libc.unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWPID | CLONE_NEWIPC) != 0:
        return []
    _write("/proc/self/setgroups", "deny")
    _write("/proc/self/uid_map", f"{uid} {uid} 1")
    _write("/proc/self/gid_map", f"{gid} {gid} 1")
    readonly = _readonly_except(libc, workdir)
    _fork_into_pid_namespace(libc)
    protections = ["network namespace (no network)", "PID namespace (no other process visible)", "IPC namespace"]
    if readonly:
        protections.append("read-only filesystem outside the private work folder")
    return protections


def _write(path: str, text: str) -> None:
    with open(path, "w") as f:
        f.write(text)


def _readonly_except(libc, workdir: str) -> bool:
    """Remount every mount read-only, except a bind mount of the work folder."""
    if libc.mount(None, b"/", None, MS_REC | MS_PRIVATE, None) != 0:
        return False
    target = workdir.encode()
    if libc.mount(target, target, None, MS_BIND | MS_REC, None) != 0:
        return False
    with open("/proc/self/mountinfo") as f:
        points = [line.split()[4] for line in f]
    ok = True
    for point in points:
        path = point.encode().decode("unicode_escape").encode()
        if path == target:
            continue
        if libc.mount(None, path, None, MS_REMOUNT | MS_BIND | MS_RDONLY, None) != 0:
            # A mount we may not touch (another namespace's lock) stays as it was; the
            # root and the usual writable places must have succeeded.
            ok = ok and path not in (b"/", b"/tmp", b"/dev/shm", b"/home", b"/root")
    return ok


def _fork_into_pid_namespace(libc) -> None:
    """Become PID 2 of the new PID namespace under a reaper at PID 1, relaying our fate.

    PID 1 is special (the kernel ignores signals it has no handler for, and its death
    kills the namespace), so the learner never runs as PID 1: a small reaper does.
    """
    pid = os.fork()
    if pid:                                       # C0: outside the namespace
        _relay(pid)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    _mount_private_proc(libc)
    learner = os.fork()
    if learner:                                   # C1: PID 1, reaps orphans until the learner ends
        _reap_until(learner)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _mount_private_proc(libc) -> None:
    libc.mount(b"proc", b"/proc", b"proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, None)


def _reap_until(learner: int) -> None:
    """PID 1 cannot die of a signal it sends itself, so it reports one as exit code 128 + signal."""
    while True:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            os._exit(1)
        if pid == learner:
            os._exit(128 + os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.waitstatus_to_exitcode(status))


def _relay(child: int) -> None:
    """Outside the namespace: exit with the learner's code, or die of the learner's signal."""
    _, status = os.waitpid(child, 0)
    code = os.waitstatus_to_exitcode(status)
    sig = -code if code < 0 else code - 128 if code > 128 else 0
    if sig:
        signal.signal(sig, signal.SIG_DFL)
        os.kill(os.getpid(), sig)
    os._exit(code)


def _set_limits(limits: dict, running: int) -> None:
    import resource

    def cap(which, soft, hard=None):
        try:
            resource.setrlimit(which, (soft, soft if hard is None else hard))
        except (ValueError, OSError):
            pass

    cap(resource.RLIMIT_AS, limits["memory"])
    cap(resource.RLIMIT_CPU, int(limits["cpu"]) + 1, int(limits["cpu"]) + 2)
    cap(resource.RLIMIT_NOFILE, 256)
    cap(resource.RLIMIT_FSIZE, limits["file_size"])
    cap(resource.RLIMIT_CORE, 0)
    cap(resource.RLIMIT_NPROC, running + limits["processes"])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)   # writing past the limit fails with an error instead


def _processes_of_this_user() -> int:
    uid, count = os.getuid(), 0
    try:
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                try:
                    count += entry.stat().st_uid == uid
                except OSError:
                    pass
    except OSError:
        return 256
    return count
