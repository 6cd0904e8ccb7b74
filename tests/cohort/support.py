"""Running the real thing for the cohort tests: `mlfun serve` and `mlfun worker` as processes
over loopback, and the learner's and instructor's `mlfun` commands as subprocesses."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

MLFUN = [sys.executable, "-m", "mlfun.cli"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def environment(database_url: str | None = None, workspace: Path | None = None, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLFUN_")}
    if database_url:
        env["MLFUN_DATABASE_URL"] = database_url
    if workspace:
        env["MLFUN_WORKSPACE"] = str(workspace)
    env.update(extra)
    return env


def mlfun(*args: str, env: dict, check: bool = False, timeout: float = 120) -> subprocess.CompletedProcess:
    done = subprocess.run([*MLFUN, *args], env=env, capture_output=True, text=True, timeout=timeout)
    if check and done.returncode:
        raise AssertionError(f"mlfun {' '.join(args)} exited {done.returncode}: {done.stderr}{done.stdout}")
    return done


def mlfun_json(*args: str, env: dict, codes=(0,)) -> dict:
    done = mlfun(*args, "--json", env=env)
    assert done.returncode in codes, (args, done.returncode, done.stderr, done.stdout)
    return json.loads(done.stdout)


class Server:
    """`mlfun serve` on a free loopback port, stopped on exit."""

    def __init__(self, database_url: str, *extra: str, port: int | None = None):
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen([*MLFUN, "serve", "--port", str(self.port), *extra],
                                        env=environment(database_url), stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"mlfun serve exited: {self.process.stdout.read()}")
            try:
                urllib.request.urlopen(self.url + "/api/v1/openapi.json", timeout=1).read()
                return
            except OSError:
                time.sleep(0.1)
        raise AssertionError("mlfun serve did not start within 60 s")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


class Worker:
    """`mlfun worker` in its own process group, so a test can kill it and everything it started."""

    def __init__(self, database_url: str, concurrency: int = 1):
        self.process = subprocess.Popen([*MLFUN, "worker", "--concurrency", str(concurrency)],
                                        env=environment(database_url), stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True, start_new_session=True)

    def kill(self, how: int = signal.SIGKILL) -> None:
        """Signal the worker and every process it started: SIGKILL as a machine that dies would,
        SIGTERM as a service manager stopping it does."""
        for pid in [self.process.pid] + descendants(self.process.pid):
            try:
                os.kill(pid, how)
            except ProcessLookupError:
                pass
        self.process.wait(30)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def request(url: str, method: str = "GET", body: dict | None = None, token: str | None = None,
            raw: bytes | None = None) -> tuple[int, str]:
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    req = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def cpu_seconds(pids) -> float:
    """CPU time (user + system) the processes have used so far, with that of the children they
    have reaped (a sandbox child lives for one grade); ended ones count as nothing."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(field) for field in fields[11:15])
    return total / ticks


def descendants(pid: int) -> list[int]:
    """Every process under `pid` (the zygote is in a session of its own, so killpg misses it)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parent = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found
