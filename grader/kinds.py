"""Every check kind an exercise file can name, and the checks of one exercise.

Kept apart from checks.py (the base class and the simple kinds) so that the kinds that live
in their own modules (gradient, speed, protocol) can import the base without a circle.
"""
from __future__ import annotations

from .checks import Check, CloseCheck, CustomCheck, NewArraysCheck, RunsCheck, UnmodifiedCheck
from .gradient import GradientCheck
from .model import Exercise
from .protocol import ProtocolCheck
from .speed import SpeedCheck

KINDS = {cls.kind: cls for cls in (CloseCheck, UnmodifiedCheck, CustomCheck, GradientCheck, SpeedCheck,
                                   ProtocolCheck, NewArraysCheck)}


def build_checks(exercise: Exercise) -> list[Check]:
    """The implicit "runs without error" first, then the exercise's checks in file order."""
    return [RunsCheck({}, exercise)] + [KINDS[spec.kind](spec.options, exercise) for spec in exercise.checks]
