"""Axis siblings of a named mistake: the same misconception along any other fixed axis.

A mistake such as "the sum runs along axis -1 whatever `axis` says" is written once, with
one literal axis; a learner makes it with axis 0, or 1, or hard-codes the max and not the
sum. When a mistake's function takes an `axis` parameter yet passes a literal `axis=` to
some reduction, that literal is the mistake, and every other literal is the same mistake.
The siblings here replace each such literal by every axis the cases can have, or by the
parameter itself (so that one reduction may be right and another wrong). A sibling that is
right everywhere (every literal back to `axis`) is refused by diagnosis: it must be wrong
on the attempt it explains.
"""
from __future__ import annotations

import ast
import itertools
from functools import lru_cache

from .model import Code

LIMIT = 64          # siblings per variant: two literal sites, six axes or the parameter, is 48
PARAMETER = "axis"


@lru_cache(maxsize=128)
def axis_siblings(code: Code, ndim: int) -> tuple[Code, ...]:
    """Every variant of `code` with its literal axes set to other axes in [-ndim, ndim), or to `axis`."""
    try:
        tree = ast.parse(code.source)
    except SyntaxError:
        return ()
    sites = [kw for fn in ast.walk(tree) if isinstance(fn, ast.FunctionDef) and _takes_axis(fn)
             for kw in ast.walk(fn) if isinstance(kw, ast.keyword) and kw.arg == "axis" and _literal(kw.value) is not None]
    if not sites:
        return ()
    original = tuple(_literal(kw.value) for kw in sites)
    siblings = []
    for combo in itertools.product([*range(-ndim, ndim), PARAMETER], repeat=len(sites)):
        if combo == original or len(siblings) >= LIMIT:
            continue
        for kw, axis in zip(sites, combo):
            kw.value = ast.Name(PARAMETER, ast.Load()) if axis == PARAMETER else ast.Constant(axis)
        siblings.append(Code(ast.unparse(tree), f"{code.origin} (axes {', '.join(map(str, combo))})", code.base))
    return tuple(siblings)


def _takes_axis(fn: ast.FunctionDef) -> bool:
    args = fn.args
    return any(a.arg == PARAMETER for a in args.posonlyargs + args.args + args.kwonlyargs)


def _literal(node) -> int | None:
    """An int written in the source (-1 is a unary minus on 1)."""
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and _literal(node.operand) is not None:
        return -_literal(node.operand)
    return None
