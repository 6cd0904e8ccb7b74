"""What the magics show: rich output objects (`_repr_html_` for Jupyter, `__repr__` as text).

A submission is written as HTML here (a checks table, the diagnosis, the failure, the
pictures); status, hints and history reuse the terminal's rich renderers (cli/render.py) and
export their output as HTML with inline styles. Nothing loads from a CDN and there is no
JavaScript: a saved notebook shows the same output anywhere, and nbconvert keeps it whole.
"""
from __future__ import annotations

import html
import io

GREEN, RED, AMBER = "#1a7f37", "#cf222e", "#9a6700"


def _recording_console(color: bool):
    from rich.console import Console

    # force_jupyter=False: in a kernel, rich would otherwise display what it prints on its own
    return Console(file=io.StringIO(), record=True, width=100, force_terminal=color, no_color=not color,
                   force_jupyter=False,
                   color_system="truecolor" if color else None, highlight=False, emoji=False)


def terminal_text(render, *args) -> str:
    """What a cli.render function prints, as plain text."""
    console = _recording_console(color=False)
    render(console, *args)
    return console.export_text()


def terminal_html(render, *args) -> str:
    """What a cli.render function prints, with its colours, as an HTML <pre>."""
    console = _recording_console(color=True)
    render(console, *args)
    return console.export_html(inline_styles=True, code_format=(
        '<pre class="mlfun-terminal" style="font-family:Menlo,\'DejaVu Sans Mono\',Consolas,monospace;'
        'font-size:90%;line-height:1.35;white-space:pre-wrap">{code}</pre>'))


class TerminalView:
    """A command's output as the terminal shows it (status, hint, history); `.data` is what the
    command returned (the states, the hints, the attempts), for a learner's own code."""

    def __init__(self, render, *args, data=None):
        self.render, self.args, self.data = render, args, data

    def _repr_html_(self) -> str:
        return terminal_html(self.render, *self.args)

    def __repr__(self) -> str:
        return terminal_text(self.render, *self.args).rstrip()


class SubmissionView:
    """A graded submission. `.submission` and `.result` hold the objects the CLI gets;
    `.to_json()` is `mlfun submit --json`'s output."""

    def __init__(self, submission):
        self.submission = submission
        self.result = submission.result

    def to_json(self) -> dict:
        return self.submission.to_json()

    def __repr__(self) -> str:
        """The terminal's text, with its block-character pictures; without them if a picture
        cannot be drawn (a repr that raises would hide the verdict)."""
        from dataclasses import replace

        from mlfun.cli.render import render_submission

        try:
            return terminal_text(render_submission, self.submission).rstrip()
        except Exception:           # noqa: BLE001 - a picture is an illustration, the verdict is not
            checks = tuple(replace(c, picture=None) if getattr(c, "picture", None) else c for c in self.result.checks)
            plain = replace(self.submission, result=replace(self.result, checks=checks))
            return terminal_text(render_submission, plain).rstrip()

    def _repr_html_(self) -> str:
        parts = [self._verdict_html(), self._checks_html(), *map(_diagnosis_html, self.result.diagnosis),
                 self._failure_html(), self._output_html(), self._sandbox_html(), self._unlocked_html()]
        return ('<div class="mlfun-result" style="font-family:system-ui,sans-serif;line-height:1.4">'
                + "".join(p for p in parts if p) + "</div>")

    def _verdict_html(self) -> str:
        result, submission = self.result, self.submission
        verdict = (f'<strong style="color:{GREEN}">Passed</strong>' if result.passed
                   else f'<strong style="color:{RED}">Not yet</strong>')
        if getattr(submission, "test", False):
            attempt = ", test run (not an attempt)"
        else:
            attempt = f", attempt {submission.attempt}" if submission.attempt else ""
        return (f'<p class="mlfun-verdict">{verdict}: {html.escape(result.exercise)}, score '
                f'{submission.shown_score:.0%} in {result.duration:.2f} s{attempt}.</p>')

    def _checks_html(self) -> str:
        drawn: list = []                # a picture several checks share is drawn once, under the first
        rows = "".join(_check_row(check, drawn) for check in self.result.checks)
        return ('<table class="mlfun-checks" style="border-collapse:collapse;text-align:left">'
                '<thead><tr><th></th><th style="padding:2px 8px">check</th><th style="padding:2px 8px">result</th>'
                f"</tr></thead><tbody>{rows}</tbody></table>")

    def _failure_html(self) -> str:
        failure = self.result.failure
        if not failure or any(c.message == failure for c in self.result.checks):
            return ""                       # already in the table, word for word
        return (f'<div class="mlfun-failure"><strong style="color:{RED}">Why your code did not run through'
                f'</strong><pre style="white-space:pre-wrap">{html.escape(failure)}</pre></div>')

    def _output_html(self) -> str:
        output = self.result.output.strip()
        if not output:
            return ""
        return ('<details class="mlfun-output"><summary>your output</summary>'
                f'<pre style="white-space:pre-wrap">{html.escape(output[-2000:])}</pre></details>')

    def _sandbox_html(self) -> str:
        sandbox = self.result.sandbox()
        if not sandbox or not sandbox["missing"]:
            return ""
        return (f'<p style="color:{AMBER}">Sandbox weaker than full on this machine (missing: '
                f'{html.escape(", ".join(sandbox["missing"]))}); <code>mlfun doctor</code> says more.</p>')

    def _unlocked_html(self) -> str:
        opened = getattr(self.submission, "unlocked", None)
        if not opened:
            return ""
        return (f'<p><strong style="color:{GREEN}">Opened:</strong> {html.escape(", ".join(opened))}. '
                "Run <code>%mlfun next</code>.</p>")


def _check_row(check, drawn: list) -> str:
    from .pictures import picture_html

    mark = (f'<span style="color:{GREEN}">✓</span>' if check.passed
            else f'<span style="color:{RED}">✗</span>')
    picture = getattr(check, "picture", None)
    figure = ""
    if picture and not check.passed and picture not in drawn:
        drawn.append(picture)
        figure = picture_html(picture)
    css = "passed" if check.passed else "failed"
    return (f'<tr class="{css}" style="border-top:1px solid #ddd;vertical-align:top">'
            f'<td style="padding:2px 8px">{mark}</td><td style="padding:2px 8px">{html.escape(check.name)}</td>'
            f'<td style="padding:2px 8px"><span style="white-space:pre-wrap">{html.escape(check.message)}</span>'
            f"{figure}</td></tr>")


def _diagnosis_html(diagnosis) -> str:
    label = "Likely cause" if diagnosis.generic else f"Diagnosis: {diagnosis.mistake}"
    return (f'<div class="mlfun-diagnosis" style="border-left:4px solid {AMBER};padding:4px 10px;margin:8px 0">'
            f"<strong>{html.escape(label)}</strong><p style=\"margin:4px 0\">{html.escape(diagnosis.hint)}</p></div>")


def statement_markdown(info) -> str:
    """`%mlfun next`'s Markdown: the title, the statement (Jupyter renders its TeX), what to do."""
    action = "Below is its starter" if info.written else "Below is your file as it is"
    return (f"## {info.title}\n\n*{info.exercise}, topic {info.topic}*\n\n{info.statement.rstrip()}\n\n"
            f"---\n{action} (`{info.file}`): run it, try your function, then `%mlfun submit {info.exercise}` "
            f"(or put `%%mlfun submit {info.exercise}` on top of the cell to grade the cell). "
            f"Stuck? `%mlfun hint` ({info.hints} hints).")
