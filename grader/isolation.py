"""Confining the sandbox child before any learner code exists in it.

On Linux the child gets, at a cost of a few milliseconds:
  * a mount namespace whose root holds only what grading needs (view.py: an allowlist);
  * a network namespace with no interfaces: no sockets reach anything;
  * a PID namespace: the learner cannot see or signal any process outside it, and when its
    init (a tiny reaper we fork) dies, the kernel kills everything the learner started;
  * an IPC namespace;
  * never uid 0 outside: run by root, mlfun builds the namespaces as root and then becomes
    `nobody` (the view makes the interpreter reachable whatever the permissions of the home it
    lives in); run by anyone else, a user namespace maps the user to itself and nothing more.
Everywhere, resource limits follow: address space, CPU seconds, open files, file size,
processes, no core dumps. Where namespaces are unavailable (macOS, locked-down containers),
mlfun degrades to the resource limits (as `nobody` when run by root), and says so: the
protections are reported with every grade and checked by `mlfun doctor`. Root whose interpreter
`nobody` cannot reach and no namespaces to fix that: the child refuses to run learner code
(exit SANDBOX_UNAVAILABLE), and the grade is mlfun's failure, not the learner's.

Process chain when namespaces work:
    mlfun (trusted) -> C0 (unshares, relays status) -> C1 = PID 1 (reaper) -> C2 (learner)
"""
from __future__ import annotations

import os
import signal
import sys

from .view import MS_NODEV, MS_NOEXEC, MS_NOSUID, MS_PRIVATE, MS_REC, mount

CLONE_NEWNS, CLONE_NEWIPC, CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = (
    0x00020000, 0x08000000, 0x10000000, 0x20000000, 0x40000000)
PR_SET_PDEATHSIG, PR_SET_NO_NEW_PRIVS = 1, 38
NOBODY = 65534
SANDBOX_UNAVAILABLE = 87     # exit code before any learner code: no safe way to run it here
PIDS_CGROUPS = ("/sys/fs/cgroup/pids", "/sys/fs/cgroup")   # cgroup v1 pids controller, or v2
PROTECTION = {
    "view": "file system: only Python, NumPy, the grader and your file, read-only; a private "
            "64 MiB scratch folder",
    "network": "network namespace (no network)",
    "pid": "PID namespace (no other process visible)",
    "ipc": "IPC namespace",
    "nobody": "runs as the unprivileged user 'nobody'",
    "user": "runs as this user, in a user namespace, with no capability outside it",
    "self": "runs as this user (not root), with no namespaces",
    "locked": "mounts locked and capabilities dropped",
    "limits": "resource limits (memory, CPU time, processes, open files, file size)",
}


# What a full sandbox has, each with the protections (above) that provide it.
ESSENTIAL = {
    "file system view": ("view",), "network namespace": ("network",), "PID namespace": ("pid",),
    "IPC namespace": ("ipc",), "unprivileged user": ("nobody", "user", "self"), "resource limits": ("limits",),
}


def missing(protections) -> list[str]:
    """The essentials a sandbox that reported `protections` lacks (none: it is full)."""
    have = set(protections)
    return [name for name, keys in ESSENTIAL.items() if not any(PROTECTION[k] in have for k in keys)]


def namespaces_wanted() -> bool:
    """MLFUN_SANDBOX_NAMESPACES=0 forces the degraded sandbox: how a machine without user namespaces
    (a locked-down container) behaves, tried on any machine."""
    return os.environ.get("MLFUN_SANDBOX_NAMESPACES", "1") != "0"


def confine(workdir: str, limits: dict, isolate: bool, view: dict, cgroup: str) -> list[str]:
    """Confine this process; returns the protections that are in force, in words."""
    protections = []
    as_root = os.geteuid() == 0
    running = _processes_of(NOBODY if as_root else os.getuid())
    if as_root and (limit_joined_cgroup(limits["processes"]) or join_pids_cgroup(cgroup, limits["processes"])):
        protections.append(f"at most {limits['processes']} processes (a pids cgroup)")
    confined = isolate and sys.platform.startswith("linux") and _namespaces(workdir, view, as_root)
    protections += confined or []
    if as_root and os.geteuid() == 0:           # no namespaces could be had: still never root
        _drop_root_or_refuse(has_view=False)
        protections.append(PROTECTION["nobody"])
    elif not confined:
        protections.append(PROTECTION["self"])
    _set_limits(limits, running)
    protections.append(PROTECTION["limits"])
    return protections


def usable_by_nobody() -> bool:
    """Could `nobody` import Python, NumPy and the grader without a view? Not when the interpreter
    lives under /root (pyenv): a home nobody may enter."""
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


def _drop_root_or_refuse(has_view: bool) -> None:
    """Root never runs learner code; if `nobody` could not even start NumPy, nothing runs."""
    if not has_view and not usable_by_nobody():
        os._exit(SANDBOX_UNAVAILABLE)
    _drop_root()


def _drop_root() -> None:
    """Become `nobody` for good: no groups, no capabilities; re-arm the parent-death signal,
    which the kernel clears on a change of user."""
    libc = _libc()
    os.setgroups([])
    os.setgid(NOBODY)
    os.setuid(NOBODY)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)


def _libc():
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p]
    libc.umount2.argtypes = [ctypes.c_char_p, ctypes.c_int]
    return libc


def _namespaces(workdir: str, view: dict, as_root: bool) -> list[str]:
    """Namespaces and the allowlist view. As root they are made with root's own powers and the
    learner's process then becomes `nobody`; otherwise a user namespace grants the powers."""
    from .view import build

    libc = _libc()
    uid, gid = os.getuid(), os.getgid()
    flags = CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWPID | CLONE_NEWIPC | (0 if as_root else CLONE_NEWUSER)
    if libc.unshare(flags) != 0:
        return []
    if not as_root:
        _map_ids(uid, uid, gid)
    if not mount(libc, None, "/", None, MS_REC | MS_PRIVATE):
        return []
    _fork_into_pid_namespace(libc, drop_reaper=as_root)
    seen = build(libc, os.path.join(workdir, "root"), workdir, view)
    protections = [PROTECTION[k] for k in ("network", "pid", "ipc")]
    if as_root:
        _drop_root_or_refuse(seen)
        protections.append(PROTECTION["nobody"])
    elif _lock_down(libc, uid, gid):
        protections += [PROTECTION["user"], PROTECTION["locked"]]
    return ([PROTECTION["view"]] if seen else []) + protections


def _map_ids(inside: int, outside: int, gid: int) -> None:
    _write("/proc/self/setgroups", "deny")
    _write("/proc/self/uid_map", f"{inside} {outside} 1")
    _write("/proc/self/gid_map", f"{gid} {gid} 1")


def _write(path: str, text: str) -> None:
    with open(path, "w") as f:
        f.write(text)


def _fork_into_pid_namespace(libc, drop_reaper: bool) -> None:
    """Become PID 2 of the new PID namespace under a reaper at PID 1, relaying our fate.

    PID 1 is special (the kernel ignores signals it has no handler for, and its death
    kills the namespace), so the learner never runs as PID 1: a small reaper does. The
    reaper reports the learner's exact wait status to the process outside on a pipe.
    """
    signal.signal(signal.SIGUSR1, signal.SIG_IGN)  # "where are you?" is for the learner's process alone
    status_r, status_w = os.pipe()
    pid = os.fork()
    if pid:                                       # C0: outside the namespace
        os.close(status_w)
        _relay(pid, status_r)
    os.close(status_r)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    mount(libc, "proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    learner = os.fork()
    if learner:                                   # C1: PID 1, reaps orphans until the learner ends
        if drop_reaper:
            _drop_root()
        _reap_until(learner, status_w)
    os.close(status_w)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _reap_until(learner: int, status_w: int) -> None:
    while True:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            os._exit(1)
        if pid == learner:
            os.write(status_w, status.to_bytes(4, "little"))
            os._exit(0)


def _relay(child: int, status_r: int) -> None:
    """Outside the namespace: exit with the learner's code, or die of the learner's signal."""
    _, own = os.waitpid(child, 0)
    data = os.read(status_r, 4)
    status = int.from_bytes(data, "little") if len(data) == 4 else own
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig not in (signal.SIGKILL, signal.SIGSTOP):
            signal.signal(sig, signal.SIG_DFL)
        os.kill(os.getpid(), sig)
        os._exit(128 + sig)
    os._exit(os.waitstatus_to_exitcode(status) if os.WIFEXITED(status) else 1)


def _lock_down(libc, uid: int, gid: int) -> bool:
    """The learner's process enters a nested user and mount namespace, where every mount
    is locked as it is (read-only stays read-only, nothing can be unmounted to uncover
    what is below), then drops every capability and can never gain one again."""
    import ctypes

    nested = libc.unshare(CLONE_NEWUSER | CLONE_NEWNS) == 0
    if nested:
        _map_ids(uid, uid, gid)
    libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                    ("inheritable", ctypes.c_uint32)]

    dropped = libc.capset(ctypes.byref(Header(0x20080522, 0)), ctypes.byref((Data * 2)())) == 0
    return nested and dropped


_joined_cgroup = None      # the pids cgroup a zygote's standby child joined ahead of its grade


def join_pids_cgroup(name: str, limit: int | str) -> bool:
    """As root, put this process (and so all it starts) in a new pids cgroup of at most `limit`.

    RLIMIT_NPROC does not bind root, so a fork bomb needs this; harmless where cgroups
    are not writable (it just returns False)."""
    global _joined_cgroup
    for base in PIDS_CGROUPS:
        folder = os.path.join(base, f"mlfun-{name}")
        made = False
        try:
            os.mkdir(folder)
            made = True
            _write(os.path.join(folder, "pids.max"), str(limit))
            _write(os.path.join(folder, "cgroup.procs"), str(os.getpid()))
            _joined_cgroup = folder
            return True
        except OSError:
            if made:
                try:
                    os.rmdir(folder)
                except OSError:
                    pass
    return False


def limit_joined_cgroup(limit: int) -> bool:
    """Set the process limit of the cgroup this process joined before it knew its grade (a
    zygote's standby child): writing a limit is instant, joining is not (see zygote.py)."""
    if _joined_cgroup is None:
        return False
    try:
        _write(os.path.join(_joined_cgroup, "pids.max"), str(limit))
        return True
    except OSError:
        return False


_unremoved: list[str] = []      # cgroups whose processes were still ending when they were removed
_waits_at_exit = False


def remove_pids_cgroup(name: str) -> None:
    """Remove a sandbox's cgroup, and any earlier one that could not be removed yet.

    A killed sandbox's last processes (a PID namespace's reaper and the learner's) are reaped
    by the system shortly after its first process, and a cgroup holding a process cannot be
    removed: such a cgroup is tried again at the next removal, so none is left behind (an
    earlier version left one per grade, tens of thousands after a few test runs)."""
    if os.geteuid() != 0:
        return
    global _waits_at_exit
    _unremoved.append(name)
    _unremoved[:] = [left for left in _unremoved[-64:] if not _rmdir_cgroup(left)]
    if _unremoved and not _waits_at_exit:
        import atexit

        atexit.register(_remove_before_exit)
        _waits_at_exit = True


def _remove_before_exit() -> None:
    """A short-lived grader (`mlfun submit`) waits a little for its last sandbox's cgroup."""
    import time

    for attempt in range(50):
        _unremoved[:] = [left for left in _unremoved if not _rmdir_cgroup(left)]
        if not _unremoved:
            return
        time.sleep(0.002)


def remove_cgroups_of(prefix: str) -> None:
    """Remove every cgroup whose name starts with `prefix` (a stopped zygote's), as far as it can."""
    import glob
    import time

    for attempt in range(20):
        left = [path for base in PIDS_CGROUPS for path in glob.glob(os.path.join(base, f"mlfun-{prefix}*"))
                if not _rmdir(path)]
        if not left:
            return
        time.sleep(0.01)


def remove_orphaned_cgroups() -> int:
    """Remove the empty cgroups of zygotes that are gone (`mlfun-z<pid>-<n>` with no process
    <pid>): a zygote killed with SIGKILL never ran its close. A cgroup still holding a process
    cannot be removed, and one whose pid was reused is left: both are harmless. Returns how
    many were removed."""
    import glob

    removed = 0
    for base in PIDS_CGROUPS:
        for path in glob.glob(os.path.join(base, "mlfun-z*-*")):
            pid = os.path.basename(path)[len("mlfun-z"):].split("-")[0]
            if pid.isdigit() and not os.path.exists(f"/proc/{pid}") and _rmdir(path):
                removed += 1
    return removed


def _rmdir_cgroup(name: str) -> bool:
    """True once no cgroup of this name exists."""
    return all(_rmdir(os.path.join(base, f"mlfun-{name}")) for base in PIDS_CGROUPS)


def _rmdir(path: str) -> bool:
    try:
        os.rmdir(path)
    except FileNotFoundError:
        pass
    except OSError:
        return False
    return True


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


def _processes_of(uid: int) -> int:
    count = 0
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
