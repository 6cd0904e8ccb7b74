"""Naming mistakes from per-output evidence, when no single mistake explains everything.

A learner often makes two mistakes at once (an Adam step without bias correction that
also never advances t), or one named mistake and a fault of their own in another output.
Neither outcome equals any one mistake's, so exact matching (diagnosis.py) stays silent
and the learner is told nothing, though each fault is plainly visible.

Here the evidence is weighed one cell at a time: a cell is one output of one case (or the
whole case, when the learner's code raised there). A mistake *agrees* on a wrong cell when
the learner's value there equals the mistake's; it is *contradicted* when it changes a cell
the learner got right (it predicts an error that did not happen), and is then never named.
Mistakes that are not contradicted are chosen greedily, each adding the most wrong cells
still unexplained, until every wrong cell is explained: they are named together.

When some wrong cells stay unexplained, a chosen mistake is still named if it explains every
wrong cell of the outputs it changes, so the faults left over lie in other outputs, which
the hint says; a mistake that explains only part of an output it changes is not named.
"""
from __future__ import annotations

from dataclasses import dataclass

from .compare import mismatch, same_outcome
from .contract import RULE
from .generic import error_kind

RAISED = None          # the cell of a case on which the learner's code raised
MOST_AT_ONCE = 3


@dataclass(frozen=True)
class Explanation:
    mistakes: tuple          # the Mistake objects named, in the order chosen
    outputs: dict            # mistake -> the outputs (names) whose wrong values it explains
    unexplained: tuple       # outputs wrong in a way none of them explains


def explain(ctx, outcomes: dict, rtol: float, atol: float, up_to: str | None = None) -> Explanation | None:
    """`outcomes` maps each mistake to its outcomes on ctx.cases; None when nothing is named."""
    wrong, right = _cells(ctx, rtol, atol, up_to)
    if not wrong:
        return None
    agree, against = {}, {}
    for mistake, theirs in outcomes.items():
        if _changes_any(ctx, theirs, right, rtol, atol, up_to):
            continue
        cells = {c for c in wrong if _agrees(ctx, theirs, c, rtol, atol, up_to)}
        if cells:
            agree[mistake] = cells
            against[mistake] = sum(_changes(ctx, theirs, c, rtol, atol, up_to) for c in wrong - cells)
    chosen = _cover(agree, against, wrong)
    covered = set().union(*(agree[m] for m in chosen)) if chosen else set()
    left = wrong - covered
    named = [m for m in chosen if not any(c[1] in _owned(agree[m], ctx, outcomes[m], rtol, atol, up_to)
                                          for c in left)]
    if not named:
        return None
    return Explanation(tuple(named), {m: _names(agree[m]) for m in named}, _names(left))


def _cells(ctx, rtol, atol, up_to) -> tuple[set, set]:
    """(wrong cells, right cells) of the learner's attempt, as (case index, output name)."""
    wrong, right = set(), set()
    for i, expected in enumerate(ctx.expected):
        outcome = ctx.learner[i]
        if outcome is None:
            continue
        if outcome.error or not isinstance(outcome.outputs, dict):
            wrong.add((i, RAISED))
            continue
        for name, value in expected.items():
            if str(name).startswith(RULE):
                continue
            got = outcome.outputs.get(name)
            bad = name not in outcome.outputs or not same_outcome(got, value, rtol, atol, up_to)
            (wrong if bad else right).add((i, name))
    return wrong, right


def _agrees(ctx, theirs: list, cell, rtol, atol, up_to) -> bool:
    i, name = cell
    learner, mistake = ctx.learner[i], theirs[i]
    if mistake is None:
        return False
    if name is RAISED:
        return bool(learner.error and mistake.error and error_kind(learner.error) == error_kind(mistake.error))
    if mistake.error or not isinstance(mistake.outputs, dict) or name not in mistake.outputs:
        return False
    return same_outcome(learner.outputs[name], mistake.outputs[name], rtol, atol, up_to)


def _changes(ctx, theirs: list, cell, rtol, atol, up_to) -> bool:
    """The mistake's value in this cell differs from the reference's."""
    i, name = cell
    mistake = theirs[i]
    if mistake is None:
        return False
    if mistake.error or not isinstance(mistake.outputs, dict):
        return True
    if name is RAISED:
        return False
    return name not in mistake.outputs or mismatch(mistake.outputs[name], ctx.expected[i][name], rtol, atol, up_to) \
        is not None


def _changes_any(ctx, theirs, cells, rtol, atol, up_to) -> bool:
    return any(_changes(ctx, theirs, c, rtol, atol, up_to) for c in cells)


def _owned(agreed: set, ctx, theirs, rtol, atol, up_to) -> set:
    """The outputs this mistake changes on some case (RAISED when it raises somewhere)."""
    owned = {name for _, name in agreed}
    for i, expected in enumerate(ctx.expected):
        for name in [n for n in expected if not str(n).startswith(RULE)] + [RAISED]:
            if name not in owned and _changes(ctx, theirs, (i, name), rtol, atol, up_to):
                owned.add(name)
    return owned


def _cover(agree: dict, against: dict, wrong: set) -> list:
    """Greedy: the mistake explaining the most wrong cells not yet explained, then the next. Of
    two that explain as many, the one that predicts fewer wrong values the learner does not
    have: the naive log of a softmax and a missing max shift both overflow on large logits,
    but only the first also predicts -inf where the learner has a finite value."""
    chosen, left = [], set(wrong)
    while left and len(chosen) < MOST_AT_ONCE:
        best = max((m for m in agree if m not in chosen), key=lambda m: (len(agree[m] & left), -against[m]),
                   default=None)
        if best is None or not agree[best] & left:
            break
        chosen.append(best)
        left -= agree[best]
    return chosen


def _names(cells) -> tuple:
    return tuple(sorted({"the error it raises" if name is RAISED else str(name) for _, name in cells}))
