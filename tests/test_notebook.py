"""mlfun in Jupyter (`%load_ext mlfun.notebook`), in a real ipykernel: grading from cells and from
what the notebook defines, into the terminal's workspace; hostile code that must not touch the
kernel; the example notebook run top to bottom and its output looked at in headless Chromium."""
from __future__ import annotations

import base64
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cohort.test_dashboard_browser import browser  # noqa: F401 - the dashboard test's headless Chromium
from notebook_support import Kernel

ROOT = Path(__file__).resolve().parent.parent
MLFUN = str(Path(sys.executable).with_name("mlfun"))
WALKTHROUGH = ROOT / "docs" / "notebooks" / "walkthrough.ipynb"
SHOTS = os.environ.get("MLFUN_SHOTS")          # a folder to keep the screenshot in, to look at it

HELPER = '''
import numpy as np


def shifted(x, axis):
    return x - np.max(x, axis=axis, keepdims=True)
'''
SOFTMAX = '''
def softmax(x, axis=-1):
    e = np.exp(shifted(x, axis))
    return e / np.sum(e, axis=axis, keepdims=True)
'''
WRONG_AXIS = '''import numpy as np


def softmax(x, axis=-1):
    e = np.exp(x - np.max(x, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)
'''
LOOPS = "def softmax(x, axis=-1):\n    while True:\n        pass\n"
EXITS = "import os\n\n\ndef softmax(x, axis=-1):\n    os._exit(0)\n"


def learner_env(workspace: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("MLFUN_DATABASE_URL", "MLFUN_EXERCISES")}
    return dict(env, MLFUN_WORKSPACE=str(workspace), MLFUN_LEARNER="nora")


def cli(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([MLFUN, *args], env=env, capture_output=True, text=True, timeout=120)


def cli_json(env: dict, *args: str) -> dict:
    import json

    done = cli(env, *args, "--json")
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def pngs(html: str) -> list[bytes]:
    return [base64.b64decode(b) for b in re.findall(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', html)]


def test_a_notebook_grades_in_the_sandbox_and_keeps_attempts_in_the_terminals_workspace(tmp_path):
    env = learner_env(tmp_path / "ws")
    opened = cli_json(env, "submit", "logsumexp", "--file", str(ROOT / "exercises/probability/logsumexp/reference.py"))
    assert opened["passed"] and "softmax" in opened["unlocked"]
    with Kernel(env, str(tmp_path)) as kernel:
        assert kernel.run("%load_ext mlfun.notebook").status == "ok"
        pid = kernel.value("__import__('os').getpid()")
        shown = kernel.run("%mlfun next softmax")
        assert "## A numerically stable softmax" in shown.markdown and "np.exp(1000.0)" in shown.markdown
        starter = [p["text"] for p in shown.payload if p["source"] == "set_next_input"]
        assert len(starter) == 1 and "def softmax(x, axis=-1):" in starter[0]

        assert kernel.run(HELPER).status == "ok" and kernel.run(SOFTMAX).status == "ok"   # helper: an earlier cell
        first = kernel.run("%mlfun submit softmax")
        assert "Passed</strong>: softmax, score 100%" in first.html and "attempt 1." in first.html
        assert first.html.count("✓") == 5 and "✗" not in first.html
        assert "Passed: softmax, score 100%" in first.text                       # the plain-text repr
        status = {e["id"]: e for e in cli_json(env, "status")["exercises"]}
        assert status["softmax"]["state"] == "passed" and status["softmax"]["attempts"] == 1
        second = kernel.run("%mlfun submit softmax")
        assert "attempt 2." in second.html

        cold = _timed_cli_submit(env)
        print(f"\nCLI cold submit {cold:.3f} s; notebook first {first.seconds:.3f} s "
              f"({first.seconds / cold:.2f}x), second {second.seconds:.3f} s ({second.seconds / cold:.2f}x)")
        assert first.seconds <= 1.5 * cold
        assert second.seconds < first.seconds

        wrong = kernel.run("%%mlfun submit softmax\n" + WRONG_AXIS)
        assert "Not yet</strong>: softmax" in wrong.html and "✗" in wrong.html
        assert "Diagnosis: wrong-axis" in wrong.html and "normalized along the `axis` you are given" in wrong.html
        assert "relative error of out" in wrong.html and len(pngs(wrong.html)) == 1     # the heatmap

        looped = kernel.run("%%mlfun submit softmax\n" + LOOPS, timeout=90)
        assert "Not yet" in looped.html and re.search(r"timed out|CPU time", looped.html)
        assert kernel.value("1 + 1") == 2
        exited = kernel.run("%%mlfun submit softmax\n" + EXITS)
        assert "Not yet" in exited.html and "exited" in exited.html
        assert kernel.value("__import__('os').getpid()") == pid       # the same kernel, never restarted
    history = cli_json(env, "history", "softmax")["attempts"]
    assert [a["passed"] for a in history] == [False, False, False, True, True, True]


def _timed_cli_submit(env: dict) -> float:
    """`mlfun submit` in a new process, as a terminal learner runs it (it records attempt 3)."""
    import time

    started = time.perf_counter()
    done = cli(env, "submit", "softmax", "--file", str(ROOT / "exercises/probability/softmax/reference.py"))
    elapsed = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    return elapsed


HARVESTED = '''
import math as m
import numpy as np
from numpy.linalg import norm

SCALE = 2.0
NAMES = ("a", "b")
TABLE = np.array([[1, 2], [3, 4]])
UNUSED = 5


class Scaler:
    factor = SCALE

    def __init__(self, k=SCALE):
        self.k = k

    def apply(self, x):
        return norm(x) * self.k * m.pi


def helper(x):
    return Scaler().apply(x) + TABLE.sum() + len(NAMES)


def model(x):
    return helper(x)
'''
DATACLASS_AND_SHADOWED_BUILTIN = '''
from dataclasses import dataclass


@dataclass
class Settings:
    rate: float = SCALE


def max(values):
    return sorted(values)[-1] + 100


ARRAYS = [np.zeros(2), np.ones(2)]


def configured(x):
    return max([Settings().rate, x]) + ARRAYS[1].sum() + len(__name__)
'''
REFUSED = '''
exec("def made(x):\\n    return x\\n")
ops = {}
for name in ("double", "triple"):
    ops[name] = lambda x: x * 2
scale = ops["double"]


def make(k):
    def inner(x):
        return x * k
    return inner


times3 = make(3)
kept = Scaler()


def uses_kept(x):
    return kept.apply(x)


from mlfun.notebook.harvest import submission_source


def refusal(name):
    try:
        submission_source([name], globals())
    except Exception as err:
        return f"{err} ({err.hint})"
'''


def test_the_submission_is_rebuilt_from_the_kernel_or_refused_naming_what_is_missing(tmp_path):
    env = learner_env(tmp_path / "ws")
    with Kernel(env, str(tmp_path)) as kernel:
        assert kernel.run("%load_ext mlfun.notebook").status == "ok"
        assert kernel.run(HARVESTED).status == "ok" and kernel.run(REFUSED).status == "ok"
        source = kernel.value("submission_source(['model'], globals())")
        rebuilt = kernel.value(f"_ns = {{}}; exec({source!r}, _ns); "
                               "float(_ns['model'](np.ones(3))) == float(model(np.ones(3)))")
        assert kernel.run(DATACLASS_AND_SHADOWED_BUILTIN).status == "ok"
        other = kernel.value("submission_source(['configured'], globals(), get_ipython().user_ns_hidden)")
        same = kernel.value(f"_ns = {{'__name__': '__main__'}}; exec({other!r}, _ns); "
                            "bool(_ns['configured'](1.0) == configured(1.0))")
        refusals = {name: kernel.value(f"refusal({name!r})") for name in ("made", "scale", "times3", "uses_kept")}
        refused = kernel.run("made = lambda x: x\nmatmul = made\n%mlfun submit matmul")
    assert rebuilt is True and same is True
    for line in ("from dataclasses import dataclass", "@dataclass\nclass Settings:", "def max(values):",
                 "ARRAYS = [numpy.array([0.0, 0.0], dtype='float64'), numpy.array([1.0, 1.0], dtype='float64')]"):
        assert line in other
    assert "__name__ =" not in other and "SCALE = 2.0" in other
    for line in ("import math as m", "import numpy\n", "from numpy.linalg import norm", "SCALE = 2.0",
                 "NAMES = ('a', 'b')", "TABLE = numpy.array([[1, 2], [3, 4]], dtype='int64')", "class Scaler:"):
        assert line in source
    assert "UNUSED" not in source and "refusal" not in source and " as np" not in source    # np: unused
    assert source.index("SCALE = 2.0") < source.index("class Scaler:") < source.index("def helper")
    assert "the source of made cannot be recovered" in refusals["made"]
    assert "scale is a lambda that is not defined by a line `scale = lambda ...`" in refusals["scale"]
    assert "times3 is a closure made inside another function (it captures k)" in refusals["times3"]
    assert "kept is an object of type __main__.Scaler" in refusals["uses_kept"]
    assert refused.status == "error" and refused.error["ename"] == "UsageError"       # one message, no traceback
    assert refused.text == ("UsageError: mlfun: matmul is a lambda that is not defined by a line `matmul = lambda "
                            "...` (made in a loop, a list or a call?), so no source defines it\n"
                            "  hint: define matmul with def in a cell\n")


@pytest.fixture(scope="module")
def walkthrough(tmp_path_factory):
    """The example notebook, executed top to bottom in a fresh workspace."""
    import nbformat
    from nbclient import NotebookClient

    folder = tmp_path_factory.mktemp("walkthrough")
    notebook = nbformat.read(WALKTHROUGH, as_version=4)
    NotebookClient(notebook, timeout=120, kernel_name="python3",
                   resources={"metadata": {"path": str(folder)}}).execute(env=learner_env(folder / "ws"))
    return notebook, folder


def _outputs(cell, mime: str) -> str:
    return "\n".join(o.get("data", {}).get(mime, "") for o in cell.get("outputs", []))


def test_the_example_notebook_runs_top_to_bottom(walkthrough):
    notebook, folder = walkthrough
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert not [o for c in code for o in c.outputs if o.output_type == "error"]
    by_source = {c.source.splitlines()[0]: c for c in code}
    shown = _outputs(by_source["%mlfun next logsumexp"], "text/markdown")
    assert "## Log-sum-exp without overflow" in shown and "*logsumexp, topic probability*" in shown
    tried = _outputs(by_source["%%mlfun submit logsumexp"], "text/html")
    assert "Diagnosis: max-not-added-back" in tried and len(pngs(tried)) >= 1
    passed = _outputs(by_source["%mlfun submit logsumexp"], "text/html")
    assert "Passed</strong>: logsumexp" in passed and "Opened:</strong> softmax" in passed
    assert "hint 1 of 3" in _outputs(by_source["%mlfun hint softmax"], "text/plain")
    status = cli_json(learner_env(folder / "ws"), "status")["exercises"]
    assert {e["id"]: e["attempts"] for e in status}["logsumexp"] == 2


def test_the_example_notebooks_output_shows_in_a_browser(walkthrough, browser, tmp_path):  # noqa: F811
    """Every HTML output of the executed notebook, written into one page as nbconvert would
    place them, opened in headless Chromium: the checks table and the heatmap must be there."""
    notebook, _ = walkthrough
    page = tmp_path / "walkthrough.html"
    page.write_text(_page(notebook), encoding="utf-8")
    from selenium.webdriver.common.by import By

    browser.set_window_size(1000, 1400)
    browser.get(page.as_uri())
    tables = browser.find_elements(By.CSS_SELECTOR, "table.mlfun-checks")
    assert len(tables) == 2 and "values on hidden cases" in tables[0].text and "✗" in tables[0].text
    images = browser.find_elements(By.CSS_SELECTOR, "figure.mlfun-picture img")
    assert images and images[0].get_attribute("src").startswith("data:image/png;base64,")
    width, height = browser.execute_script("return [arguments[0].naturalWidth, arguments[0].naturalHeight]",
                                           images[0])
    assert width >= 300 and height >= 150, (width, height)
    browser.execute_script("arguments[0].scrollIntoView()", tables[0])
    shot = tmp_path / "notebook-result.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 20_000
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(SHOTS) / "notebook-result.png")


def _page(notebook) -> str:
    import html

    parts = []
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            parts.append(f"<div class='md'><pre>{html.escape(cell.source)}</pre></div>")
            continue
        parts.append(f"<pre class='input'>{html.escape(cell.source)}</pre>")
        parts += [o["data"]["text/html"] for o in cell.outputs if "text/html" in o.get("data", {})]
    return ("<!doctype html><html><head><meta charset='utf-8'><title>walkthrough</title></head>"
            "<body style='max-width:960px;margin:auto'>" + "\n".join(parts) + "</body></html>")


def _result(*checks, diagnosis=(), failure=None):
    from mlfun.grader.result import Diagnosis, Result

    return Result("conv-backward", False, tuple(checks), tuple(Diagnosis(*d) for d in diagnosis), 7, "h", 0.25,
                  failure=failure)


def _view(result):
    from mlfun.cli.course import Submission
    from mlfun.notebook.views import SubmissionView

    return SubmissionView(Submission(result, 2))


def _pixels(png: bytes):
    import io

    from matplotlib.image import imread

    return imread(io.BytesIO(png))


def test_every_kind_of_picture_is_drawn_as_an_inline_png_and_learner_text_stays_text():
    from mlfun.grader.result import CheckResult

    heatmap = {"kind": "heatmap", "title": "relative error of dx, case 3", "shape": [2, 3, 6, 10],
               "axes": "last two", "rows": 6, "cols": 10,
               "values": [[None if (r, c) == (2, 4) else 1e-6 * (1 + r * c) for c in range(10)] for r in range(6)]}
    curves = {"kind": "curves", "title": "loss per step", "x": "step",
              "series": {"yours": [2.0, 1.5, None, 9.0], "reference": [2.0, 1.2, 0.9, 0.7]}}
    histogram = {"kind": "histogram", "title": "samples of categorical([0.2, 0.8])", "edges": [-0.5, 0.5, 1.5],
                 "yours": [0.5, 0.5], "target": [0.2, 0.8]}
    view = _view(_result(
        CheckResult("gradient check of dx", False, "dx differs at [0, 1, 2, 4] <script>alert(1)</script>", heatmap),
        CheckResult("training curve", False, "your loss stalls", curves),
        CheckResult("sample distribution", False, "too many zeros", histogram),
        CheckResult("a picture of an unknown kind", False, "drawn by nothing", {"kind": "hologram"}),
        CheckResult("a malformed picture", False, "bad data", {"kind": "heatmap", "values": "oops"}),
        CheckResult("runs without error", True, "ran on all 12 cases"),
        diagnosis=[("overwrites-windows", "dx += & windows overlap")]))
    page = view._repr_html_()
    images = pngs(page)
    assert len(images) == 3
    for png in images:
        height, width = _pixels(png).shape[:2]
        assert width == 600 and height >= 200
    red = (_pixels(images[0])[..., :3] * 255).round()
    assert ((red == (214, 39, 40)).all(axis=-1)).sum() > 100          # the NaN cell is drawn, in red
    assert "Red cells: your value is NaN or infinite there." in page
    assert "(picture not drawn:" in page and page.count("<figure") == 3
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script" not in page
    assert "dx += &amp; windows overlap" in page and "Diagnosis: overwrites-windows" in page
    assert "http" not in page.replace("http://www.w3.org", "")          # nothing fetched from anywhere
    assert page.count("✗") == 5 and page.count("✓") == 1
    text = repr(view)
    assert "Not yet: conv-backward, score 17% in 0.25 s, attempt 2." in text      # 1 of 6 checks passed
    assert "Diagnosis: overwrites-windows" in text and "dx += & windows overlap" in text


def test_a_picture_of_one_number_is_not_drawn():
    from mlfun.grader.result import CheckResult

    single = {"kind": "heatmap", "title": "relative error of out", "shape": [], "axes": "last", "rows": 1,
              "cols": 1, "values": [[0.9]]}
    check = CheckResult("values on public examples", False, "got 0.4, expected 3.4", single)
    page = _view(_result(check))._repr_html_()
    assert "<img" not in page and "got 0.4, expected 3.4" in page


@pytest.mark.slow
def test_every_reference_run_in_a_kernel_is_rebuilt_into_a_passing_submission(tmp_path, catalog, zygote):
    """Each exercise's reference, run as one notebook cell (classes, helpers, constants and all),
    comes back from the kernel as a file that passes its own grader."""
    from mlfun.grader.grade import grade

    failing = {}
    with Kernel(learner_env(tmp_path / "ws"), str(tmp_path)) as kernel:
        for entry in catalog.entries:
            exercise = catalog.exercise(entry.id)
            kernel.run("%reset -f\nfrom mlfun.notebook.harvest import submission_source as _rebuild")
            assert kernel.run(exercise.reference.source).status == "ok", entry.id
            source = kernel.value(f"_rebuild({list(exercise.entry)!r}, globals())")
            result = grade(exercise, source, 11, launcher=zygote)
            if not result.passed:
                failing[entry.id] = [c.message for c in result.checks if not c.passed]
    assert not failing
