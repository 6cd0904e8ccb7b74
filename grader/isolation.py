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
PR_SET_PDEATHSIG, PR_SET_NO_NEW_PRIVS = 1, 38
NOBODY = 65534
PIDS_CGROUPS = ("/sys/fs/cgroup/pids", "/sys/fs/cgroup")   # cgroup v1 pids controller, or v2


def confine(workdir: str, limits: dict, isolate: bool, drop_root: bool, hide: list, cgroup: str) -> list[str]:
    """Confine this process; returns the protections that are in force, in words."""
    protections, running = [], _processes_of_this_user()
    if os.geteuid() == 0 and join_pids_cgroup(cgroup, limits["processes"]):
        protections.append(f"at most {limits['processes']} processes (a pids cgroup)")
    if drop_root:
        _drop_root()
        protections.append("runs as the unprivileged user 'nobody'")
        running = _processes_of_this_user()
    if isolate and sys.platform.startswith("linux"):
        protections += _namespaces(workdir, hide)
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
    libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p]
    return libc


def _namespaces(workdir: str, hide: list) -> list[str]:
    libc = _libc()
    uid, gid = os.getuid(), os.getgid()
    if libc.unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWPID | CLONE_NEWIPC) != 0:
        return []
    _map_ids(uid, gid)
    view = _build_view(libc, workdir, hide, masking_root=uid == 0)
    _fork_into_pid_namespace(libc)
    locked = _lock_down(libc, uid, gid)
    protections = ["network namespace (no network)", "PID namespace (no other process visible)", "IPC namespace"]
    if view:
        protections.append("read-only filesystem outside a private 64 MiB scratch folder; "
                           "exercise files, other grades and secrets hidden")
    if locked:
        protections.append("mounts locked and capabilities dropped")
    return protections


def _map_ids(uid: int, gid: int) -> None:
    _write("/proc/self/setgroups", "deny")
    _write("/proc/self/uid_map", f"{uid} {uid} 1")
    _write("/proc/self/gid_map", f"{gid} {gid} 1")


def _write(path: str, text: str) -> None:
    with open(path, "w") as f:
        f.write(text)


def _mount(libc, source, target, fstype, flags, data=None) -> bool:
    encode = lambda v: v.encode() if isinstance(v, str) else v      # noqa: E731
    return libc.mount(encode(source), encode(target), encode(fstype), flags, encode(data)) == 0


def _build_view(libc, workdir: str, hide: list, masking_root: bool) -> bool:
    """What the learner's code sees: everything read-only, a small writable scratch folder,
    the exercises (references, hidden material) and root's secrets replaced by empty mounts."""
    if not _mount(libc, None, "/", None, MS_REC | MS_PRIVATE):
        return False
    scratch = os.path.join(workdir, "scratch")
    if not _mount(libc, "tmpfs", scratch, "tmpfs", MS_NOSUID | MS_NODEV, "size=64m,nr_inodes=4096,mode=0777"):
        return False
    if not _hide_other_sandboxes(libc, workdir):
        return False
    for path in hide:
        if os.path.isdir(path):
            _mount(libc, "tmpfs", path, "tmpfs", MS_NOSUID | MS_NODEV | MS_RDONLY, "size=4k,mode=0555")
    if masking_root:
        _mask_root_home(libc)
        for secret in ("/etc/shadow", "/etc/gshadow"):
            if os.path.exists(secret):
                _mount(libc, "/dev/null", secret, None, MS_BIND)
    return _remount_readonly(libc, except_for=scratch)


def _hide_other_sandboxes(libc, workdir: str) -> bool:
    """Every sandbox's folder lives in one parent (sandbox.work_root()); cover that parent with an
    empty folder and bring back only our own, so concurrent grades (a cohort worker's, or
    another learner's) can neither list nor read one another's submissions, even ones made later."""
    parent, name = os.path.split(workdir)
    own = os.open(workdir, os.O_PATH)
    try:
        if not _mount(libc, "tmpfs", parent, "tmpfs", MS_NOSUID | MS_NODEV, "size=4k,mode=0755"):
            return False
        os.mkdir(os.path.join(parent, name))
        return _mount(libc, f"/proc/self/fd/{own}", workdir, None, MS_BIND | MS_REC)
    finally:
        os.close(own)


def _mask_root_home(libc) -> None:
    """Replace /root by an empty folder, keeping only what Python and mlfun are loaded from."""
    home = "/root"
    keep = set()
    for path in (sys.base_prefix, sys.prefix, os.path.dirname(os.path.abspath(__file__)), os.getcwd()):
        real = os.path.realpath(path)
        if real.startswith(home + "/"):
            keep.add(real[len(home) + 1:].split("/")[0])
    handles = {name: os.open(os.path.join(home, name), os.O_PATH) for name in keep}
    if not _mount(libc, "tmpfs", home, "tmpfs", MS_NOSUID | MS_NODEV, "size=4k,mode=0755"):
        return
    for name, fd in handles.items():
        target = os.path.join(home, name)
        os.mkdir(target)
        _mount(libc, f"/proc/self/fd/{fd}", target, None, MS_BIND | MS_REC)
        os.close(fd)


def _remount_readonly(libc, except_for: str) -> bool:
    with open("/proc/self/mountinfo") as f:
        points = [line.split()[4] for line in f]
    ok = True
    for point in points:
        path = point.encode().decode("unicode_escape")
        if path == except_for:
            continue
        if not _mount(libc, None, path, None, MS_REMOUNT | MS_BIND | MS_RDONLY):
            # A mount we may not touch stays as it was; the usual writable places must not.
            ok = ok and path not in ("/", "/tmp", "/dev/shm", "/home", "/root", "/var/tmp")
    return ok


def _fork_into_pid_namespace(libc) -> None:
    """Become PID 2 of the new PID namespace under a reaper at PID 1, relaying our fate.

    PID 1 is special (the kernel ignores signals it has no handler for, and its death
    kills the namespace), so the learner never runs as PID 1: a small reaper does. The
    reaper reports the learner's exact wait status to the process outside on a pipe.
    """
    status_r, status_w = os.pipe()
    pid = os.fork()
    if pid:                                       # C0: outside the namespace
        os.close(status_w)
        _relay(pid, status_r)
    os.close(status_r)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    _mount(libc, "proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    learner = os.fork()
    if learner:                                   # C1: PID 1, reaps orphans until the learner ends
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
        _map_ids(uid, gid)
    libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32),
                    ("inheritable", ctypes.c_uint32)]

    dropped = libc.capset(ctypes.byref(Header(0x20080522, 0)), ctypes.byref((Data * 2)())) == 0
    return nested and dropped


def join_pids_cgroup(name: str, limit: int) -> bool:
    """As root, put this process (and so all it starts) in a new pids cgroup of at most `limit`.

    RLIMIT_NPROC does not bind root, so a fork bomb needs this; harmless where cgroups
    are not writable (it just returns False)."""
    for base in PIDS_CGROUPS:
        folder = os.path.join(base, f"mlfun-{name}")
        made = False
        try:
            os.mkdir(folder)
            made = True
            _write(os.path.join(folder, "pids.max"), str(limit))
            _write(os.path.join(folder, "cgroup.procs"), str(os.getpid()))
            return True
        except OSError:
            if made:
                try:
                    os.rmdir(folder)
                except OSError:
                    pass
    return False


def remove_pids_cgroup(name: str) -> None:
    for base in PIDS_CGROUPS:
        try:
            os.rmdir(os.path.join(base, f"mlfun-{name}"))
        except OSError:
            pass


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
