"""The `mlfun` command group and what every command shares: the environment object, the
`--json` option and the exit codes. Commands live in learn.py and author.py."""
from __future__ import annotations

import json
from enum import IntEnum

import click


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
        """The course this workspace follows: a cohort server after `mlfun login`, else local."""
        if not hasattr(self, "_course"):
            if (self.workspace.state_dir / "remote.json").exists():
                from .remote import RemoteCourse, saved_login

                self._course = RemoteCourse(self.workspace, saved_login(self.workspace))
            else:
                from .course import LocalCourse

                self._course = LocalCourse(self.workspace)
        return self._course

    @property
    def remote(self) -> bool:
        return type(self.course).__name__ == "RemoteCourse"

    @property
    def console(self):
        if not hasattr(self, "_console"):
            from .render import make_console

            self._console = make_console()
        return self._console

    def emit(self, data: dict) -> None:
        click.echo(json.dumps(data, indent=2, default=str))

    def report(self, data, renderer: str, *args) -> None:
        """`data` as JSON with --json; otherwise render.<renderer>(console, *args) for people."""
        if self.as_json:
            self.emit(data)
        else:
            from . import render

            getattr(render, renderer)(self.console, *args)


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


