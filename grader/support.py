"""Turning trusted exercise code (reference, driver, mistakes, generators) into modules.

Only code written by the exercise's author goes through here, and only in the trusted
parent; the learner's code is imported in the sandbox child and never by this module.
"""
from __future__ import annotations

import contextlib
import types
import warnings
from functools import lru_cache

from .model import Code


@lru_cache(maxsize=256)
def load_code(code: Code, name: str) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__file__ = code.origin
    for part in _parts(code):
        exec(compile(part.source, part.origin, "exec", dont_inherit=True), module.__dict__)
    return module


def _parts(code: Code) -> list:
    """The base first (a mistake's reference), then what overrides it, each with its own origin
    so that a traceback names the right file and line."""
    return ([] if code.base is None else _parts(code.base)) + [code]


@contextlib.contextmanager
def quiet():
    """Silence the warnings of code the grader runs on its own behalf (references, mistakes,
    generators, custom checks): a mistake's `np.cov` on one sample warns "Degrees of freedom
    <= 0", and that line would reach the learner's terminal as if their code had said it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield
