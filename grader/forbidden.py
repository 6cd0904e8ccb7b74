"""Forbidden names, checked on the learner's source before anything runs.

An exercise that teaches matrix multiplication forbids `np.dot`, `@` and friends: using
them would skip the lesson. An entry is a dotted name (`np.linalg.eig`), a module wildcard
(`np.linalg.*`), a bare name (`sum`, `float`, `math`) or the operator `@`. The last part of a
dotted name is matched wherever it appears as an attribute or an imported name, so
`x.dot(y)`, `from numpy import dot` and `getattr(x, "dot")` are caught as well as `np.dot`.
Names built at run time are refused by lookup.py, and the sandbox refuses forbidden NumPy
names at run time too (guard.py).
"""
from __future__ import annotations

import ast

from .lookup import NAMED_LOOKUPS


def forbidden_uses(source: str, forbidden) -> list[tuple[int, str]]:
    """(line, entry) for every use of a forbidden name, in source order."""
    if not forbidden:
        return []
    wanted, bare, modules = {}, set(), set()
    for entry in forbidden:
        parts = entry.split(".")
        key = parts[-2] if parts[-1] == "*" else parts[-1]
        wanted[key] = entry
        if len(parts) == 1:
            bare.add(key)                  # `sum`, `float`, `math`: a plain name use counts too
        if parts[-1] == "*":
            modules.add(key)
    tree = ast.parse(source)
    # `np.random.*` is the module: `np.random.seed` uses it, `rng.random()` (a Generator's
    # method of the same name) does not. A module's attribute is one an attribute is read from.
    read_from = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    found = []
    for node in ast.walk(tree):
        for name, line, plain in _names_used(node):
            if name in modules and isinstance(node, ast.Attribute) and id(node) not in read_from:
                continue
            if name in wanted and (not plain or name in bare):
                found.append((line, wanted[name]))
    return sorted(set(found))


def _names_used(node: ast.AST):
    """(name, line, is a plain variable name) for every name a node uses."""
    if isinstance(node, ast.Name):
        yield node.id, node.lineno, True
    elif isinstance(node, ast.Attribute):
        yield node.attr, node.lineno, False
    elif isinstance(node, (ast.Import, ast.ImportFrom)):
        for alias in node.names:
            for part in alias.name.split("."):
                yield part, node.lineno, False
        if isinstance(node, ast.ImportFrom) and node.module:
            for part in node.module.split("."):
                yield part, node.lineno, False
    elif isinstance(node, (ast.BinOp, ast.AugAssign)) and isinstance(node.op, ast.MatMult):
        yield "@", node.lineno, False
    elif _literal_lookup(node):
        yield node.args[1].value, node.lineno, False


def _literal_lookup(node: ast.AST) -> bool:
    """`getattr(x, "name")` and its kin: an attribute written as a string is still that attribute."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in NAMED_LOOKUPS and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str))
