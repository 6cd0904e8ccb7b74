"""The sandbox child's view of the file system: an allowlist, not a blocklist.

Hiding a list of secret places leaves everything not on the list readable: a course checkout
the README told the learner to clone, a service's configuration, another project. So the child
does the opposite: it builds a new, empty root (a small tmpfs) and bind-mounts into it, read-only,
exactly what grading needs, each at the path it has outside:

  * the interpreter's standard library and its compiled modules (no site-packages);
  * NumPy (and the shared libraries its wheel ships beside it);
  * the grader package (the child runner itself: no exercises, no CLI, no database code);
  * the system's shared-library folder, and every file the process has mapped (the
    interpreter's own libraries, wherever they live);
  * the learner's file, and a private writable scratch folder;
  * /proc of the sandbox's own PID namespace, and the harmless devices (/dev/null, urandom...).

Then it swaps roots (pivot_root) and detaches the old one: the rest of the disk is not hidden,
it is gone from the child's mount namespace. Folders on the way to an allowed path are empty
folders of the new root, so a Python under a home that `nobody` cannot enter (pyenv in /root)
still works for `nobody`, while nothing else in that home exists.

`paths()` runs in the trusted parent (it knows where NumPy and the standard library are without
importing NumPy); `build()` runs in the child, inside its new mount namespace.
"""
from __future__ import annotations

import os
import sys

MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = (
    1, 2, 4, 8, 32, 4096, 16384, 1 << 18)
MS_NOATIME, MS_NODIRATIME, MS_RELATIME = 1024, 2048, 1 << 21
MNT_DETACH = 2
SITE_DIRS = ("site-packages", "dist-packages")
DEVICES = ("null", "zero", "full", "random", "urandom")
PIVOT_ROOT = {"x86_64": 155, "aarch64": 41, "riscv64": 41, "ppc64le": 203, "s390x": 217, "i686": 217}

_cached = None


def paths(hidden: list[str]) -> dict:
    """What the child may see (`binds`), and the folders inside those that must look empty
    (`masks`: site-packages of the base interpreter, exercise folders). Computed once per process."""
    global _cached
    if _cached is None:
        _cached = _allowed()
    binds, masks = _cached
    extra = [os.path.realpath(p) for p in hidden if _inside_any(os.path.realpath(p), binds)]
    return {"binds": binds, "masks": sorted(set(masks + extra))}


def _allowed() -> tuple[list, list]:
    import importlib.util

    stdlib = {os.path.dirname(os.__file__)}
    for entry in sys.path:
        real = os.path.realpath(entry) if entry else ""
        if real and os.path.exists(real) and os.path.basename(real) not in SITE_DIRS \
                and _inside(real, os.path.realpath(sys.base_prefix)):
            stdlib.add(real)
    binds = {os.path.realpath(p) for p in stdlib}
    numpy = importlib.util.find_spec("numpy")
    if numpy is not None and numpy.submodule_search_locations:
        folder = os.path.realpath(list(numpy.submodule_search_locations)[0])
        binds.add(folder)
        if os.path.isdir(folder + ".libs"):                 # a wheel's bundled OpenBLAS and gfortran
            binds.add(folder + ".libs")
    binds.add(os.path.dirname(os.path.realpath(__file__)))          # mlfun.grader: the child runner
    masks = set()
    for folder in list(binds) + [os.path.realpath(p) for p in sys.path if p]:
        for name in SITE_DIRS:
            candidate = folder if os.path.basename(folder) == name else os.path.join(folder, name)
            if os.path.isdir(candidate) and _inside_any(candidate, binds) and candidate not in binds:
                masks.add(candidate)
    return sorted(binds), sorted(masks)


def build(libc, new_root: str, workdir: str, allowed: dict) -> bool:
    """In the child's own mount namespace: make `new_root` the root, holding only what is allowed.
    Returns False (and changes nothing the learner could use) if the kernel refuses a step."""
    if not mount(libc, "tmpfs", new_root, "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,nr_inodes=4096,mode=0755"):
        return False
    graft = _Grafter(libc, new_root)
    try:
        for link in ("lib", "lib64", "lib32", "bin", "sbin"):      # merged /usr: /lib -> usr/lib
            if os.path.islink("/" + link):
                os.symlink(os.readlink("/" + link), new_root + "/" + link)
        masks, mapped = set(allowed["masks"]), _mapped_files()
        for folder in sorted(set(allowed["binds"] + _system_libraries(mapped)) | masks):   # parents first
            graft.mask(folder) if folder in masks else graft.folder(folder)
        for path in mapped + ["/etc/ld.so.cache"]:
            graft.file(path)
        graft.workdir(workdir)
        graft.devices()
        graft.proc()
    except OSError:
        return False
    return graft.ok and _pivot(libc, new_root) and graft.seal()


class _Grafter:
    """Binds host paths into the new root at their own paths, read-only, never writing to the host:
    a path already visible through an earlier bind is left as it is."""

    def __init__(self, libc, new_root: str):
        self.libc, self.root = libc, new_root
        self.bound, self.masked = [], []
        self.ok = True

    def folder(self, path: str) -> None:
        if not os.path.isdir(path) or self._visible(path):
            return
        target = self._make(path, directory=True)
        self._bind(path, target)

    def file(self, path: str) -> None:
        path = os.path.realpath(path)
        if not os.path.isfile(path) or self._visible(path):
            return
        self._bind(path, self._make(path, directory=False))

    def mask(self, path: str) -> None:
        """An empty folder over `path` (read-only once sealed); allowed paths inside it are bound after."""
        if not os.path.isdir(path) or not self._visible(path):
            return
        if not mount(self.libc, "tmpfs", self.root + path, "tmpfs", MS_NOSUID | MS_NODEV, "size=64k,mode=0755"):
            self.ok = False
            return
        self.masked.append(path)

    def workdir(self, workdir: str) -> None:
        """The learner's folder (its module and the grader's files), read-only; its scratch writable."""
        self._bind(workdir, self._make(workdir, directory=True))
        scratch = self.root + os.path.join(workdir, "scratch")
        if not mount(self.libc, "tmpfs", scratch, "tmpfs", MS_NOSUID | MS_NODEV, "size=64m,nr_inodes=4096,mode=0777"):
            self.ok = False

    def devices(self) -> None:
        dev = self.root + "/dev"
        os.makedirs(dev, exist_ok=True)
        for name in DEVICES:
            open(os.path.join(dev, name), "w").close()
            if not mount(self.libc, "/dev/" + name, os.path.join(dev, name), None, MS_BIND):
                self.ok = False
        for name, target in (("fd", "/proc/self/fd"), ("stdin", "/proc/self/fd/0"),
                             ("stdout", "/proc/self/fd/1"), ("stderr", "/proc/self/fd/2")):
            os.symlink(target, os.path.join(dev, name))

    def proc(self) -> None:
        """The sandbox's own /proc (mounted over the host's by the PID namespace's init)."""
        os.mkdir(self.root + "/proc")
        if not mount(self.libc, "/proc", self.root + "/proc", None, MS_BIND | MS_REC):
            self.ok = False

    def seal(self) -> bool:
        """After the pivot: every mount read-only but the scratch folder, the old root gone."""
        if self.libc.umount2(b"/.old", MNT_DETACH) != 0:
            return False
        os.rmdir("/.old")
        for path in self.masked:
            if not _remount_readonly(self.libc, path):
                return False
        return _remount_readonly(self.libc, "/")

    def _visible(self, path: str) -> bool:
        """Already seen through a bound folder (and not under a folder masked since)?"""
        holder = max((b for b in self.bound if _inside(path, b)), key=len, default=None)
        if holder is None:
            return False
        return not any(_inside(path, m) and _inside(m, holder) for m in self.masked)

    def _make(self, path: str, directory: bool) -> str:
        """Create the mount point at `path` in the new root, in folders of the new root only."""
        target = self.root + path
        parent = os.path.dirname(target)
        _refuse_links(self.root, os.path.dirname(path))
        os.makedirs(parent, exist_ok=True)
        if directory:
            os.makedirs(target, exist_ok=True)
        elif not os.path.exists(target):
            open(target, "w").close()
        return target

    def _bind(self, source: str, target: str) -> None:
        if mount(self.libc, source, target, None, MS_BIND) and _remount_readonly(self.libc, target):
            self.bound.append(source)
        else:
            self.ok = False


def _refuse_links(root: str, path: str) -> None:
    """Mount points are made only in the new root's own folders: a symbolic link on the way
    (the merged-/usr links made above) would lead makedirs into a bound host folder."""
    current = root
    for part in [p for p in path.split("/") if p]:
        current = os.path.join(current, part)
        if os.path.islink(current):
            raise OSError(f"{current} is a link")
        if not os.path.exists(current):
            return


def _pivot(libc, new_root: str) -> bool:
    os.mkdir(new_root + "/.old")
    number = PIVOT_ROOT.get(os.uname().machine)
    if number is None or libc.syscall(number, new_root.encode(), (new_root + "/.old").encode()) != 0:
        return False
    os.chdir("/")
    return True


def _system_libraries(mapped: list[str]) -> list[str]:
    """The folder of the C library the interpreter runs on: the shared libraries that standard
    modules load later (libffi, libssl, libz...). Libraries, not data."""
    for path in mapped:
        if os.path.basename(path).startswith("libc.so"):
            return [os.path.dirname(path)]
    return []


def _mapped_files() -> list[str]:
    """Every file this process has mapped: the interpreter, its libraries, loaded extensions."""
    seen = []
    try:
        with open("/proc/self/maps") as f:
            for line in f:
                fields = line.split(None, 5)
                if len(fields) == 6 and fields[5].startswith("/") and not fields[5].rstrip().endswith("(deleted)"):
                    path = fields[5].rstrip("\n")
                    if path not in seen and not path.startswith(("/dev/", "/proc/", "/sys/")):
                        seen.append(path)
    except OSError:
        pass
    return seen


def _remount_readonly(libc, path: str) -> bool:
    """Read-only, keeping the flags the kernel locks on a mount (nosuid, nodev, noexec, atime)."""
    flags = os.statvfs(path).f_flag
    keep = MS_REMOUNT | MS_BIND | MS_RDONLY
    for st_flag, ms_flag in ((os.ST_NOSUID, MS_NOSUID), (os.ST_NODEV, MS_NODEV), (os.ST_NOEXEC, MS_NOEXEC),
                             (os.ST_NOATIME, MS_NOATIME), (os.ST_NODIRATIME, MS_NODIRATIME),
                             (os.ST_RELATIME, MS_RELATIME)):
        if flags & st_flag:
            keep |= ms_flag
    return mount(libc, None, path, None, keep)


def mount(libc, source, target, fstype, flags, data=None) -> bool:
    encode = lambda v: v.encode() if isinstance(v, str) else v      # noqa: E731
    return libc.mount(encode(source), encode(target), encode(fstype), flags, encode(data)) == 0


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def _inside_any(path: str, folders) -> bool:
    return any(_inside(path, f) for f in folders)
