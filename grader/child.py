"""The sandbox child: the only place where a learner's code runs.

Started by `sandbox.py` as `python -I -m mlfun.grader.child FD WORKDIR`. It confines
itself first (isolation.py: a user, PID, mount, network and IPC namespace where Linux
allows it, then resource limits), imports NumPy, imports the learner's module, waits for
the parent's go-ahead, then executes the calls it is given and sends back *outputs only*,
as plain data on a private pipe (wire.py). It never sees an expected value and decides
nothing: every verdict is computed in the parent.

This module imports nothing heavy at top level: the confinement must happen before NumPy
starts its threads, and before any learner code exists in the process.
"""
from __future__ import annotations

import json
import os
import struct
import sys
import time

from .calling import aliases, call_inputs, decoy_if_asked, entry_call, errstate_for, fresh_inputs, is_stale

CHANNEL_LOST = 86        # exit code: the result channel was closed under the harness


class Channel:
    """Framed messages to the parent: [4-byte length][wire message]."""

    def __init__(self, fd: int, encode):
        self.fd, self.encode = fd, encode
        self.busy = False               # a message is being written: a signal handler must not interleave
        self.owner = os.getpid()

    def send(self, message: dict) -> None:
        if os.getpid() != self.owner:   # a fork of the learner's returned into the harness: it never
            os._exit(0)                 # speaks for the child (its error, or its copy of the calls)
        data = self.encode(message)
        self.busy = True
        try:
            self._write(struct.pack("<I", len(data)) + data)
        except OSError:
            os._exit(CHANNEL_LOST)      # the learner's code closed or broke the channel
        finally:
            self.busy = False

    def _write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]


def main(argv: list[str]) -> None:
    run(int(argv[1]), argv[2])


def run(fd: int, workdir: str) -> None:
    """Confine this process, load the learner's module, serve the parent's calls, exit."""
    with open(os.path.join(workdir, "preamble.json"), encoding="utf-8") as f:
        preamble = json.load(f)
    from .isolation import confine

    protections = confine(workdir, preamble["limits"], preamble["isolate"], preamble["view"], preamble["cgroup"])
    scratch = os.path.join(workdir, "scratch")
    os.chdir(scratch)                    # the learner's only writable folder
    os.environ.update(HOME=scratch, TMPDIR=scratch)
    import numpy as np          # already loaded when forked from the zygote

    from . import wire

    channel = Channel(fd, wire.encode)
    channel.send({"event": "ready", "protections": protections})
    runner = Runner(np, preamble, workdir, channel)
    runner.load()
    runner.serve(sys.stdin.buffer)
    os._exit(0)


class Runner:
    def __init__(self, np, preamble: dict, workdir: str, channel: Channel):
        self.np, self.preamble, self.workdir, self.channel = np, preamble, workdir, channel
        self.learner_file = os.path.join(workdir, preamble["module"] + ".py")
        self.current = None

    def load(self) -> None:
        """Import the learner's module; report a syntax error or a crash at import precisely."""
        import types

        from .guard import guard_numpy, learner_view

        forbidden = self.preamble["forbidden"]
        guard_numpy(self.np, forbidden)
        self.driver = None
        if self.preamble["driver"]:
            self.driver = types.ModuleType("mlfun_driver")
            exec(compile(self.preamble["driver"], "<driver>", "exec"), self.driver.__dict__)
        sys.path.insert(0, self.workdir)
        started = time.process_time()
        try:
            self.learner = learner_view(__import__(self.preamble["module"]), self.np, forbidden)
        except BaseException as err:    # noqa: BLE001 - any failure of learner code is reported
            self.channel.send({"event": "load_error", "error": self.describe(err)})
            os._exit(0)
        missing = [name for name in self.preamble["entry"] if not hasattr(self.learner, name)]
        self.channel.send({"event": "loaded", "missing": missing, "cpu": time.process_time() - started})

    def serve(self, stdin) -> None:
        if not stdin.read(1):           # the parent's go-ahead: the calls file is complete
            os._exit(0)
        from . import wire

        path = os.path.join(self.workdir, "calls.bin")
        with open(path, "rb") as f:
            request = wire.decode(f.read())
        try:
            os.unlink(path)                 # where the work folder is writable (no mount namespace)
        except OSError:
            pass
        cases = [self.rebuild(case) for case in request["cases"]]
        self.answer_where_asked()
        for index, call in enumerate(request["calls"]):
            self.current = index
            self.channel.send({"event": "start", "call": index})
            try:
                self.channel.send(self.execute(index, call, cases))
            except wire.WireError as err:   # a value that cannot cross is the learner's error
                self.channel.send({"event": "error", "call": index, "error": {
                    "type": "WireError", "message": str(err), "line": None, "traceback": ""}})
        self.channel.send({"event": "finished"})

    def answer_where_asked(self) -> None:
        """At the time limit the parent sends SIGUSR1 before it kills: answer with the learner's
        lines that were running, so a timeout names the loop that never ended."""
        import signal
        import traceback

        def where(signum, frame):
            if self.channel.busy:
                return
            stack = [f for f in traceback.extract_stack(frame) if f.filename == self.learner_file]
            self.channel.send({"event": "stuck", "call": self.current,
                               "where": [[f.lineno, f.name, (f.line or "")[:200]] for f in stack[-3:]]})

        signal.signal(signal.SIGUSR1, where)

    def rebuild(self, case: dict) -> dict:
        from .layout import with_layout

        inputs = case["inputs"]
        for name, layout in case["layouts"].items():
            inputs[name] = with_layout(inputs[name], layout)
        return case

    def execute(self, index: int, call: dict, cases: list) -> dict:
        """One call, `repeat` times if asked (fresh copies each time; the best time counts)."""
        np, p = self.np, self.preamble
        sent, errstate = call_inputs(call, cases)
        function = entry_call(self.driver, call["fn"], self.learner, tuple(p["entry"]), tuple(p["returns"]))
        best = float("inf")
        try:
            for _ in range(call.get("repeat", 1)):
                inputs = fresh_inputs(np, sent, call.get("perturb"))
                decoy = decoy_if_asked(np, call, function, inputs, errstate)
                started = time.perf_counter()
                with np.errstate(**errstate_for(errstate)):
                    outputs = function(inputs)
                best = min(best, time.perf_counter() - started)
        except BaseException as err:    # noqa: BLE001
            return {"event": "error", "call": index, "error": self.describe(err)}
        after = {name: inputs[name] for name in call.get("report_inputs", []) if name in inputs}
        return {"event": "done", "call": index, "outputs": outputs, "inputs_after": after, "seconds": best,
                "aliases": aliases(np, inputs, outputs), "stale": is_stale(decoy, outputs)}

    def describe(self, err: BaseException) -> dict:
        """What went wrong, told in terms of the learner's own file and lines."""
        import traceback

        if isinstance(err, SyntaxError) and err.filename and err.filename.endswith(self.preamble["module"] + ".py"):
            return {"type": "SyntaxError", "message": err.msg, "line": err.lineno, "traceback": ""}
        frames = [f for f in traceback.extract_tb(err.__traceback__) if f.filename == self.learner_file]
        lines = [f"  line {f.lineno}, in {f.name}: {f.line}" for f in frames[-5:]]
        message = str(err)
        if isinstance(err, MemoryError):
            message = message or "out of memory"
        if isinstance(err, RecursionError):
            message = "maximum recursion depth exceeded"
        return {"type": type(err).__name__, "message": message[:2000],
                "line": frames[-1].lineno if frames else None, "traceback": "\n".join(lines)}


if __name__ == "__main__":
    main(sys.argv)
