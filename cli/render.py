"""Turning result objects into text for people. rich on a terminal; plain when piped or NO_COLOR.

Imported only by commands that print for people, so `--json` and `--help` never pay for rich.
"""
from __future__ import annotations

import os

from rich.console import Console
from rich.markdown import Markdown
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

STATE_STYLE = {"passed": "green", "open": "yellow", "locked": "dim"}
STATE_MARK = {"passed": "✓", "open": "→", "locked": "·"}


def make_console(width: int | None = None, color: bool | None = None) -> Console:
    plain = os.environ.get("NO_COLOR") is not None or color is False
    return Console(width=width, no_color=plain, highlight=False, soft_wrap=False,
                   force_terminal=True if color else None, emoji=False)


def render_next(console: Console, info) -> None:
    if info.exercise is None:
        console.print("[green]Every exercise is passed.[/green] Well done: you built it all from first principles.")
        return
    console.print(Panel(Text(f"{info.title}  ({info.exercise}, topic {info.topic})", style="bold"), expand=False))
    console.print(Markdown(info.statement))
    console.print()
    action = "Wrote the starter to" if info.written else "Your file (kept as it is):"
    console.print(f"{action} [bold]{info.file}[/bold]")
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
        table.add_row(mark, check.name, check.message)
    console.print(table)
    for diagnosis in result.diagnosis:
        label = "Likely cause" if diagnosis.generic else f"Diagnosis: {diagnosis.mistake}"
        console.print(Panel(diagnosis.hint, title=label, title_align="left", border_style="yellow", expand=False))
    if result.output.strip():
        console.print(Panel(Text(result.output.rstrip()[-2000:]), title="your output", title_align="left",
                            border_style="dim", expand=False))
    verdict = "[green bold]Passed[/green bold]" if result.passed else "[red bold]Not yet[/red bold]"
    attempt = f", attempt {submission.attempt}" if submission.attempt else ""
    console.print(f"{verdict}: {result.exercise}, score {result.score:.0%} in {result.duration:.2f} s{attempt}.")
    if submission.unlocked:
        console.print(f"[green]Opened:[/green] {', '.join(submission.unlocked)}. Run [bold]mlfun next[/bold].")


def render_status(console: Console, states, topics: dict) -> None:
    by_topic: dict[str, list] = {}
    for state in states:
        by_topic.setdefault(state.topic, []).append(state)
    done = sum(s.state == "passed" for s in states)
    console.print(f"[bold]Progress:[/bold] {done} of {len(states)} exercises passed")
    for topic, items in by_topic.items():
        passed = sum(s.state == "passed" for s in items)
        title = topics[topic].title if topic in topics else topic
        console.print(f"\n[bold]{title}[/bold] ({topic}) {passed}/{len(items)}")
        for s in items:
            tries = f"  [dim]{s.attempts} attempt{'s' if s.attempts != 1 else ''}[/dim]" if s.attempts else ""
            console.print(f"  [{STATE_STYLE[s.state]}]{STATE_MARK[s.state]} {s.id:<24} {s.state}"
                          f"[/{STATE_STYLE[s.state]}]{tries}")


def render_check(console: Console, reports, graph: list) -> None:
    table = Table(show_header=True, header_style="bold")
    table.add_column("exercise")
    table.add_column("result")
    table.add_column("details", overflow="fold")
    for report in reports:
        if report.ok:
            table.add_row(report.exercise, Text("ok", style="green"), f"{len(report.proved)} proofs")
        else:
            table.add_row(report.exercise, Text("FAILED", style="red bold"), "\n".join(report.problems))
    console.print(table)
    for problem in graph:
        console.print(f"[red]course:[/red] {problem}")
    failed = sum(not r.ok for r in reports)
    if failed or graph:
        console.print(f"[red bold]{failed} of {len(reports)} exercises failed[/red bold]"
                      + (f", and {len(graph)} course problem(s)" if graph else ""))
    else:
        console.print(f"[green bold]All {len(reports)} exercises proved.[/green bold]")
