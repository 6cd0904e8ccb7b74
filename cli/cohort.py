"""Cohort mode on the command line: `login`/`logout` for learners; `serve`, `worker` and
`cohort create|list|roster|export|exercises` for the instructor, against the PostgreSQL
database named by MLFUN_DATABASE_URL.

The server's packages are an optional extra; these commands say how to install it rather
than fail on an import.
"""
from __future__ import annotations

import os
import sys
from datetime import datetime, timezone
from pathlib import Path

import click

from mlfun.grader.errors import MlfunError

from .app import Env, Exit, json_option, mlfun, pass_env


def _database_url() -> str:
    url = os.environ.get("MLFUN_DATABASE_URL")
    if not url:
        raise MlfunError("cohort commands need the cohort's database: MLFUN_DATABASE_URL is not set",
                         "export MLFUN_DATABASE_URL=postgresql+psycopg://USER:PASSWORD@HOST/DB (docs/cohorts.md)")
    return url


def _server_extra():
    try:
        import fastapi  # noqa: F401
        import psycopg  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as err:
        raise MlfunError(f"cohort mode needs the server packages ({err.name} is missing)",
                         "pip install 'mlfun[server]'") from None


def _cohorts():
    from mlfun.db.cohort import Cohorts
    from mlfun.db.store import Store

    url = _database_url()
    if url.startswith("postgres"):
        _server_extra()                     # its PostgreSQL driver
    return Cohorts(Store(url).engine)


# -- learners -------------------------------------------------------------------------------

@mlfun.command()
@click.argument("server")
@click.argument("token")
@click.option("--name", help="Your name as your instructor will see it (when you join with a join token).")
@json_option
@pass_env
def login(env: Env, server: str, token: str, name: str | None):
    """Join a cohort with its join token and your name, or come back to it with your own token
    (another machine; your instructor can give you a new one): from now on next, submit, status,
    hint and history use SERVER."""
    from .remote import login as join, resume, saved_login

    current = saved_login(env.workspace)
    if current is not None:
        raise MlfunError(f"this workspace already follows {current.cohort} on {current.server} as {current.learner}",
                         "use another workspace (MLFUN_WORKSPACE) for another learner, or mlfun logout first")
    own = token.startswith("mlfun-l-")
    if not own and not name:
        raise MlfunError("joining a cohort needs your name", f"mlfun login {server} {token} --name \"YOUR NAME\"")
    found = resume(env.workspace, server, token) if own else join(env.workspace, server, token, name)
    if env.as_json:
        env.emit({"server": found.server, "learner": found.learner, "cohort": found.cohort})
    else:
        verb = "Back in" if own else "Joined"
        click.echo(f"{verb} {found.cohort} on {found.server} as {found.learner}. Run mlfun next.")
    return Exit.OK


@mlfun.command()
@pass_env
def logout(env: Env):
    """Leave the cohort server: this workspace goes back to grading on this machine."""
    path = env.workspace.state_dir / "remote.json"
    if path.exists():
        kept = path.with_name("remote.json.old")
        path.replace(kept)
        click.echo(f"Logged out; this workspace grades locally again (your files are kept). Your cohort login "
                   f"is kept in {kept}: rename it back to remote.json to follow the cohort again.")
    else:
        click.echo("This workspace is not logged in to a server.")
    return Exit.OK


# -- the server and its workers -----------------------------------------------------------

@mlfun.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--submissions-per-minute", default=30, show_default=True, type=int,
              help="How many submissions one learner may make in a minute.")
@click.option("--joins-per-minute", default=120, show_default=True, type=click.IntRange(1),
              help="How many learners may join one cohort in a minute.")
@click.option("--joins-per-address", default=30, show_default=True, type=click.IntRange(1),
              help="How many joins one client address may make in a minute (raise it for a class behind one NAT).")
def serve(host: str, port: int, submissions_per_minute: int, joins_per_minute: int, joins_per_address: int):
    """Run the cohort server (API and instructor dashboard) on MLFUN_DATABASE_URL."""
    _server_extra()
    url = _database_url()
    from mlfun.server.worker import _require_postgres

    _require_postgres(url)
    import uvicorn

    from mlfun.server.app import create_app

    app = create_app(url, submissions_per_minute=submissions_per_minute, joins_per_minute=joins_per_minute,
                     joins_per_address=joins_per_address)
    click.echo(f"mlfun serve: http://{host}:{port}/dashboard (API at /api/v1, docs at /api/v1/docs)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
    return Exit.OK


@mlfun.command()
@click.option("--concurrency", default=1, show_default=True, type=click.IntRange(1, 256),
              help="Grading processes on this machine (one per core is right).")
@click.option("--allow-weaker-sandbox", is_flag=True,
              help="Grade even if this machine's sandbox is weaker than full (mlfun doctor says what it lacks).")
def worker(concurrency: int, allow_weaker_sandbox: bool):
    """Grade the cohort's queued submissions in the sandbox (any number of machines may run this)."""
    _server_extra()
    from mlfun.server.worker import run

    _sandbox_or_refuse(allow_weaker_sandbox)
    run(_database_url(), concurrency)
    return Exit.OK


# -- the instructor's cohort commands -----------------------------------------------------

def _sandbox_or_refuse(allowed: bool) -> None:
    """A worker grades strangers' code with the cohort's secrets on the machine: it tries its
    sandbox first (grader.probe), and a weaker one needs the instructor's explicit word."""
    from mlfun.grader.probe import probe_sandbox
    from mlfun.grader.sandbox import SandboxUnavailable

    try:
        report = probe_sandbox()
    except SandboxUnavailable as err:
        raise MlfunError(str(err), err.hint) from None
    if report["level"] == "full":
        return
    lacking = "; ".join(report["missing"])
    if not allowed:
        raise MlfunError(f"this machine's sandbox is weaker than full (missing: {lacking})",
                         "run mlfun doctor, or start the worker with --allow-weaker-sandbox to grade anyway")
    click.echo(f"mlfun worker: grading with a weaker sandbox than full (missing: {lacking})", err=True)


@mlfun.group()
def cohort():
    """Create cohorts and see their progress (needs MLFUN_DATABASE_URL)."""


REVEAL_HELP = ("Show learners the expected values of hidden cases in their verdicts (by default they see where "
               "and by how much their values differ, and the shapes, not the values).")


@cohort.command("create")
@click.argument("name")
@click.option("--reveal-expected", is_flag=True, help=REVEAL_HELP)
@json_option
@pass_env
def cohort_create(env: Env, name: str, reveal_expected: bool):
    """Create cohort NAME; prints its join token (for learners) and instructor token, once."""
    tokens = _cohorts().create(name, reveal_expected)
    if env.as_json:
        env.emit(tokens.to_json())
    else:
        click.echo(f"Created cohort {tokens.cohort}. Keep these tokens: they are shown only now.\n"
                   f"  join token (give to learners):  {tokens.join_token}\n"
                   f"  instructor token (dashboard):   {tokens.instructor_token}\n"
                   f"Learners run: mlfun login SERVER_URL {tokens.join_token} --name THEIR_NAME")
    return Exit.OK


@cohort.command("set")
@click.argument("name")
@click.option("--reveal-expected/--hide-expected", "reveal_expected", default=None, help=REVEAL_HELP)
@json_option
@pass_env
def cohort_set(env: Env, name: str, reveal_expected: bool | None):
    """Show, or change, cohort NAME's settings: whether verdicts quote hidden cases' expected values."""
    cohorts = _cohorts()
    found = cohorts.find(name)
    if reveal_expected is not None:
        cohorts.set_reveal_expected(found.id, reveal_expected)
    reveal = found.reveal_expected if reveal_expected is None else reveal_expected
    if env.as_json:
        env.emit({"cohort": name, "reveal_expected": reveal})
    else:
        click.echo(f"{name}: learners {'see' if reveal else 'do not see'} the expected values of hidden cases"
                   + ("" if reveal else " (only where and by how much their values differ, and the shapes)"))
    return Exit.OK


@cohort.command("list")
@json_option
@pass_env
def cohort_list(env: Env):
    """The cohorts in this database."""
    names = _cohorts().names()
    if env.as_json:
        env.emit({"cohorts": names})
    else:
        click.echo("\n".join(names) if names else "No cohorts yet: mlfun cohort create NAME")
    return Exit.OK


@cohort.command("roster")
@click.argument("name")
@json_option
@pass_env
def cohort_roster(env: Env, name: str):
    """Who is in cohort NAME and how far each learner is."""
    from mlfun.grader.catalog import Catalog

    cohorts = _cohorts()
    grid = cohorts.grid(cohorts.find(name).id, Catalog.load())
    roster = grid.roster()
    if env.as_json:
        env.emit({"cohort": name, "exercises": len(grid.exercises), "learners": roster})
        return Exit.OK
    from rich.table import Table

    table = Table("learner", "passed", "attempts", "hints", "last attempted", "last active", "stuck",
                  title=f"{name}: {len(roster)} learner{'s' if len(roster) != 1 else ''}")
    for row in roster:
        table.add_row(row["learner"], f"{row['passed']}/{row['of']}", str(row["attempts"]), str(row["hints_taken"]),
                      row["last_attempted"] or "-", (row["last_activity"] or "-")[:16].replace("T", " "),
                      row["stuck"] or "")
    env.console.print(table)
    return Exit.OK


@cohort.command("reissue")
@click.argument("name")
@click.argument("learner")
@json_option
@pass_env
def cohort_reissue(env: Env, name: str, learner: str):
    """A new personal token for LEARNER of cohort NAME (a new machine, a lost login); the old one
    stops working, and their progress stays theirs."""
    cohorts = _cohorts()
    token = cohorts.reissue(cohorts.find(name).id, learner)
    if env.as_json:
        env.emit({"cohort": name, "learner": learner, "token": token})
    else:
        click.echo(f"New token for {learner} in {name} (shown only now; their old one stops working within seconds):\n"
                   f"  {token}\n"
                   f"They run: mlfun login SERVER_URL {token}")
    return Exit.OK


@cohort.command("export")
@click.argument("name")
@click.option("--csv", "as_csv", is_flag=True, required=True, help="CSV, one row per learner and exercise.")
@click.option("--output", type=click.Path(path_type=Path), help="Write to this file instead of standard output.")
def cohort_export(name: str, as_csv: bool, output: Path | None):
    """Export cohort NAME: state, attempts, first pass, hints taken and deadline per learner and exercise."""
    from mlfun.db.cohort import to_csv
    from mlfun.grader.catalog import Catalog

    cohorts = _cohorts()
    text = to_csv(cohorts.grid(cohorts.find(name).id, Catalog.load()).export_rows())
    if output:
        output.write_text(text)
    else:
        sys.stdout.write(text)
    return Exit.OK


@cohort.command("exercises")
@click.argument("name")
@click.argument("exercises", nargs=-1)
@click.option("--topic", "topics", multiple=True, help="Add every exercise of this topic (repeatable).")
@click.option("--deadline", "deadlines", multiple=True, metavar="ID=WHEN",
              help="A deadline, e.g. softmax=2026-12-01T23:59 (UTC unless an offset is given).")
@click.option("--all", "everything", is_flag=True, help="Every exercise of the course, no deadlines.")
@json_option
@pass_env
def cohort_exercises(env: Env, name: str, exercises: tuple, topics: tuple, deadlines: tuple, everything: bool):
    """Show, or set, which exercises cohort NAME has and their deadlines."""
    from mlfun.grader.catalog import Catalog

    catalog = Catalog.load()
    cohorts = _cohorts()
    found = cohorts.find(name)
    chosen = cohorts.exercises(found.id)
    if everything or exercises or topics or deadlines:
        chosen = {} if everything else _chosen(catalog, exercises, topics, deadlines, chosen)
        cohorts.set_exercises(found.id, chosen)
    ids = [e.id for e in catalog.entries if not chosen or e.id in chosen]
    listing = [{"id": i, "deadline": chosen[i].isoformat() if chosen.get(i) else None} for i in ids]
    if env.as_json:
        env.emit({"cohort": name, "all": not chosen, "exercises": listing})
    else:
        click.echo(f"{name}: {'every exercise of the course' if not chosen else 'these'} ({len(ids)} exercises)")
        for item in listing:
            click.echo(f"  {item['id']}" + (f"  due {item['deadline']}" if item["deadline"] else ""))
    return Exit.OK


def _chosen(catalog, exercises, topics, deadlines, current: dict) -> dict:
    if exercises or topics:
        chosen = {}
    else:                                             # deadlines only: keep the set (all, if it was all)
        chosen = dict(current) or {e.id: None for e in catalog.entries}
    for exercise in exercises:
        catalog.entry(exercise)                       # an unknown id is a clear error
        chosen[exercise] = current.get(exercise)
    for topic in topics:
        if topic not in catalog.topics:
            raise MlfunError(f"there is no topic '{topic}'", f"topics: {', '.join(catalog.topics)}")
        chosen.update({e.id: current.get(e.id) for e in catalog.entries if e.topic == topic})
    for item in deadlines:
        exercise, _, when = item.partition("=")
        if not when:
            raise MlfunError(f"'{item}' is not ID=WHEN", "for example --deadline softmax=2026-12-01T23:59")
        catalog.entry(exercise)
        chosen[exercise] = _when(when)
    return chosen


def _when(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise MlfunError(f"'{text}' is not a date and time", "use ISO 8601, e.g. 2026-12-01T23:59") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
