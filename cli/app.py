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
                _require_exercises()
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


def _require_exercises() -> None:
    """The cohort client (packaging/build_client.py) carries no exercises: grading on this
    machine is impossible there, and an empty course would not say why."""
    import importlib.util

    if importlib.util.find_spec("mlfun.exercises") is None:
        from mlfun.grader.errors import MlfunError

        raise MlfunError("this is mlfun's cohort client: it has no exercises of its own, your cohort's server has them",
                         "join your cohort first: mlfun login SERVER JOIN_TOKEN --name NAME")


def _show_version(ctx, _param, value) -> None:
    """`mlfun --version`, of whichever distribution installed this: mlfun or mlfun-client."""
    if not value or ctx.resilient_parsing:
        return
    from importlib.metadata import PackageNotFoundError, version

    for name in ("mlfun", "mlfun-client"):
        try:
            click.echo(f"mlfun, version {version(name)}" + (" (cohort client)" if name != "mlfun" else ""))
            break
        except PackageNotFoundError:
            continue
    ctx.exit()


def json_option(command):
    """`--json` on every command that reports something: for scripts and editors."""
    def set_json(ctx, _param, value):
        ctx.ensure_object(Env).as_json = value
        return value
    return click.option("--json", "as_json", is_flag=True, expose_value=False, callback=set_json,
                        is_eager=True, help="Print machine-readable JSON instead of text.")(command)


pass_env = click.make_pass_decorator(Env, ensure=True)


# Every command, the module of mlfun.cli that defines it, and the first sentence of its help.
# `mlfun --help` lists them from here, and a command's module is imported only to run it (or to
# show its own help): importing all three cost --help about 8 ms of its 60. tests/test_cli.py
# checks that this table says what the commands themselves say.
COMMANDS = {
    "author": ("author", "Tools for instructors: grade a file against any exercise, prove exercises, scaffold one."),
    "cohort": ("cohort", "Create cohorts and see their progress (needs MLFUN_DATABASE_URL)."),
    "doctor": ("learn", "Check the set-up: Python, NumPy, the database, the sandbox's isolation, the workspace."),
    "export": ("learn", "Write your progress and every attempt as JSON Lines to FILE (default: standard "
                        "output), for `mlfun import` on another machine."),
    "hint": ("learn", "Reveal the next hint of EXERCISE (default: the one you last started or edited)."),
    "history": ("learn", "Your attempts and test runs (all, or of EXERCISE), newest first, with their verdicts."),
    "import": ("learn", "Add the progress and attempts of an `mlfun export` FILE to this workspace."),
    "list": ("learn", "List every exercise with its topic, title and state."),
    "login": ("cohort", "Join a cohort with its join token and your name, or come back to it with your own "
                        "token (another machine; your instructor can give you a new one): from now on next, "
                        "submit, status, hint and history use SERVER."),
    "logout": ("cohort", "Leave the cohort server: this workspace goes back to grading on this machine."),
    "next": ("learn", "Show the next open exercise (or EXERCISE, if open) and write its starter file and statement."),
    "reset": ("learn", "Restore EXERCISE's starter file (or, with --all, every one), keeping a backup of yours."),
    "serve": ("cohort", "Run the cohort server (API and instructor dashboard) on MLFUN_DATABASE_URL."),
    "show": ("learn", "Show an exercise's statement, its file and its state (locked ones too)."),
    "status": ("learn", "Show the topic tree: every exercise passed, open or locked, with counts (and, in a "
                        "cohort, deadlines)."),
    "submit": ("learn", "Grade your solution of EXERCISE (default: the one you last started or edited) and "
                        "record the attempt."),
    "test": ("learn", "Grade EXERCISE (default: the one you last started or edited) without counting an attempt."),
    "verify": ("learn", "Re-grade the current file of every passed exercise and list those that no longer pass."),
    "watch": ("learn", "Re-grade EXERCISE (default: the one you last started or edited) every time you save "
                       "its file."),
    "worker": ("cohort", "Grade the cohort's queued submissions in the sandbox (any number of machines may run "
                         "this)."),
}


class LazyGroup(click.Group):
    """The `mlfun` group: commands listed from COMMANDS, each module imported when first used."""

    def list_commands(self, ctx) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx, name: str):
        if name not in self.commands and name in COMMANDS:
            import importlib

            importlib.import_module(f"mlfun.cli.{COMMANDS[name][0]}")
        return super().get_command(ctx, name)

    def format_commands(self, ctx, formatter) -> None:
        """As click does, from the table: the short help of every command, none imported."""
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(map(len, names))
        rows = [(name, click.Command(name, help=COMMANDS[name][1]).get_short_help_str(limit)) for name in names]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version,
              help="Show the version and exit.")
def mlfun():
    """Learn machine learning from first principles: implement it in NumPy, get graded, move on.

    Start with `mlfun next`, edit the file it names, then `mlfun submit`.
    """


