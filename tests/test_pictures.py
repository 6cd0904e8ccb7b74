"""Pictures of failed checks (issue #20): the grader's data, the terminal's drawing, the JSON.

Real wrong submissions graded by the real grader: conv-backward's dx that overwrites where
windows overlap, and the dead-ReLU training script whose loss sum makes the step too large.
"""
from __future__ import annotations

import io
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from rich.console import Console

from conftest import run_mlfun
from mlfun.cli.render import render_submission, statement_markdown
from mlfun.grader.grade import grade

HERE = Path(__file__).parent
OVERWRITES = HERE / "submissions/conv-backward/dx-missing-overlaps/filters_summed_windows_assigned.py"
DEAD_RELU = HERE.parent / "exercises/debugging/diagnose-dead-relu/smaller_rate_still_summed.py"
BLOCKS = set("░▒▓█●")


@pytest.fixture(scope="module")
def conv_result(catalog, zygote):
    return grade(catalog.exercise("conv-backward"), OVERWRITES.read_bytes(), 1, launcher=zygote)


@pytest.fixture(scope="module")
def relu_result(catalog, zygote):
    return grade(catalog.exercise("diagnose-dead-relu"), DEAD_RELU.read_bytes(), 3, launcher=zygote)


def drawn(result, color: bool) -> str:
    """What `mlfun submit` prints for this result on a 100-column console."""
    console = Console(width=100, record=True, file=io.StringIO(), force_terminal=color,
                      color_system="truecolor" if color else None, no_color=not color)
    render_submission(console, SimpleNamespace(result=result, attempt=1, unlocked=[], test=False))
    return console.export_text(styles=color)


def check(result, name: str):
    return next(c for c in result.checks if c.name == name)


def heatmap_rows(text: str, title: str) -> list[str]:
    """The shaded rows under the picture titled `title`: "   0 ··████" -> "··████"."""
    after = text[text.index(title):]
    rows = []
    for line in after.splitlines()[2:]:
        match = re.match(r"│\s+(\d+) (\S+)", line)
        if not match:
            break
        rows.append(match.group(2))
    return rows


def test_the_overlap_stripes_of_a_wrong_conv_dx_are_the_darkest(conv_result):
    """The worked example: a 2x2 kernel at stride 1 on a 3x3 image, so the middle row and the
    middle column are read by two windows or more; '=' keeps only the last window's share."""
    values = check(conv_result, "values on public examples")
    picture = values.picture
    assert picture["kind"] == "heatmap" and picture["shape"] == [1, 1, 3, 3] and picture["rows"] == 3
    grid = picture["values"]
    overlap = {(r, c) for r in range(3) for c in range(3) if r == 1 or c == 1}
    wrong = {(r, c) for r in range(3) for c in range(3) if grid[r][c] > 1e-7}
    assert wrong <= overlap and {(0, 1), (2, 1)} <= wrong      # errors only where windows overlap
    for color in (False, True):
        text = drawn(conv_result, color)
        plain = re.sub(r"\x1b\[[0-9;]*m", "", text)
        rows = heatmap_rows(plain, "relative error of dx, the worked example")
        assert len(rows) == 3 and all(len(r) == 6 for r in rows)          # two characters a cell
        columns = ["".join(r[2 * c:2 * c + 2] for r in rows) for c in range(3)]
        assert set(columns[1]) == {"█"}                                    # the middle column: darkest
        assert {rows[0][0], rows[0][4], rows[2][0], rows[2][4]} == {"·"}   # corners, one window: exact
        assert ("\x1b[" in text) is color


def test_a_gradient_check_draws_the_same_stripes(conv_result):
    gradient = check(conv_result, "gradient check of dx, dw, db")
    assert not gradient.passed and gradient.picture["kind"] == "heatmap"
    assert gradient.picture["values"][0][1] > 0.1 and gradient.picture["values"][0][0] == 0


def test_a_passing_check_carries_no_picture(conv_result):
    assert all(c.picture is None for c in conv_result.checks if c.passed)


def test_a_debugging_run_shows_its_loss_curve_beside_the_reference(relu_result):
    failed = [c for c in relu_result.checks if not c.passed]
    picture = failed[0].picture
    assert picture["kind"] == "curves" and set(picture["series"]) == {"yours", "reference"}
    yours, reference = picture["series"]["yours"], picture["series"]["reference"]
    assert len(yours) == len(reference) == 300                        # one loss per training step
    assert reference[-1] < reference[0] and yours[-1] > 100 * reference[-1]
    for color in (False, True):
        text = re.sub(r"\x1b\[[0-9;]*m", "", drawn(relu_result, color))
        chart = text[text.index("training loss per step"):].splitlines()[1:11]
        assert len(chart) == 10 and all("┤" in line for line in chart)
        top, bottom = "".join(chart[:3]), "".join(chart[-3:])
        assert "●" in top and "●" not in bottom and "·" in bottom       # yours high, the reference low
        assert text.count("training loss per step") == 1                   # drawn once, not per check


def test_json_carries_the_picture_and_no_drawing(workspace, tmp_path):
    wrong = tmp_path / "conv_backward.py"
    wrong.write_bytes(OVERWRITES.read_bytes())
    completed = run_mlfun("author", "grade", "conv-backward", str(wrong), "--json")
    verdict = json.loads(completed.stdout)
    failed = [c for c in verdict["checks"] if not c["passed"]]
    assert failed and all(c["picture"]["kind"] == "heatmap" for c in failed)
    assert all("picture" not in c for c in verdict["checks"] if c["passed"])
    assert not BLOCKS & set(completed.stdout)


def test_no_tex_is_left_in_any_statement_on_the_terminal(catalog):
    """Every shipped statement as `mlfun next` and `mlfun show` print it (statement_markdown)."""
    from mlfun.cli.texmath import statement_for_terminal

    tex = re.compile(r"\\[A-Za-z]+|\$\$|\^\{|_\{")
    converted = 0
    for entry in catalog.entries:
        statement = catalog.exercise(entry.id).statement
        statement_for_terminal(statement, strict=True)      # every command used is one it knows
        console = Console(width=100, record=True, file=io.StringIO(), no_color=True)
        console.print(statement_markdown(statement))
        shown = console.export_text()
        assert not tex.search(shown), (entry.id, tex.search(shown).group())
        converted += "$$" in statement
    assert converted >= 40


@pytest.mark.parametrize("tex, shown", [
    (r"\sigma(x) = \frac{1}{1 + e^{-x}}", "σ(x) = 1/(1 + e⁻ˣ)"),
    (r"\frac{(x_n - \mu_k)^2}{2\sigma_k^2}", "(xₙ − μₖ)²/(2σₖ²)"),
    (r"\sum_{n=1}^{N} x_{\text{pad}}", "∑ₙ₌₁ᴺ x_pad"),
    (r"\hat\mu = \frac{1}{N}\sum_n x_n", "μ̂ = 1/N ∑ₙ xₙ"),
    (r"\frac{\partial L}{\partial w} = \frac{1}{N} X^\top (p - y)", "∂L/∂w = 1/N Xᵀ (p − y)"),
])
def test_tex_reads_as_unicode_with_its_precedence(tex, shown):
    from mlfun.cli.texmath import tex_to_unicode

    assert tex_to_unicode(tex) == shown
