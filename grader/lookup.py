"""Dynamic lookup, refused in the source of exercises that forbid names.

A forbidden-name check reads names as text: `rng.choice` is seen, but
`getattr(rng, "ch" + "oice")` is not, nor `vars(np)["dot"]` or
`importlib.import_module("numpy.linalg")`. So where an exercise forbids anything, every way
of turning a computed string into an attribute, a module or code is refused: forbidden names
must not be reachable through dynamic lookup. A literal `getattr(x, "name")` stays allowed
(forbidden.py matches its name like an attribute), and so do imports written out in full,
except NumPy's private modules, which hold the same functions under other names.
"""
from __future__ import annotations

import ast

# getattr & co. are fine with a literal name; with a computed one they are dynamic lookup.
NAMED_LOOKUPS = {"getattr", "setattr", "hasattr", "delattr"}

# Names that look things up by a string, or reach the tables where names live.
LOOKUP_NAMES = {
    "vars": "vars() reads attributes by name",
    "globals": "globals() reads names by string",
    "locals": "locals() reads names by string",
    "eval": "eval() runs code built from a string",
    "exec": "exec() runs code built from a string",
    "compile": "compile() builds code from a string",
    "__import__": "__import__() imports a module named by a string",
    "import_module": "import_module() imports a module named by a string",
    "attrgetter": "operator.attrgetter looks attributes up by name",
    "methodcaller": "operator.methodcaller looks methods up by name",
    "__dict__": "__dict__ hands out attributes by name",
    "__getattribute__": "__getattribute__ looks attributes up by name",
    "__builtins__": "__builtins__ reaches getattr and __import__ under another name",
    "__globals__": "__globals__ reads a module's names by string",
    "__subclasses__": "__subclasses__ reaches the import machinery",
    "__loader__": "__loader__ imports modules named by a string",
}

# Modules whose purpose is finding objects by name, or reading them from memory.
LOOKUP_MODULES = {
    "importlib": "importlib imports modules named by a string",
    "builtins": "builtins reaches getattr and __import__ under other names",
    "inspect": "inspect reads attributes without the attribute syntax",
    "gc": "gc hands out the objects a module refers to",
    "ctypes": "ctypes reads memory directly",
    "pydoc": "pydoc.locate finds objects named by a string",
    "pkgutil": "pkgutil.resolve_name finds objects named by a string",
}


def dynamic_lookups(source: str) -> list[tuple[int, str]]:
    """(line, why) for every dynamic lookup in the source, in source order."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        for line, why in _lookups_in(node):
            found.add((line, why))
    return sorted(found)


def _lookups_in(node: ast.AST):
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in NAMED_LOOKUPS:
        if len(node.args) < 2 or not _is_text(node.args[1]):
            yield node.lineno, f"{node.func.id}() with a computed attribute name"
    elif isinstance(node, ast.Name) and node.id in LOOKUP_NAMES:
        yield node.lineno, LOOKUP_NAMES[node.id]
    elif isinstance(node, ast.Attribute) and node.attr in LOOKUP_NAMES:
        yield node.lineno, LOOKUP_NAMES[node.attr]
    elif isinstance(node, (ast.Import, ast.ImportFrom)):
        yield from _import_lookups(node)


def _is_text(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _import_lookups(node):
    """Imports of lookup modules and names, and of NumPy's private modules."""
    modules = [alias.name for alias in node.names] if isinstance(node, ast.Import) else [node.module or ""]
    imported = [alias.name for alias in node.names] if isinstance(node, ast.ImportFrom) else []
    for module in modules:
        root = module.split(".")[0]
        if root in LOOKUP_MODULES:
            yield node.lineno, LOOKUP_MODULES[root]
        if _private_numpy(module):
            yield node.lineno, f"{module} is a private NumPy module (it holds public functions under other names)"
    for name in imported:
        if name in LOOKUP_NAMES:
            yield node.lineno, LOOKUP_NAMES[name]
        if modules[0] == "numpy" and _private_numpy(f"numpy.{name}"):
            yield node.lineno, f"numpy.{name} is a private NumPy module (it holds public functions under other names)"


def _private_numpy(module: str) -> bool:
    """numpy._core, numpy.core (its old alias), numpy.random._generator, ..."""
    parts = module.split(".")
    return parts[0] == "numpy" and any(p.startswith("_") or p == "core" for p in parts[1:])
