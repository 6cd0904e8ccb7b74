"""A throwaway PostgreSQL cluster from Debian's `postgresql` package, for the cohort tests and
bench/cohort.py: initdb into a temporary folder, a loopback port, fsync off, stopped at the end.

PostgreSQL refuses to run as root; as root (CI), the cluster runs as the `postgres` user the
package creates. MLFUN_TEST_POSTGRES_URL names an existing server instead.
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


class Unavailable(Exception):
    pass


def _bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise Unavailable("PostgreSQL is not installed (apt-get install postgresql)")
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self):
        self.bindir = _bindir()
        self.root = Path(tempfile.mkdtemp(prefix="mlfun-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.as_root = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode:
            raise Unavailable(f"{args[0]} failed: {done.stderr.strip() or done.stdout.strip()}")

    def start(self) -> "Cluster":
        os.chmod(self.root, 0o755)
        if self.as_root:
            shutil.chown(self.root, "postgres", "postgres")
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "mlfun", "--no-sync", "-E", "UTF8")
        return self.resume()

    def pause(self) -> None:
        """Stop the server and keep its data, as an outage would (resume() starts it again)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def resume(self) -> "Cluster":
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start")
        return self

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def pids(self) -> list[int]:
        """The postmaster and every PostgreSQL process it started (for CPU accounting)."""
        from .support import descendants

        master = int((self.data / "postmaster.pid").read_text().split()[0])
        return [master, *descendants(master)]

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://mlfun@127.0.0.1:{self.port}/postgres"


def create_database(server_url: str, name: str) -> str:
    """A fresh, empty database on the server; returns its URL."""
    from sqlalchemy import create_engine, text

    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return server_url.rsplit("/", 1)[0] + "/" + name
