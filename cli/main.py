"""`mlfun`: the command line. Parsing here, work in the course interface, output in render.

`main` is the only place that turns errors into messages and exit codes; the commands
underneath have no error handling of their own.
"""
from __future__ import annotations

import json
import sys
from enum import IntEnum
from pathlib import Path

import click

from mlfun.grader.errors import MlfunError


class Exit(IntEnum):
    OK = 0
    FAILED = 1          # the submission was graded and did not pass
    USAGE = 2           # the command line was wrong (click's own code)
    ERROR = 3           # a clear, expected problem: unknown id, locked exercise, missing file, bad database
    INTERNAL = 70       # a bug in mlfun
    INTERRUPTED = 130


class Env:
    """What every command needs, made once and passed explicitly."""

    def __init__(self):
        self.as_json = False

    @property
    def workspace(self):
        if not hasattr(self, "_workspace"):
            from .workspace import find_workspace

            self._workspace = find_workspace()
            if self._workspace.created and not self.as_json:
                click.echo(f"mlfun: created your workspace at {self._workspace.root}", err=True)
        return self._workspace

    @property
    def course(self):
        if not hasattr(self, "_course"):
            from .course import LocalCourse

            self._course = LocalCourse(self.workspace)
        return self._course

    @property
    def console(self):
        if not hasattr(self, "_console"):
            from .render import make_console

            self._console = make_console()
        return self._console

    def emit(self, data: dict) -> None:
        click.echo(json.dumps(data, indent=2, default=str))


def json_option(command):
    """`--json` on every command that reports something: for scripts and editors."""
    def set_json(ctx, _param, value):
        ctx.ensure_object(Env).as_json = value
        return value
    return click.option("--json", "as_json", is_flag=True, expose_value=False, callback=set_json,
                        is_eager=True, help="Print machine-readable JSON instead of text.")(command)


pass_env = click.make_pass_decorator(Env, ensure=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="mlfun")
def mlfun():
    """Learn machine learning from first principles: implement it in NumPy, get graded, move on.

    Start with `mlfun next`, edit the file it names, then `mlfun submit`.
    """


@mlfun.command("next")
@json_option
@pass_env
def next_command(env: Env):
    """Show the next open exercise and write its starter file."""
    info = env.course.next()
    if env.as_json:
        env.emit(info.to_json())
    else:
        from .render import render_next

        render_next(env.console, info)
    return Exit.OK


@mlfun.command()
@click.argument("exercise", required=False)
@click.option("--file", "file", type=click.Path(path_type=Path), help="Submit this file instead of the workspace's.")
@json_option
@pass_env
def submit(env: Env, exercise: str | None, file: Path | None):
    """Grade your solution of EXERCISE (default: the current one) and record the attempt."""
    submission = env.course.submit(exercise, file)
    if env.as_json:
        env.emit(submission.to_json())
    else:
        from .render import render_submission

        render_submission(env.console, submission)
    return Exit.OK if submission.result.passed else Exit.FAILED


@mlfun.command()
@json_option
@pass_env
def status(env: Env):
    """Show every exercise: passed, open or locked."""
    states = env.course.status()
    if env.as_json:
        env.emit({"exercises": [{"id": s.id, "topic": s.topic, "state": s.state, "attempts": s.attempts}
                                for s in states]})
    else:
        from .render import render_status

        render_status(env.console, states, env.course.catalog.topics)
    return Exit.OK


@mlfun.group()
def author():
    """Tools for instructors: grade a file against any exercise, check exercises."""


@author.command("grade")
@click.argument("exercise")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--seed", type=int, default=None, help="Grade with this seed (default: a random one).")
@json_option
@pass_env
def author_grade(env: Env, exercise: str, path: Path, seed: int | None):
    """Grade PATH against EXERCISE, open or not, recording nothing."""
    import secrets

    from mlfun.grader.catalog import Catalog
    from mlfun.grader.grade import grade

    from .course import Submission, _read

    result = grade(Catalog.load().exercise(exercise), _read(path, exercise),
                   seed if seed is not None else secrets.randbelow(2 ** 31))
    submission = Submission(result, None, [], path)
    if env.as_json:
        env.emit(submission.to_json())
    else:
        from .render import render_submission

        render_submission(env.console, submission)
    return Exit.OK if result.passed else Exit.FAILED


@author.command("check")
@click.argument("targets", nargs=-1)
@click.option("--seeds", type=int, default=20, show_default=True, help="Seeds over which the reference must pass.")
@click.option("--workers", type=int, default=2, show_default=True, help="Exercises checked in parallel.")
@json_option
@pass_env
def author_check(env: Env, targets: tuple, seeds: int, workers: int):
    """Prove exercises: the reference passes, the starter fails, each mistake is diagnosed as itself.

    TARGETS are exercise ids, YAML files or folders (default: every exercise mlfun knows).
    """
    from mlfun.grader.authoring import check_paths
    from mlfun.grader.catalog import Catalog

    catalog = Catalog.load()
    paths = _resolve_targets(catalog, targets)
    reports = check_paths(paths, seeds, workers)
    graph = catalog.validate_graph() + [str(e) for e in catalog.errors]
    ok = all(r.ok for r in reports) and not graph
    if env.as_json:
        env.emit({"ok": ok, "graph": graph, "exercises": [
            {"exercise": r.exercise, "path": r.path, "ok": r.ok, "problems": r.problems, "proved": r.proved}
            for r in reports]})
    else:
        from .render import render_check

        render_check(env.console, reports, graph)
    return Exit.OK if ok else Exit.FAILED


def _resolve_targets(catalog, targets: tuple) -> list[str]:
    if not targets:
        return [e.path for e in catalog.entries] + [e.path for e in catalog.errors]
    paths = []
    for target in targets:
        path = Path(target)
        if path.is_dir():
            paths += [str(p) for p in sorted(path.rglob("*.yaml")) if p.name != "topics.yaml"]
        elif path.suffix == ".yaml":
            paths.append(str(path))
        else:
            paths.append(catalog.entry(target).path)
    return paths


def main(argv: list[str] | None = None) -> None:
    """Run a command; map every outcome to an exit code, and every error to one sentence."""
    args = sys.argv[1:] if argv is None else argv
    try:
        code = mlfun.main(args=args, prog_name="mlfun", standalone_mode=False)
    except click.exceptions.Abort:
        code = Exit.INTERRUPTED
    except KeyboardInterrupt:
        click.echo("\nmlfun: interrupted", err=True)
        code = Exit.INTERRUPTED
    except click.ClickException as err:
        err.show()
        code = err.exit_code
    except MlfunError as err:
        code = _report(err, "--json" in args)
    except Exception as err:    # noqa: BLE001 - a bug: say so in one sentence, keep the details
        code = _internal(err)
    sys.exit(int(code or 0))


def _report(err: MlfunError, as_json: bool) -> int:
    if as_json:
        click.echo(json.dumps({"error": str(err), "hint": err.hint}))
    else:
        click.echo(f"mlfun: {err}", err=True)
        if err.hint:
            click.echo(f"  hint: {err.hint}", err=True)
    return Exit.ERROR


def _internal(err: Exception) -> int:
    import tempfile
    import traceback

    log = Path(tempfile.gettempdir()) / "mlfun-crash.log"
    log.write_text("".join(traceback.format_exception(err)))
    click.echo(f"mlfun: internal error ({type(err).__name__}: {err}); details in {log}. "
               "Please report it.", err=True)
    return Exit.INTERNAL
