"""The `%mlfun` magic: the terminal's learner commands, spelled the same way.

    %mlfun next [ID]            the statement as Markdown, the starter in a new cell
    %mlfun submit [ID]          grade what the notebook defines (ID's functions and what they use)
    %%mlfun submit [ID]         grade this cell's code (the cell is not run in the kernel)
    %mlfun status               the topic tree, as `mlfun status` prints it
    %mlfun hint [ID]            reveal one more hint
    %mlfun history [ID] [--limit N]

A problem the terminal would report in one sentence (a locked exercise, an unknown id, a name
whose source cannot be recovered) is one line here too, without a traceback.
"""
from __future__ import annotations

import shlex

from IPython.core.error import UsageError
from IPython.core.magic import Magics, line_cell_magic, magics_class

from mlfun.grader.errors import MlfunError

USAGE = ("%mlfun next [ID] | submit [ID] | status | hint [ID] | history [ID] [--limit N]; "
         "%%mlfun submit [ID] grades the cell")


@magics_class
class MlfunMagics(Magics):
    def __init__(self, shell, session):
        super().__init__(shell)
        self.session = session

    @line_cell_magic
    def mlfun(self, line: str, cell: str | None = None):
        """mlfun's learner commands in a notebook: next, submit, status, hint, history."""
        words = shlex.split(line)
        if not words:
            raise UsageError(USAGE)
        command, args = words[0], words[1:]
        if cell is not None and command != "submit":
            raise UsageError(f"%%mlfun grades a cell: %%mlfun submit [ID] (not %%mlfun {command})")
        handler = getattr(self, f"_{command}", None)
        if handler is None:
            raise UsageError(f"no mlfun command '{command}' here: {USAGE}")
        try:
            return handler(args, cell) if command == "submit" else handler(args)
        except MlfunError as err:
            raise UsageError(f"mlfun: {err}" + (f"\n  hint: {err.hint}" if err.hint else "")) from None

    def _next(self, args: list[str]) -> None:
        from IPython.display import Markdown, display

        from .views import statement_markdown

        info = self.session.next(_one_id(args, "next"))
        if info.exercise is None:
            display(Markdown("**Every exercise is passed.** Well done: you built it all from first principles."))
            return None
        display(Markdown(statement_markdown(info)))
        code = info.file.read_text(encoding="utf-8")
        self.shell.set_next_input(f"# {info.exercise}: run this cell, try it, then %mlfun submit {info.exercise}\n"
                                  + code.rstrip() + "\n", replace=False)
        return None

    def _submit(self, args: list[str], cell: str | None):
        from .views import SubmissionView

        exercise_id = self.session.chosen(_one_id(args, "submit"))
        if cell is not None:
            source = cell
        else:
            from .harvest import submission_source

            source = submission_source(self.session.entry(exercise_id), self.shell.user_ns,
                                       self.shell.user_ns_hidden)
        return SubmissionView(self.session.submit(exercise_id, source))

    def _status(self, args: list[str]):
        from mlfun.cli.render import render_status

        from .views import TerminalView

        _no_args(args, "status")
        states, topics = self.session.status()
        return TerminalView(render_status, states, topics, data=states)

    def _hint(self, args: list[str]):
        from mlfun.cli.render import render_hints

        from .views import TerminalView

        info = self.session.hint(_one_id(args, "hint"))
        return TerminalView(render_hints, info, data=info)

    def _history(self, args: list[str]):
        from mlfun.cli.render import render_history

        from .views import TerminalView

        limit = 20
        if "--limit" in args:
            at = args.index("--limit")
            try:
                limit = int(args[at + 1])
            except (IndexError, ValueError):
                raise UsageError("--limit needs a whole number: %mlfun history --limit 50") from None
            args = args[:at] + args[at + 2:]
        attempts, total = self.session.history(_one_id(args, "history"), limit)
        return TerminalView(render_history, attempts, total, data=attempts)


def _one_id(args: list[str], command: str) -> str | None:
    if len(args) > 1:
        raise UsageError(f"%mlfun {command} takes at most one exercise id, not {' '.join(args)}")
    return args[0] if args else None


def _no_args(args: list[str], command: str) -> None:
    if args:
        raise UsageError(f"%mlfun {command} takes no arguments")
