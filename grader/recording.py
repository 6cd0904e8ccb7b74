"""Recording a training run's loss as it happens, for the curves picture (pictures.py).

Runs inside the sandbox child, called by an exercise's driver around the learner's `train`:
the module's `forward_backward` (the training scripts of the debugging exercises call it once
per step) is wrapped for the duration, and the first value it returns, the loss, is noted.
The driver returns the notes as one more output; the reference's run, made by the same
driver in the parent, gives the curve it is drawn beside. A script that no longer calls
`forward_backward` records nothing and simply gets no picture.

Nothing here may change what the learner's code computes: the wrapper returns exactly what
the function returned, and a loss it cannot read is noted as NaN.
"""
from __future__ import annotations

from contextlib import contextmanager

MOST_STEPS = 100_000      # a runaway loop must not grow the notes without bound


@contextmanager
def losses_of(module, function: str = "forward_backward"):
    """Inside the block, `module.<function>` notes the loss it returns; yields the list."""
    notes: list = []
    original = getattr(module, function, None)
    if not callable(original):
        yield notes
        return

    def noting(*args, **kwargs):
        result = original(*args, **kwargs)
        if len(notes) < MOST_STEPS:
            notes.append(_loss(result))
        return result

    setattr(module, function, noting)
    try:
        yield notes
    finally:
        setattr(module, function, original)


def _loss(result) -> float:
    """The first value of a (loss, grads, ...) tuple, as a float, or NaN."""
    value = result[0] if isinstance(result, tuple) and result else result
    try:
        return float(value)
    except (TypeError, ValueError, OverflowError):
        return float("nan")
