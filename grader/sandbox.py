"""Running untrusted code: the parent's side of the trust boundary.

`Sandbox` starts the child (child.py) as early as possible, so that its interpreter and
NumPy import overlap with the parent's own work, then hands it the calls to make and
collects what comes back on a private pipe. Whatever the learner's code does (loops,
exits, kills, forks, floods the output, forges messages) this returns a `SandboxOutcome`
with a message a learner understands, and leaves no process behind.
"""
from __future__ import annotations

import json
import os
import selectors
import shutil
import signal
import stat
import struct
import tempfile
import time
from dataclasses import dataclass, field

from .calling import CallOutcome
from .child import CHANNEL_LOST
from .isolation import SANDBOX_UNAVAILABLE, namespaces_wanted, remove_pids_cgroup
from .launch import FreshLauncher
from .errors import MlfunError
from .model import Limits

RESULT_LIMIT = 256 << 20
STARTUP_SECONDS = 20.0       # interpreter + NumPy + the learner's module, on a loaded machine
KEEP_OUTPUT = 16 << 10       # how much of the learner's printed output is shown back
WHERE_GRACE = 0.5            # after the time limit: how long the child may take to say where it is
NOBODY = 65534


@dataclass
class SandboxOutcome:
    protections: list = field(default_factory=list)
    load_error: dict | None = None
    missing: list = field(default_factory=list)
    calls: list = field(default_factory=list)       # CallOutcome per call, None if never run
    failure: str | None = None                      # why the run ended early, in words
    failed_call: int | None = None
    output: str = ""
    output_truncated: bool = False


class Sandbox:
    """One untrusted run. Use as a context manager: `start()`, then `run(request)`."""

    def __init__(self, source: bytes, module: str, entry, returns, driver: str | None,
                 forbidden, limits: Limits, isolate: bool = True, launcher=None):
        self.source, self.module, self.limits = source, module, limits
        self.preamble = {
            "module": module, "entry": list(entry), "returns": list(returns), "driver": driver,
            "forbidden": list(forbidden), "isolate": isolate and namespaces_wanted(), "view": view_paths(),
            "limits": {"memory": limits.memory_bytes, "cpu": limits.cpu_seconds,
                       "file_size": 16 << 20, "processes": 32},
        }
        self.workdir = self.handle = None
        self.launcher = launcher or FreshLauncher()

    def __enter__(self) -> "Sandbox":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def start(self) -> None:
        self.workdir = tempfile.mkdtemp(prefix="mlfun-", dir=work_root())
        os.mkdir(os.path.join(self.workdir, "scratch"), 0o777)
        os.mkdir(os.path.join(self.workdir, "root"), 0o755)      # where the child's new root is mounted
        with open(os.path.join(self.workdir, f"{self.module}.py"), "wb") as f:
            f.write(self.source)
        os.chmod(os.path.join(self.workdir, "scratch"), 0o777)
        if os.geteuid() == 0:                 # the child runs as `nobody`: let it use its folder
            os.chown(self.workdir, NOBODY, NOBODY)
            for name in os.listdir(self.workdir):
                os.chown(os.path.join(self.workdir, name), NOBODY, NOBODY)
        self.preamble["cgroup"] = os.path.basename(self.workdir)     # a pids cgroup of its own (see below)
        with open(os.path.join(self.workdir, "preamble.json"), "w", encoding="utf-8") as f:
            json.dump(self.preamble, f)
        self.handle = self.launcher.spawn(self.workdir)
        self.started = time.monotonic()

    def run(self, request: bytes) -> SandboxOutcome:
        """Hand the child its calls (an encoded wire message) and collect the outcome."""
        collector = _Collector(self, request)
        try:
            return collector.collect()
        finally:
            self.close()

    def close(self) -> None:
        if self.handle is not None:
            self.handle.kill()
            self.handle.wait(5)
            self.handle.close()
            self.handle = None
        if self.workdir:
            # One cgroup per sandbox, never shared: a pids cgroup shared by a zygote's children kept
            # counting one more pid after every sandbox (a pid namespace's ended tasks), until
            # forks failed after ~30 grades.
            remove_pids_cgroup(os.path.basename(self.workdir))
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None


class _Collector:
    """Reads the child's messages and output until it finishes, fails or runs out of time."""

    def __init__(self, sandbox: Sandbox, request: bytes):
        self.sandbox, self.request = sandbox, request
        self.outcome = SandboxOutcome()
        self.buffer = bytearray()
        self.output = bytearray()
        self.output_total = 0
        self.phase = "ready"          # ready -> loaded -> calls -> finished
        self.current = None           # index of the call in progress
        self.asked_where = False      # the time limit passed and the child was asked where it is
        self.where = None             # the learner's lines running then: [(line, function, text)]
        self.cases = []               # the request's cases (their labels name a case in messages)
        self.deadline = sandbox.started + STARTUP_SECONDS + sandbox.limits.wall_seconds

    def collect(self) -> SandboxOutcome:
        handle = self.sandbox.handle
        selector = selectors.DefaultSelector()
        selector.register(handle.results_fd, selectors.EVENT_READ, "results")
        selector.register(handle.output_fd, selectors.EVENT_READ, "output")
        open_streams = 2
        while open_streams and self.outcome.failure is None and self.phase != "finished":
            remaining = self.deadline - time.monotonic()
            if remaining <= 0 and self.phase == "calls" and not self.asked_where:
                self.asked_where = True         # where is it stuck? the child answers within the grace
                handle.interrupt()
                self.deadline = time.monotonic() + WHERE_GRACE
                continue
            if remaining <= 0:
                self.fail(self.timeout_message())
                break
            for key, _ in selector.select(timeout=min(remaining, 1.0)):
                chunk = os.read(key.fd, 1 << 16)
                if not chunk:
                    selector.unregister(key.fileobj)
                    open_streams -= 1
                elif key.data == "results":
                    self.on_results(chunk)
                else:
                    self.on_output(chunk)
        selector.close()
        self.finish(handle)
        return self.outcome

    def on_output(self, chunk: bytes) -> None:
        self.output_total += len(chunk)
        if len(self.output) < KEEP_OUTPUT:
            self.output += chunk[:KEEP_OUTPUT - len(self.output)]
        if self.output_total > self.sandbox.limits.output_bytes:
            limit = self.sandbox.limits.output_bytes
            self.fail(f"your code printed more than {_size(limit)}{self.in_case()}; "
                      "print less (or nothing) in the functions you submit")

    def on_results(self, chunk: bytes) -> None:
        self.buffer += chunk
        if len(self.buffer) > RESULT_LIMIT:
            self.fail(f"your code sent back more than {_size(RESULT_LIMIT)} of results")
            return
        while len(self.buffer) >= 4 and self.outcome.failure is None:
            (size,) = struct.unpack_from("<I", self.buffer)
            if size > RESULT_LIMIT:
                self.tampered()
                return
            if len(self.buffer) < 4 + size:
                return
            message, self.buffer = bytes(self.buffer[4:4 + size]), self.buffer[4 + size:]
            self.on_message(message)

    def on_message(self, data: bytes) -> None:
        from .wire import WireError, decode

        try:
            message = decode(data)
            event = message["event"]
        except (WireError, KeyError, TypeError):
            self.tampered()
            return
        if not isinstance(message, dict) or not isinstance(event, str):
            self.tampered()
            return
        handler = getattr(self, f"on_{self.phase}", None)
        if handler is None or not handler(event, message):
            self.tampered()

    def on_ready(self, event: str, message: dict) -> bool:
        if event != "ready" or not _strings(message.get("protections")):
            return False
        self.outcome.protections = list(message["protections"])
        self.phase = "load"
        return True

    def on_load(self, event: str, message: dict) -> bool:
        if event == "load_error":
            self.outcome.load_error = _valid_error(message.get("error"))
            self.phase = "finished"
            return self.outcome.load_error is not None
        if event != "loaded" or not _strings(message.get("missing")):
            return False
        self.outcome.missing = list(message["missing"])
        if self.outcome.missing or self.request is None:
            self.phase = "finished"
            return True
        self.go()
        return True

    def go(self) -> None:
        """Write the calls file, then release the child: hidden inputs exist only from now on."""
        from .wire import decode

        path = os.path.join(self.sandbox.workdir, "calls.bin")
        try:      # never follow or reuse what the learner's code may have put there at import
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_NONBLOCK, 0o644)
        except OSError:
            self.tampered()
            return
        with os.fdopen(fd, "wb") as f:
            f.write(self.request)
        request = decode(self.request)
        self.calls, self.cases = request["calls"], request["cases"]
        self.outcome.calls = [None] * len(self.calls)
        self.sandbox.handle.send_go()
        self.phase = "calls"
        self.deadline = time.monotonic() + self.sandbox.limits.wall_seconds

    def on_calls(self, event: str, message: dict) -> bool:
        index = message.get("call")
        if event == "finished":
            if self.current is not None or None in self.outcome.calls:
                return False
            self.phase = "finished"
            return True
        if event == "start":
            if self.current is not None or index != _next_index(self.outcome.calls):
                return False
            self.current = index
            return True
        if event == "stuck" and self.asked_where:
            if index != self.current or not _valid_where(message.get("where")):
                return False
            self.where = message["where"]
            self.fail(self.timeout_message())
            return True
        if event in ("done", "error") and index == self.current and index is not None:
            outcome = _call_outcome(event, message)
            if outcome is None:
                return False
            self.outcome.calls[index] = outcome
            self.current = None
            return True
        return False

    def tampered(self) -> None:
        self.fail("your code wrote to the grader's private result channel (or its files); "
                  "return results from your functions instead")

    def fail(self, message: str) -> None:
        if self.outcome.failure is None:
            self.outcome.failure = message
            self.outcome.failed_call = self.current

    def in_case(self) -> str:
        """" in case 3, hidden case 'huge logits' (x: (4, 5) float64)": which call, and the
        case it ran on when it ran on one (the plan labels its cases in the request)."""
        if self.current is None:
            return ""
        call = self.calls[self.current] if self.current < len(self.calls) else {}
        case = call.get("case")
        label = self.cases[case].get("label") if isinstance(case, int) and case < len(self.cases) else None
        return f" in case {self.current + 1}, {label}" if isinstance(label, str) else f" in case {self.current + 1}"

    def stuck_at(self) -> str:
        if not self.where:
            return ""
        line, function, text = self.where[-1]
        return f"; it was running line {line} of {self.sandbox.module}.py, in {function}: {text.strip()}"

    def timeout_message(self) -> str:
        if self.phase in ("ready", "load"):
            allowed = STARTUP_SECONDS + self.sandbox.limits.wall_seconds
            return (f"your module did not finish importing within {allowed:g} s; "
                    "code at the top level of your file runs on import")
        return f"your code timed out after {self.sandbox.limits.wall_seconds:g} s{self.in_case()}{self.stuck_at()}"

    def finish(self, handle) -> None:
        handle.kill()
        returncode = handle.wait(5)
        self.drain(handle.output_fd)
        if self.buffer and self.outcome.failure is None:
            self.tampered()                     # half a message: someone else wrote a length prefix
        self.outcome.output = self.output.decode("utf-8", errors="replace")
        self.outcome.output_truncated = self.output_total > len(self.output)
        if self.outcome.failure is None and self.phase != "finished":
            # a death in the grace after the time limit (the CPU limit, say) is the timeout's doing
            self.fail(self.timeout_message() if self.asked_where else self.death_message(returncode))

    def drain(self, fd: int) -> None:
        """Read what the learner printed just before the end; never wait for more."""
        os.set_blocking(fd, False)
        try:
            while self.output_total <= self.sandbox.limits.output_bytes:
                chunk = os.read(fd, 1 << 16)
                if not chunk:
                    break
                self.output_total += len(chunk)
                if len(self.output) < KEEP_OUTPUT:
                    self.output += chunk[:KEEP_OUTPUT - len(self.output)]
        except (BlockingIOError, OSError):
            pass

    def death_message(self, returncode: int | None) -> str:
        where = self.in_case()
        if returncode == SANDBOX_UNAVAILABLE and self.phase == "ready":     # before any learner code ran
            raise SandboxUnavailable()
        if returncode == CHANNEL_LOST:
            return f"your code closed or broke the grader's private result channel{where}"
        if returncode is not None and returncode < 0:
            sig = -returncode
            if sig == signal.SIGXCPU:
                during = where or (" while your module was being imported" if self.phase in ("ready", "load") else "")
                return f"your code used more than {self.sandbox.limits.cpu_seconds:g} s of CPU time{during}"
            if sig == signal.SIGSEGV:
                return f"your code crashed with a segmentation fault{where}"
            if sig == signal.SIGKILL:
                return f"your code was killed{where}: it used too much memory or CPU time, or killed itself"
            return f"your code was ended by signal {signal.Signals(sig).name}{where}"
        return (f"your code exited{where}{',' if where else ''} without returning a result (exit code {returncode}); "
                "do not call exit() in your code")


def _call_outcome(event: str, message: dict) -> CallOutcome | None:
    after, seconds = message.get("inputs_after", {}), message.get("seconds")
    if not isinstance(after, dict) or not (seconds is None or isinstance(seconds, (int, float))):
        return None
    if event == "error":
        error = _valid_error(message.get("error"))
        return CallOutcome(error=error) if error else None
    return CallOutcome(outputs=message.get("outputs"), inputs_after=after, seconds=seconds,
                       aliases=_aliases(message.get("aliases")), stale=message.get("stale") is True)


class SandboxUnavailable(MlfunError):
    """mlfun runs as root, this machine gives no namespaces, and `nobody` cannot reach the Python
    mlfun runs on: no learner code may run here. The grade is mlfun's failure, not the learner's."""

    def __init__(self):
        super().__init__("this machine cannot run learner code safely: mlfun runs as root, Linux namespaces are "
                         "unavailable, and the unprivileged user 'nobody' cannot reach this Python",
                         "install mlfun in a Python that every user may read (a venv outside /root), "
                         "or run it as an ordinary user (mlfun doctor says what is missing)")


def work_root() -> str:
    """The one folder that holds every sandbox's folder (each child's view binds only its own:
    view.py). In MLFUN_SANDBOX_DIR if set, else on /dev/shm where there
    is one: making and removing a folder there costs ~0.1 ms against several ms on a
    disk-backed /tmp, on every grade."""
    base = os.environ.get("MLFUN_SANDBOX_DIR")
    if not base:
        shm = os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK | os.X_OK)
        base = "/dev/shm" if shm else tempfile.gettempdir()
    root = os.path.join(base, f"mlfun-sandboxes-{os.getuid()}")
    try:
        os.mkdir(root, 0o711)
    except FileExistsError:
        pass
    info = os.lstat(root)
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o022:
        raise MlfunError(f"{root} is not a folder that only this user may write to", "remove it and try again")
    return root


def view_paths() -> dict:
    """What the child's file system holds (view.py), with every exercise folder (references,
    mistakes, case generators) masked should one lie inside an allowed folder."""
    from .catalog import exercise_dirs
    from .view import paths

    return paths([str(folder) for folder in exercise_dirs()])


def _valid_error(error) -> dict | None:
    """An error report from the child, if it has exactly the shape the harness sends."""
    if not (isinstance(error, dict) and isinstance(error.get("type"), str) and isinstance(error.get("message"), str)
            and (error.get("line") is None or type(error.get("line")) is int)
            and isinstance(error.get("traceback", ""), str)):
        return None
    return {"type": error["type"][:200], "message": error["message"][:2000], "line": error.get("line"),
            "traceback": error.get("traceback", "")[:4000]}


def _valid_where(where) -> bool:
    """[[line, function, text], ...] as child.py sends it, one entry at least."""
    return isinstance(where, list) and 0 < len(where) <= 3 and all(
        isinstance(w, list) and len(w) == 3 and type(w[0]) is int and isinstance(w[1], str)
        and isinstance(w[2], str) for w in where)


def _strings(value) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _next_index(calls: list) -> int | None:
    for i, outcome in enumerate(calls):
        if outcome is None:
            return i
    return None


def _size(n: int) -> str:
    return f"{n >> 20} MiB" if n >= 1 << 20 else f"{n >> 10} KiB"


def _aliases(value) -> list:
    """The child's alias report, kept only if it has the shape it should (it crossed from
    the sandbox, where the learner's code could have written anything)."""
    if not isinstance(value, list):
        return []
    return [[str(a), str(b)] for a, b in (p for p in value if isinstance(p, (list, tuple)) and len(p) == 2)]
