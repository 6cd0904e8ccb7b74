"""Conventions a statement fixes that no output value shows, checked by drivers in the child.

The cache an affine or pooling layer returns is the learner's to use, but the course's
contract names its form (CURRICULUM.md: `cache = (x, w, b)`), so that a backward written
against the contract works with any forward that keeps it. A driver reports such a rule
as one more output named `rule: ...`, `True` for the reference, which the `close` check
compares. Named mistakes are matched without the rule outputs (diagnosis.py): a mistake is
about a computation, and a learner who also breaks a rule is told so by that check.
"""
from __future__ import annotations

from .compare import same_value

RULE = "rule: "


def values_only(outputs):
    """Outputs without their `rule: ...` entries: what a computation gave, which is what
    mistakes and stale answers are about."""
    if not isinstance(outputs, dict):
        return outputs
    return {k: v for k, v in outputs.items() if not str(k).startswith(RULE)}


def cache_is(cache, *parts) -> bool:
    """`cache` is a tuple of exactly `parts`, in order: the very objects or equal copies
    (arrays of the same shape and values, equal dicts)."""
    return isinstance(cache, tuple) and len(cache) == len(parts) and all(map(same_value, parts, cache))

