"""The cost pictures add to a failing conv-backward grade: Plan.evaluate on the same outcomes,
pictures on and off, interleaved (no sandbox noise), beside one whole grade."""
import time, statistics
from pathlib import Path
from mlfun.grader.catalog import Catalog
from mlfun.grader.plan import Plan
from mlfun.grader.checks import run_implementation
from mlfun.grader.support import load_code
ex = Catalog.load().exercise("conv-backward")
plan = Plan(ex, 1)
import types; wrong = types.ModuleType("wrong"); exec(Path("tests/submissions/conv-backward/dx-missing-overlaps/filters_summed_windows_assigned.py").read_text(), wrong.__dict__)
outcomes = run_implementation(plan.context([None] * len(plan.calls)), wrong, plan.calls)
t = {True: [], False: []}
for _ in range(200):
    for pictures in (True, False):
        s = time.perf_counter(); plan.evaluate(outcomes, timed=False, pictures=pictures); t[pictures].append(time.perf_counter() - s)
on, off = statistics.median(t[True]), statistics.median(t[False])
print(f"evaluate: with pictures {on*1e3:.2f} ms, without {off*1e3:.2f} ms, pictures add {(on-off)*1e3:.2f} ms")
