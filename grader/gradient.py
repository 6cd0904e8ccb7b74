"""Finite-difference gradient checks of backward passes.

For a forward f and an upstream gradient G (an input, e.g. `dout`), the scalar
L(x) = sum(f(x) * G) has dL/dx = the backward pass's dx. For a sample of coordinates i,
the centered difference

    numerical_i = (L(x + h e_i) - L(x - h e_i)) / (2 h),      h = 1e-5, float64

has error O(h^2) from truncation and O(eps * |L| / h) from rounding, both far below the
tolerance. The comparison is the relative error

    |analytic_i - numerical_i| / max(|analytic_i| + |numerical_i|, floor)

with floor = 1e-3 so that gradients that are legitimately ~0 do not blow it up.

The numerical gradient is taken twice: of the reference's forward (is the backward right?)
and of the learner's own forward (evaluated in the sandbox at the same perturbed points),
which tells "your backward disagrees with your own forward" from "your forward is wrong".
"""
from __future__ import annotations

import numpy as np

from .calling import entry_call, errstate_for, fresh_inputs
from .checks import Check, Context, case_label
from .result import CheckResult

FLOOR = 1e-3


class GradientCheck(Check):
    kind = "gradient"

    @property
    def step(self) -> float:
        return float(self.options.get("step", 1e-5))

    def coordinates(self, case, i: int, seed: int) -> dict:
        """The flat indices to probe, per input: a seeded sample, so a grade can be replayed."""
        rng = np.random.default_rng([seed, 7919, i])
        chosen = {}
        for name in self.options["wrt"]:
            size = np.size(case.inputs[name])
            count = min(int(self.options.get("coords", 6)), size)
            chosen[name] = sorted(int(k) for k in rng.choice(size, count, replace=False))
        return chosen

    def calls(self, cases, seed):
        if not self.options.get("own_forward", True):
            return []
        out = []
        for i, case in self.selected(cases):
            for name, indices in self.coordinates(case, i, seed).items():
                for k in indices:
                    for sign in (1, -1):
                        out.append(((self.kind, i, name, k, sign),
                                    {"fn": self.options["forward"], "case": i,
                                     "perturb": [name, k, sign * self.step]}))
        return out

    def loss(self, out, case) -> float:
        upstream = self.options.get("upstream")
        out = np.asarray(out, dtype=np.float64)
        return float(np.sum(out * case.inputs[upstream])) if upstream else float(out)

    def reference_numerical(self, ctx: Context, case, name: str, k: int) -> float:
        ex = ctx.exercise
        forward = entry_call(ctx.driver, self.options["forward"], ctx.reference, ex.entry, ex.returns)
        values = []
        for sign in (1, -1):
            with np.errstate(**errstate_for(case.errstate)):
                values.append(self.loss(forward(fresh_inputs(np, case.sent, (name, k, sign * self.step))), case))
        return (values[0] - values[1]) / (2 * self.step)

    def own_numerical(self, ctx: Context, i: int, case, name: str, k: int) -> float | None:
        values = []
        for sign in (1, -1):
            outcome = ctx.extra.get((self.kind, i, name, k, sign))
            if outcome is None or outcome.error:
                return None
            try:
                values.append(self.loss(outcome.outputs, case))
            except (TypeError, ValueError):
                return None
        return (values[0] - values[1]) / (2 * self.step)

    def evaluate(self, ctx: Context) -> list[CheckResult]:
        rtol, worst = float(self.options.get("rtol", 1e-5)), 0.0
        for i, case in self.selected(ctx.cases):
            outcome = ctx.learner[i]
            if outcome is None or outcome.error:
                return [self.result(False, "could not be checked: your code did not return on "
                                           f"{case_label(case)} (see above)")]
            for name, indices in self.coordinates(case, i, ctx.seed).items():
                problem, error = self.check_input(ctx, i, case, name, indices, outcome.outputs, rtol)
                if problem:
                    return [self.result(False, problem, self.picture(ctx, i, case, name, outcome.outputs))]
                worst = max(worst, error)
        return [self.result(True, f"agree with centered finite differences (max relative error {worst:.1e})")]

    def check_input(self, ctx, i, case, name, indices, outputs, rtol):
        grad_name = self.options["wrt"][name]
        analytic = outputs.get(grad_name) if isinstance(outputs, dict) else None
        shape = np.shape(case.inputs[name])
        if not isinstance(analytic, np.ndarray) or analytic.shape != shape:
            got = f"shape {analytic.shape}" if isinstance(analytic, np.ndarray) else type(analytic).__name__
            return (f"{grad_name} must have the shape of {name}, {shape}; got {got}, on {case_label(case)}", 0.0)
        worst = 0.0
        for k in indices:
            a = float(analytic.reshape(-1)[k])
            n = self.reference_numerical(ctx, case, name, k)
            error = abs(a - n) / max(abs(a) + abs(n), FLOOR)
            if not error <= rtol:
                return self.explain(ctx, i, case, name, grad_name, k, a, n, error, rtol), error
            worst = max(worst, error)
        return None, worst

    def explain(self, ctx, i, case, name, grad_name, k, a, n, error, rtol) -> str:
        index = [int(j) for j in np.unravel_index(k, np.shape(case.inputs[name]))]
        text = (f"{grad_name}{index} is {a:.6g}, but the numerical gradient of the forward pass "
                f"is {n:.6g} (relative error {error:.2g} > {rtol:g}), on {case_label(case)}")
        own = self.own_numerical(ctx, i, case, name, k) if self.options.get("own_forward", True) else None
        if own is not None:
            own_error = abs(a - own) / max(abs(a) + abs(own), FLOOR)
            if own_error <= rtol:
                text += ". Your backward does agree with your own forward pass, so the forward is what is wrong"
            else:
                text += (f". It disagrees with your own forward pass too ({own:.6g}), "
                         "so the backward pass itself is wrong")
        return text

    def picture(self, ctx: Context, i: int, case, name: str, outputs) -> dict | None:
        """Where the gradient is off: the learner's gradient against the reference's own backward
        output on this case (the exercise returns it under the same name), as a relative-error
        heatmap with this check's FLOOR. Finite differences probe a few coordinates only; the
        reference's backward gives every one at no cost."""
        grad_name = self.options["wrt"][name]
        expected = ctx.expected[i].get(grad_name) if isinstance(ctx.expected[i], dict) else None
        if not ctx.pictures or not isinstance(outputs, dict) or expected is None:
            return None
        from .pictures import heatmap

        return heatmap(outputs.get(grad_name), expected, FLOOR, f"relative error of {grad_name}, {case.name}")

    def result(self, passed: bool, message: str, picture: dict | None = None) -> CheckResult:
        names = ", ".join(self.options["wrt"].values())
        return CheckResult(f"gradient check of {names}", passed, message, picture)
