"""Turning result objects into text for people. rich on a terminal; plain when piped or NO_COLOR.

Imported only by commands that print for people, so `--json` and `--help` never pay for rich.
"""
from __future__ import annotations

import os

from rich.console import Console
from rich.markdown import Markdown
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

STATE_STYLE = {"passed": "green", "open": "yellow", "locked": "dim"}
STATE_MARK = {"passed": "✓", "open": "→", "locked": "·"}


def make_console(width: int | None = None, color: bool | None = None) -> Console:
    plain = os.environ.get("NO_COLOR") is not None or color is False
    return Console(width=width, no_color=plain, highlight=False, soft_wrap=False,
                   force_terminal=True if color else None, emoji=False)


def statement_markdown(text: str) -> Markdown:
    """A statement for the terminal: its TeX math as Unicode text (texmath.py), set as code so
    Markdown does not read its stars and underscores ($$...$$ as a block, $...$ inline). The
    statement itself keeps the TeX, which the notebook renders."""
    from .texmath import statement_for_terminal

    return Markdown(statement_for_terminal(text))


def render_next(console: Console, info) -> None:
    if info.exercise is None:
        console.print("[green]Every exercise is passed.[/green] Well done: you built it all from first principles.")
        return
    console.print(Panel(Text(f"{info.title}  ({info.exercise}, topic {info.topic})", style="bold"), expand=False))
    console.print(statement_markdown(info.statement))
    console.print()
    action = "Wrote the starter to" if info.written else "Your file (kept as it is):"
    console.print(f"{action} [bold]{escape(str(info.file))}[/bold]")
    console.print(f"Edit it, then run [bold]mlfun submit[/bold]. Stuck? [bold]mlfun hint[/bold] "
                  f"({info.hints} hints).")


def render_submission(console: Console, submission) -> None:
    result = submission.result
    table = Table(show_header=True, header_style="bold", expand=False, show_lines=False)
    table.add_column("", width=2)
    table.add_column("check")
    table.add_column("result", overflow="fold")
    for check in result.checks:
        mark = Text("✓", style="green") if check.passed else Text("✗", style="red")
        table.add_row(mark, Text(check.name), Text(check.message))   # learner text: never markup
    console.print(table)
    render_pictures(console, result.checks)
    for diagnosis in result.diagnosis:
        label = "Likely cause" if diagnosis.generic else f"Diagnosis: {diagnosis.mistake}"
        console.print(Panel(Text(diagnosis.hint), title=escape(label), title_align="left", border_style="yellow", expand=False))
    if result.output.strip():
        console.print(Panel(Text(result.output.rstrip()[-2000:]), title="your output", title_align="left",
                            border_style="dim", expand=False))
    sandbox = result.sandbox()
    if sandbox and sandbox["missing"]:
        console.print(f"[yellow]Sandbox weaker than full on this machine[/yellow] (missing: "
                      f"{escape(', '.join(sandbox['missing']))}); mlfun doctor says more.")
    verdict = "[green bold]Passed[/green bold]" if result.passed else "[red bold]Not yet[/red bold]"
    attempt = f", attempt {submission.attempt}" if submission.attempt else ""
    if getattr(submission, "test", False):
        attempt = ", test run (not an attempt)"
    score = getattr(submission, "shown_score", result.score)
    console.print(f"{verdict}: {escape(result.exercise)}, score {score:.0%} in {result.duration:.2f} s{attempt}.")
    if submission.unlocked:
        console.print(f"[green]Opened:[/green] {', '.join(submission.unlocked)}. Run [bold]mlfun next[/bold].")


def render_pictures(console: Console, checks) -> None:
    """Each failed check's picture under a title naming the check, when the console is wide
    enough; a picture several checks share (a histogram of the same samples) is drawn once."""
    shown = []
    failed = [c for c in checks if not c.passed and getattr(c, "picture", None)]
    if not failed:
        return
    from .pictures import draw, drawable

    if not drawable(console):
        return
    for check in failed:
        if check.picture in shown:
            continue
        shown.append(check.picture)
        drawing = draw(check.picture, console.width - 4)
        if drawing is not None:
            console.print(Panel(drawing, title=Text(f"✗ {check.name}"), title_align="left", border_style="red",
                                expand=False))


def render_status(console: Console, states, topics: dict) -> None:
    by_topic: dict[str, list] = {}
    for state in states:
        by_topic.setdefault(state.topic, []).append(state)
    done = sum(s.state == "passed" for s in states)
    console.print(f"[bold]Progress:[/bold] {done} of {len(states)} exercises passed")
    width = max((len(s.id) for s in states), default=0)    # one column for every id, however long
    for topic, items in by_topic.items():
        passed = sum(s.state == "passed" for s in items)
        title = topics[topic].title if topic in topics else topic
        console.print(f"\n[bold]{title}[/bold] ({topic}) {passed}/{len(items)}")
        for s in items:
            tries = f"  [dim]{s.attempts} attempt{'s' if s.attempts != 1 else ''}[/dim]" if s.attempts else ""
            due = _due(s)
            state = f"{s.state:<6}" if tries or due else s.state
            console.print(f"  [{STATE_STYLE[s.state]}]{STATE_MARK[s.state]} {s.id:<{width}}  {state}"
                          f"[/{STATE_STYLE[s.state]}]{tries}{due}")


def _due(state) -> str:
    """A cohort deadline, in the learner's local time; past and not passed reads 'late'."""
    from datetime import datetime, timezone

    if state.deadline is None:
        return ""
    when = state.deadline.astimezone().strftime("%a %d %b %H:%M")
    if state.state != "passed" and state.deadline < datetime.now(timezone.utc):
        return f"  [red]late: was due {when}[/red]"
    return f"  [dim]due {when}[/dim]"


def render_check(console: Console, reports, graph: list) -> None:
    table = Table(show_header=True, header_style="bold")
    table.add_column("exercise")
    table.add_column("result")
    table.add_column("mutants", justify="right")
    table.add_column("details", overflow="fold")
    for report in reports:
        m = report.mutation
        mutants = "" if m is None else f"{m['score']:.0%} of {m['killed'] + len(m['survivors'])}"
        if report.ok:
            table.add_row(report.exercise, Text("ok", style="green"), mutants, f"{len(report.proved)} proofs")
        else:
            table.add_row(report.exercise, Text("FAILED", style="red bold"), mutants, Text("\n".join(report.problems)))
    console.print(table)
    for problem in graph:
        console.print(f"[red]course:[/red] {escape(problem)}")
    failed = sum(not r.ok for r in reports)
    if failed or graph:
        console.print(f"[red bold]{failed} of {len(reports)} exercises failed[/red bold]"
                      + (f", and {len(graph)} course problem(s)" if graph else ""))
    else:
        console.print(f"[green bold]All {len(reports)} exercises proved.[/green bold]")


def grading_progress(console: Console, exercise: str | None):
    """A live line while grading, on a terminal only (piped output stays clean)."""
    from contextlib import nullcontext

    if not console.is_terminal:
        return nullcontext()
    return console.status(f"Grading {exercise or 'your solution'} in the sandbox…", spinner="dots")


def render_list(console: Console, states) -> None:
    table = Table(show_header=True, header_style="bold")
    for column in ("", "id", "topic", "title", "state"):
        table.add_column(column)
    for s in states:
        table.add_row(Text(STATE_MARK[s.state], style=STATE_STYLE[s.state]), s.id, s.topic, s.title,
                      Text(s.state, style=STATE_STYLE[s.state]))
    console.print(table)


def render_show(console: Console, info: dict) -> None:
    console.print(Panel(Text(f"{info['title']}  ({info['exercise']}, topic {info['topic']})", style="bold"),
                        expand=False))
    console.print(statement_markdown(info["statement"]))
    console.print()
    console.print(f"State: [{STATE_STYLE[info['state']]}]{info['state']}[/]; file: {escape(info['file'])}; "
                  f"attempts: {info['attempts']}; hints taken: {info['hints_taken']} of {info['hints_total']}")
    if info["blockers"]:
        console.print(Text(f"Opens after: {'; '.join(info['blockers'])}"))   # the words submit uses


def render_hints(console: Console, info: dict) -> None:
    for i, text in enumerate(info["hints"], 1):
        console.print(Panel(Markdown(text), title=f"hint {i} of {info['total']}", title_align="left",
                            border_style="cyan" if i == info["taken"] else "dim", expand=False))
    if info["taken"] >= info["total"]:
        console.print("That was the last hint.")
    else:
        console.print("Run [bold]mlfun hint[/bold] again for the next one.")


def render_history(console: Console, attempts, total: int | None = None) -> None:
    if not attempts:
        console.print("No attempts yet. Run [bold]mlfun submit[/bold] when you are ready.")
        return
    table = Table(show_header=True, header_style="bold")
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("when", no_wrap=True)
    table.add_column("exercise", no_wrap=True)      # an id is never cut: it is what you type next
    table.add_column("verdict", no_wrap=True)
    table.add_column("score", justify="right", no_wrap=True)
    table.add_column("diagnosis", overflow="fold")
    for a in attempts:
        verdict = Text("passed", style="green") if a.passed else Text("failed", style="red")
        why = ", ".join(d["mistake"] for d in a.diagnosis) or (a.failure or "")[:60]
        number = "test" if a.kind == "test" else str(a.number) if a.number else "-"
        table.add_row(number, a.created_at.strftime("%m-%d %H:%M"), a.exercise, verdict, f"{a.score:.0%}", Text(why))
    console.print(table)
    if total is not None and total > len(attempts):
        console.print(f"Showing the newest {len(attempts)} of {total}; mlfun history --limit {total} shows all.")
    if any(a.kind == "test" for a in attempts):
        console.print("# is the attempt's number at its exercise; test runs are not attempts.")


def render_verify(console: Console, rows: list) -> None:
    if not rows:
        console.print("Nothing to verify: no exercise is passed yet.")
        return
    broken = [r for r in rows if not r["passed"]]
    for r in broken:
        console.print(Text(f"✗ {r['exercise']}: {r['why']} ({r['file']})", style="red"))
    if broken:
        console.print(f"{len(broken)} of {len(rows)} passed exercises no longer pass; they stay passed.")
    else:
        console.print(f"[green]All {len(rows)} passed exercises still pass.[/green]")


def paged(console: Console):
    """Page what is printed inside, the way git does: less with colours (-R), quitting at once
    when it fits one screen (-F), leaving it on the screen (-X). $PAGER and $LESS win."""
    os.environ.setdefault("LESS", "FRX")
    return console.pager(styles=True)


def render_doctor(console: Console, report: dict) -> None:
    good, bad = "[green]ok[/green]", "[red]problem[/red]"
    console.print(Text(f"Python     {report['python']} ({report['executable']})"))
    console.print(f"NumPy      {report['numpy']}")
    console.print(Text(f"Platform   {report['platform']}"))
    console.print(Text(f"Workspace  {report['workspace']}"))
    db = report["database"]
    console.print(f"Database   {good if db['ok'] else bad} "
                  + escape(_database_line(db)))
    iso = report["isolation"]
    console.print(f"Isolation  {iso['level']}")
    for protection in iso["active"]:
        console.print(f"  [green]✓[/green] {escape(protection)}")
    for protection in iso["missing"]:
        console.print(f"  [red]✗[/red] {escape(protection)}")
    if iso.get("tried"):
        tried = iso["tried"]
        console.print(f"  tried: a planted file {'was' if tried['planted file seen'] else 'was not'} readable; "
                      f"learner code runs as uid {tried['uid outside']} outside")
    ex = report["exercises"]
    console.print(Text(f"Exercises  {ex['count']} from {', '.join(ex['folders'])}"))
    for error in ex["errors"]:
        console.print(f"  [red]✗[/red] {escape(error)}")


def render_replay(console: Console, report: dict) -> None:
    from .course import Submission
    from mlfun.grader.result import Result

    changed = " (the exercise has changed since)" if report["exercise_changed"] else ""
    console.print(f"Attempt {report['attempt']} of {report['exercise']}, seed {report['seed']}{changed}: "
                  f"recorded {'passed' if report['recorded']['passed'] else 'failed'}.")
    render_submission(console, Submission(Result.from_json(report["result"]), None))
    for case in report["cases"]:
        console.print(Text(f"{'hidden' if case['hidden'] else 'public'} case {case['name']}", style="bold"))
        for name, value in case["inputs"].items():
            console.print(Text(f"  {name} = {value}"))


def _database_line(db: dict) -> str:
    if not db["ok"]:
        return db["error"]
    if "server" in db:
        return f"kept by the cohort server {db['server']} ({db['cohort']})"
    return f"{db['url']} ({db['attempts']} attempts)"
