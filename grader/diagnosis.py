"""Naming what went wrong: the step that makes mlfun a teacher and not a judge.

First the exercise's named mistakes: each is a small wrong implementation, run here (in
the trusted parent) on exactly the learner's inputs. A mistake is named when the learner's
outcome agrees with it on every case: same outputs within the exercise's tolerance (or the
same values in a shape of the same size, which is then named as a second fault), or the
same exception. When no variant agrees exactly, its axis siblings are tried (the same
hard-coded axis mistake along another axis, see axes.py). Exercises graded by properties
(random masks, statistics) match on the set of failed checks instead (`diagnose_by:
checks`), and on the quantities those checks measure: a mistake that keeps 1 - p of the
entries is named only for a layer whose keep rate is near 1 - p, not for any wrong rate.

When no named mistake fits, the generic diagnoses of generic.py try to explain the
failure, each only when its premise holds on this attempt. A correct but differently
written solution never reaches this module: it passed.
"""
from __future__ import annotations

import dataclasses
import logging
import os

import numpy as np

from .axes import axis_siblings
from .checks import Context, measures, run_implementation
from .compare import same_outcome
from .contract import RULE, values_only
from .compose import compositions
from .evidence import explain
from .generic import error_kind, generic, reshape_note, right
from .result import Diagnosis
from .support import load_code, quiet

EXACT, RESHAPED = "exact", "reshaped"


def diagnose(ctx: Context, calls: list, failed_checks: set, evaluate, rtol: float, atol: float,
             up_to: str | None = None) -> tuple:
    """What the learner's mistake is, or () when nothing can be said. Naming is advice on top of
    a verdict already reached: if explaining an unforeseen outcome fails, the learner gets the
    verdict without advice, never a crash (MLFUN_STRICT_DIAGNOSIS=1, set by the tests, re-raises)."""
    try:
        return _diagnose(ctx, calls, failed_checks, evaluate, rtol, atol, up_to)
    except Exception:    # noqa: BLE001 - see the docstring
        if os.environ.get("MLFUN_STRICT_DIAGNOSIS"):
            raise
        logging.getLogger("mlfun.grader").exception("no diagnosis for %s (seed %s)", ctx.exercise.id, ctx.seed)
        return ()


def _diagnose(ctx: Context, calls: list, failed_checks: set, evaluate, rtol, atol, up_to) -> tuple:
    """Named mistakes (exact variants first, then axis siblings), then two at once; generic ones
    only when none fits."""
    with quiet():
        found = _named(ctx, calls, failed_checks, evaluate, rtol, atol, up_to)
        if found:
            notes = _reshape_notes(ctx, calls) if RESHAPED in found.values() else ()
            return tuple(Diagnosis(m.id, m.hint) for m in found) + notes
        both = _composed(ctx, calls, failed_checks, evaluate, rtol, atol, up_to)
        if both:
            return both
        if ctx.exercise.diagnose_by != "outputs":
            return ()
        named, unexplained = _together(ctx, calls, rtol, atol, up_to)
        if not named:
            return generic(ctx, rtol, atol)
        return named + (generic(_only(ctx, unexplained), rtol, atol) if unexplained else ())


def _only(ctx: Context, outputs: tuple) -> Context:
    """The context as if only these outputs were graded: what generic diagnoses explain of the
    outputs that no named mistake does."""
    expected = [{k: v for k, v in e.items() if str(k) in outputs} for e in ctx.expected]
    return dataclasses.replace(ctx, expected=expected)


def _composed(ctx: Context, calls, failed_checks, evaluate, rtol, atol, up_to) -> tuple:
    """Two mistakes made at once (compose.py): named together when the learner's outcome
    equals the reference with both mistakes' edits applied."""
    named = {}
    for pair, code in _compositions(ctx.exercise):
        how = _matches(ctx, code, calls, failed_checks, evaluate, rtol, atol, up_to)
        if how:
            named.update(dict.fromkeys(pair, how))
    notes = _reshape_notes(ctx, calls) if RESHAPED in named.values() else ()
    ids = [m.id for m in named]
    return tuple(Diagnosis(m.id, _scope((), [o for o in ids if o != m.id], ()) + m.hint) for m in named) + notes


def _together(ctx: Context, calls: list, rtol, atol, up_to) -> tuple:
    """(diagnoses, outputs left unexplained): mistakes named from per-output evidence
    (evidence.py), two at once, or one beside a fault in another output."""
    n = len(ctx.cases)
    outcomes = {(m, v): mistake_outcomes(ctx, v, calls[:n]) for m in ctx.exercise.mistakes for v in m.variants}
    found = explain(ctx, outcomes, rtol, atol, up_to)
    if found is None:
        return (), ()
    named, seen = [], set()
    for mistake, variant in found.mistakes:
        if mistake.id in seen:
            continue
        seen.add(mistake.id)
        named.append((mistake, found.outputs[(mistake, variant)]))
    others = [m.id for m, _ in named]
    return tuple(Diagnosis(m.id, _scope(outputs, [o for o in others if o != m.id], found.unexplained) + m.hint)
                 for m, outputs in named), found.unexplained


def _scope(outputs: tuple, others: list, unexplained: tuple) -> str:
    """What part of the attempt this mistake explains, said before its hint."""
    if others and not outputs:
        said = f"Your code makes {len(others) + 1} mistakes at once, this one and {_listed(others)}: " \
               f"making both gives exactly your results"
    elif others:
        said = f"Your code makes {len(others) + 1} mistakes at once: this one explains the wrong " \
               f"values of {_listed(outputs)}, {_listed(others)} the others"
    else:
        said = f"This mistake explains the wrong values of {_listed(outputs)}"
    if unexplained:
        verb = "is" if len(unexplained) == 1 else "are"
        said += f"; {_listed(unexplained)} {verb} wrong in another way, which no named mistake describes"
    return said + ". "


def _listed(items) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _named(ctx, calls, failed_checks, evaluate, rtol, atol, up_to) -> dict:
    """{mistake: how it agreed}, trying axis siblings only when no variant agrees as written."""
    found = {}
    for mistake in ctx.exercise.mistakes:
        how = _first(_matches(ctx, v, calls, failed_checks, evaluate, rtol, atol, up_to) for v in mistake.variants)
        if how:
            found[mistake] = how
    if found or ctx.exercise.diagnose_by != "outputs":
        return found
    ndim = max((np.ndim(v) for case in ctx.cases for v in case.sent.values() if isinstance(v, np.ndarray)),
               default=1)
    for mistake in ctx.exercise.mistakes:
        siblings = (s for v in mistake.variants for s in axis_siblings(v, ndim))
        how = _first(_matches(ctx, s, calls, failed_checks, evaluate, rtol, atol, up_to, sibling=True)
                     for s in siblings)
        if how:
            found[mistake] = how
    return found


_COMPOSITIONS: dict = {}


def _compositions(exercise) -> list:
    """Every pair of the exercise's mistakes that composes, built once per exercise version."""
    key = (exercise.id, exercise.content_hash)
    if key not in _COMPOSITIONS:
        _COMPOSITIONS[key] = compositions(exercise.mistakes, exercise.reference)
    return _COMPOSITIONS[key]


def _first(verdicts):
    return next((v for v in verdicts if v), None)


def matching_mistakes(ctx: Context, calls: list, failed_checks: set, evaluate, rtol, atol, up_to=None) -> list:
    return list(_named(ctx, calls, failed_checks, evaluate, rtol, atol, up_to))


def _matches(ctx: Context, code, calls, failed_checks, evaluate, rtol, atol, up_to, sibling=False) -> str | None:
    """EXACT or RESHAPED when this implementation explains the learner's outcome, else None.
    A sibling must also be wrong somewhere on this attempt: one may well be the reference."""
    if ctx.exercise.diagnose_by == "checks":
        outcomes = mistake_outcomes(ctx, code, calls)
        same = evaluate(outcomes) == failed_checks and _same_measures(ctx, outcomes)
        return EXACT if same else None
    n = len(ctx.cases)
    outcomes = mistake_outcomes(ctx, code, calls[:n])   # outputs only
    verdicts = [_agree(ctx.learner[i], outcomes[i], rtol, atol, up_to) for i in range(n)]
    if None in verdicts or (sibling and _all_right(ctx, outcomes, rtol, atol)):
        return None
    if RESHAPED in verdicts:
        return None if _shape_only(ctx, outcomes) else RESHAPED
    return EXACT


def _all_right(ctx: Context, outcomes: list, rtol, atol) -> bool:
    as_learner = dataclasses.replace(ctx, learner=outcomes)
    return all(right(as_learner, i, rtol, atol) for i in range(len(ctx.cases)))


def _same_measures(ctx: Context, outcomes: list) -> bool:
    """Every quantity a check measures (a keep rate, say) agrees with the mistake's own, within
    both measurements' statistical tolerance, on every case both ran."""
    for i, case in enumerate(ctx.cases):
        learner, mistake = ctx.learner[i], outcomes[i]
        if learner is None or learner.error or mistake is None or mistake.error:
            continue
        theirs = measures(ctx.exercise, case, mistake.outputs)
        for name, (value, tolerance) in measures(ctx.exercise, case, learner.outputs).items():
            if name in theirs and abs(value - theirs[name][0]) > tolerance + theirs[name][1]:
                return False
    return True


def mistake_outcomes(ctx: Context, code, calls: list) -> list:
    """A mistake's outcomes on these cases, run once per plan (ctx.memo is the plan's): author
    check compares every mistake with every other on each seed, and some of them train networks."""
    key = (code.program, len(calls))
    if key not in ctx.memo:
        ctx.memo[key] = run_implementation(ctx, load_code(code, "mistake"), calls)
    return ctx.memo[key]


def _agree(learner, mistake, rtol: float, atol: float, up_to: str | None = None) -> str | None:
    if learner is None:
        return None
    if learner.error or mistake.error:
        same = learner.error and mistake.error and error_kind(learner.error) == error_kind(mistake.error)
        return EXACT if same else None
    learner, mistake = _without_rules(learner), _without_rules(mistake)
    if same_outcome(learner.outputs, mistake.outputs, rtol, atol, up_to):
        return EXACT
    reshaped = _reshaped_like(learner.outputs, mistake.outputs)
    if reshaped is not None and same_outcome(reshaped, mistake.outputs, rtol, atol, up_to):
        return RESHAPED
    return None


def _without_rules(outcome):
    """The outcome without its `rule: ...` outputs (contract.py), which no mistake is about."""
    if not isinstance(outcome.outputs, dict) or not any(str(k).startswith(RULE) for k in outcome.outputs):
        return outcome
    return dataclasses.replace(outcome, outputs=values_only(outcome.outputs))


def _reshaped_like(got, model):
    """`got` with each array reshaped to the shape of its counterpart in `model`, when the sizes
    agree: np.cov of one feature returns a 0-d array where (1, 1) is asked, a second fault."""
    if not (isinstance(got, dict) and isinstance(model, dict)):
        return None
    out, changed = dict(got), False
    for name, value in got.items():
        other = model.get(name)
        if isinstance(value, (np.ndarray, np.generic)) and isinstance(other, (np.ndarray, np.generic)) \
                and np.shape(value) != np.shape(other) and np.size(value) == np.size(other):
            out[name], changed = np.reshape(value, np.shape(other)), True
    return out if changed else None


def _shape_only(ctx: Context, outcomes: list) -> bool:
    """The mistake's values are the reference's in another shape: its whole fault is a shape,
    so agreeing with it up to a reshape says nothing (a squeeze too many is not one too few)."""
    for i, outcome in enumerate(outcomes):
        if outcome is None or outcome.error or not isinstance(outcome.outputs, dict):
            return False
        expected = values_only(ctx.expected[i])
        outputs = _without_rules(outcome).outputs
        reshaped = _reshaped_like(outputs, expected)
        if not same_outcome(outputs if reshaped is None else reshaped, expected, 1e-12, 0.0):
            return False
    return True


def _reshape_notes(ctx: Context, calls: list) -> tuple:
    """The second fault of a match that needed a reshape: a named mistake whose whole fault is
    that shape (a kept axis), or else which output, which shapes."""
    n = len(ctx.cases)
    for mistake in ctx.exercise.mistakes:
        for variant in mistake.variants:
            outcomes = mistake_outcomes(ctx, variant, calls[:n])
            if _shape_only(ctx, outcomes) and _same_shapes(ctx.learner, outcomes):
                return (Diagnosis(mistake.id, mistake.hint),)
    return _shape_note(ctx)


def _same_shapes(learner: list, outcomes: list) -> bool:
    """Every output has the same shape in both, on every case where both returned (one at least)."""
    compared = 0
    for mine, theirs in zip(learner, outcomes):
        if mine is None or mine.error or not isinstance(mine.outputs, dict) or theirs.error:
            continue
        if any(np.shape(v) != np.shape(mine.outputs.get(k)) for k, v in theirs.outputs.items()
               if not str(k).startswith(RULE)):
            return False
        compared += 1
    return compared > 0


def _shape_note(ctx: Context) -> tuple:
    for i in range(len(ctx.cases)):
        outcome = ctx.learner[i]
        if outcome is None or outcome.error or not isinstance(outcome.outputs, dict):
            continue
        for name, expected in ctx.expected[i].items():
            got = outcome.outputs.get(name)
            if isinstance(got, np.ndarray) and np.shape(expected) != got.shape and np.size(expected) == got.size:
                return (reshape_note(name, got.shape, np.shape(expected)),)
    return ()
