"""The protocol check: a stateful implementation gives the same answers however it is called.

The ordinary calls run each case alone, forward then backward, so state kept in the module
(a global x, a mask, an optimizer's m) never shows. The driver's `protocol` function (see
stateful.py) calls the learner's code again in the sandbox, in stages: twice with the same
inputs, with two cases in flight, two optimizers stepped in turn. This check compares, in
the trusted parent, each stage with the one it must reproduce, within the exercise's own
`close` tolerance (options `rtol`, `atol` override it):

    |stage − baseline| <= atol + rtol·|baseline|     for every output the baseline has

or, for random draws without a seed, must *not* reproduce. The learner is compared with
their own code run alone, not with the reference: a wrong but stateless layer passes here
(the value checks tell it what is wrong), and a right layer that keeps state is told so.
"""
from __future__ import annotations

from .checks import Check, Context, case_label, error_text
from .compare import mismatch
from .result import CheckResult

SAME, DIFFER = "same", "differ"

REPEATED = ("calling it a second time with the same inputs gave a different {name}: something "
            "kept between calls decides the result (a module global, a default argument, a random "
            "draw that is not seeded from the inputs, or an array you keep and return again, which "
            "the caller wrote into after the first call); compute from the inputs and the cache alone, "
            "and return new arrays")
BACKWARD_AGAIN = ("calling backward a second time with the same cache gave a different {name}: your "
                  "backward changes its cache (or dout) in place; leave the cache as forward made it")
INTERLEAVED = ("with two cases in flight (forward A, forward B, backward A with A's cache, backward B) "
               "{name} of {which} differs from what the same case gives alone: your backward used the "
               "input of the last forward call, not the cache it was given (or a buffer the next call "
               "overwrote): keep state in the cache, not in the module")
ALTERNATED = ("two parameter streams stepped in turn (A, B, A, B, ...) did not each follow the steps "
              "{which} takes alone ({name} differs): your optimizer keeps state (m, v, t, a velocity) "
              "outside the config it is given, in a module global or a dict shared by every config; "
              "keep all state in config")
UNSEEDED = ("two calls without a seed gave the same {name}: without a seed every call must draw a "
            "fresh random mask; seed your generator only when dropout_param has a 'seed'")

# stage -> (the stage it is compared with, relation, message), in the order they are judged:
# a repeat that already differs explains everything after it.
STAGES = {
    "again": ("alone", SAME, REPEATED),
    "unseeded_again": ("unseeded", DIFFER, UNSEEDED),
    "backward_again": ("alone", SAME, BACKWARD_AGAIN),
    "interleaved": ("alone", SAME, INTERLEAVED),
    "interleaved_b": ("alone_b", SAME, INTERLEAVED),
    "alternated": ("alone", SAME, ALTERNATED),
    "alternated_b": ("alone_b", SAME, ALTERNATED),
}


class ProtocolCheck(Check):
    kind = "protocol"

    @property
    def function(self) -> str:
        return self.options.get("function", "protocol")

    def calls(self, cases, seed):
        return [((self.kind, i), {"fn": self.function, "case": i}) for i, _ in self.selected(cases)]

    def tolerance(self, output: str | None = None) -> tuple[float, float, str | None]:
        """The tolerance of the close check that compares this output (rtol, atol, and `up_to`,
        an eigenvector's sign say): the grade already accepts that much from the reference."""
        closes = [c.options for c in self.exercise.checks if c.kind == "close"]
        close = next((c for c in closes if output in c.get("outputs", ())), None) \
            or next((c for c in closes if "outputs" not in c), closes[0] if closes else {})
        return (float(self.options.get("rtol", close.get("rtol", 1e-7))),
                float(self.options.get("atol", close.get("atol", 1e-9))), close.get("up_to"))

    def evaluate(self, ctx: Context) -> list[CheckResult]:
        checked = 0
        for i, case in self.selected(ctx.cases):
            plain, outcome = ctx.learner[i], ctx.extra.get((self.kind, i))
            if plain is None or plain.error or outcome is None:
                continue                    # the runs check already says why
            checked += 1
            problem = self.problem(ctx, outcome)
            if problem:
                return [self.result(False, f"{problem}, on {case_label(case)}")]
        if not checked:
            return [self.result(False, "could not be checked: your code did not return on any case")]
        return [self.result(True, "same results when called twice, interleaved or in turn")]

    def problem(self, ctx: Context, outcome) -> str | None:
        if outcome.error:
            return (f"your code ran on this case alone, but {error_text(outcome.error, ctx.exercise)} when "
                    "called again or with a second case in flight: keep state in the cache or config, "
                    "not in the module")
        stages = outcome.outputs if isinstance(outcome.outputs, dict) else {}
        for stage, (base, relation, message) in STAGES.items():
            if stage in stages and base in stages:
                found = self.compare(stages[stage], stages[base], relation)
                if found:
                    name, detail = found
                    which = "B" if stage.endswith("_b") else "A"
                    return message.format(name=name, which=which) + (f" ({name} {detail})" if detail else "")
        return None

    def compare(self, got: dict, base: dict, relation: str) -> tuple[str, str] | None:
        """(output name, how it differs) for the first output that breaks the relation, else None."""
        if not isinstance(got, dict) or not isinstance(base, dict):
            return None
        differences = {name: mismatch(got.get(name), value, *self.tolerance(name)) for name, value in base.items()}
        if relation == DIFFER:
            return None if any(differences.values()) else (", ".join(base), "")
        return next(((name, text.replace("expected", "alone it gave")) for name, text in differences.items()
                     if text), None)

    def result(self, passed: bool, message: str) -> CheckResult:
        return CheckResult(self.options.get("name", "state between calls"), passed, message)
