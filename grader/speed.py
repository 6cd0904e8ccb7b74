"""Speed as a ratio, measured on this machine in this grade.

    speedup = time(baseline) / time(learner's code), each the best over `repeat` fresh draws

The draws are new inputs of the timed group, made for this check alone: the learner's code
meets each of them exactly once, so a cache of earlier results cannot answer them, and each
timed result must also be right (a cache keyed on shapes, or a shortcut that returns early
on large inputs, fails there). The learner's code is timed in the sandbox child, the
baseline (say, the naive loops the exercise asks to replace) in the parent on the same
draws. Taking the best of several draws filters a moment of load on a busy machine; a
ratio is stable where absolute times are not. `min_speedup` should leave a wide margin
below what a good vectorized solution reaches, and above what a loop-based one can.
"""
from __future__ import annotations

import numpy as np

from .calling import entry_call, run_trusted
from .cases import fresh_draws
from .checks import Check, Context
from .compare import mismatch
from .result import CheckResult
from .support import load_code


class SpeedCheck(Check):
    kind = "speed"

    @property
    def repeat(self) -> int:
        return max(3, int(self.options.get("repeat", 5)))

    def calls(self, cases, seed):
        draws = fresh_draws(self.exercise, seed, self.options.get("group", ""), self.repeat)
        self.draws = draws
        return [((self.kind, k), {"fn": self.options.get("function", "run"),
                                  "own": {"inputs": d.sent, "errstate": d.errstate}})
                for k, d in enumerate(draws)]

    def evaluate(self, ctx: Context) -> list[CheckResult]:
        if not ctx.timed:
            return [self._result(True, "not timed: judged in-process")]
        outcomes = [ctx.extra.get((self.kind, k)) for k in range(len(self.draws))]
        for draw, outcome in zip(self.draws, outcomes):
            if outcome is None or outcome.error or outcome.seconds is None:
                return [self._result(False, f"could not be timed: your code did not return on '{draw.name}'")]
        timed = self._baseline(ctx)
        wrong = self._first_wrong(outcomes, timed, ctx.reveals(None))
        if wrong:
            return [self._result(False, f"the timed call on '{self.draws[wrong[0]].name}' returned a wrong "
                                        f"result ({wrong[1]}): each timed input is new, so results "
                                        f"remembered from earlier calls cannot answer it")]
        yours = min(o.seconds for o in outcomes)
        theirs = min(t.seconds for t in timed)
        speedup = theirs / max(yours, 1e-9)
        text = (f"{speedup:.1f}x the speed of the {self.options.get('baseline_name', 'baseline')} "
                f"({yours * 1000:.1f} ms against {theirs * 1000:.1f} ms, best of {len(outcomes)} new inputs; "
                f"at least {float(self.options['min_speedup']):g}x needed)")
        return [self._result(speedup >= float(self.options["min_speedup"]), text)]

    def not_yet(self) -> list[CheckResult]:
        return [self._result(False, "not timed yet: speed is measured once every other check passes")]

    def _baseline(self, ctx: Context) -> list:
        """The baseline on the same draws, in this process: its times, and its (right) outputs."""
        ex = ctx.exercise
        baseline = load_code(ex.support[self.options.get("baseline", 0)], "baseline")
        calls = [{"fn": self.options.get("function", "run"), "own": {"inputs": d.sent, "errstate": d.errstate}}
                 for d in self.draws]
        return run_trusted(np, lambda fn: entry_call(ctx.driver, fn, baseline, ex.entry, ex.returns), [], calls)

    def _first_wrong(self, outcomes: list, timed: list, reveal: bool):
        rtol, atol = float(self.options.get("rtol", 1e-6)), float(self.options.get("atol", 1e-9))
        for k, (outcome, right) in enumerate(zip(outcomes, timed)):
            problem = mismatch(outcome.outputs, right.outputs, rtol, atol, reveal=reveal)
            if problem:
                return k, problem
        return None

    def _result(self, passed: bool, message: str) -> CheckResult:
        return CheckResult(self.options.get("name", "speed"), passed, message)
