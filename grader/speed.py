"""Speed as a ratio, measured on this machine in this grade.

    speedup = time(baseline on the case) / time(learner's code on the same case)

Both are the best of `repeat` runs on fresh copies of the same inputs: the learner's in
the sandbox child, the baseline (say, the naive loops the exercise asks to replace) in
the parent, minutes apart at most, on the same machine. A ratio is stable where absolute
times are not; `min_speedup` should leave a wide margin below what a good vectorized
solution reaches, and above what a loop-based one can.
"""
from __future__ import annotations

import numpy as np

from .calling import entry_call, run_trusted
from .checks import Check, Context
from .result import CheckResult
from .support import load_code


class SpeedCheck(Check):
    kind = "speed"

    @property
    def repeat(self) -> int:
        return int(self.options.get("repeat", 3))

    def selected(self, cases):
        return [(i, c) for i, c in super().selected(cases) if c.hidden]

    def calls(self, cases, seed):
        return [((self.kind, i), {"fn": self.options.get("function", "run"), "case": i, "repeat": self.repeat})
                for i, _ in self.selected(cases)]

    def evaluate(self, ctx: Context) -> list[CheckResult]:
        if not ctx.timed:
            return [self._result(True, "not timed: judged in-process")]
        wanted = float(self.options["min_speedup"])
        baseline = load_code(ctx.exercise.support[self.options.get("baseline", 0)], "baseline")
        ex = ctx.exercise
        yours = theirs = 0.0
        for i, case in self.selected(ctx.cases):
            outcome = ctx.extra.get((self.kind, i))
            if outcome is None or outcome.error or outcome.seconds is None:
                return [self._result(False, f"could not be timed: your code did not return on '{case.name}'")]
            call = {"fn": self.options.get("function", "run"), "case": i, "repeat": self.repeat}
            timed = run_trusted(np, lambda fn: entry_call(ctx.driver, fn, baseline, ex.entry, ex.returns),
                                ctx.cases, [call])[0]
            yours, theirs = yours + outcome.seconds, theirs + timed.seconds
        speedup = theirs / max(yours, 1e-9)
        text = (f"{speedup:.1f}x the speed of the {self.options.get('baseline_name', 'baseline')} "
                f"({yours * 1000:.1f} ms against {theirs * 1000:.1f} ms; at least {wanted:g}x needed)")
        return [self._result(speedup >= wanted, text)]

    def _result(self, passed: bool, message: str) -> CheckResult:
        return CheckResult(self.options.get("name", "speed"), passed, message)
