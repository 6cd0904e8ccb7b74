"""Rebuilding a submission file from what a notebook has defined.

`%mlfun submit softmax` grades the kernel's `softmax`, not a file: the grader needs source,
so it is recovered here. Starting from the exercise's entry functions, every global name a
definition uses is followed, recursively:

- a function or class written in a cell: its source (`inspect.getsource`, which reads the
  cell back from IPython's line cache);
- a module: an import line (`import numpy as np`); a function or class imported from a
  module: `from numpy.linalg import norm`;
- a simple constant (numbers, strings, None, and tuples, lists, dicts and sets of them; a small
  NumPy array of numbers): `NAME = <repr>`.

What cannot be recovered is refused with a message naming it: a function built by `exec` or
`eval` (no source exists), a lambda that is not bound by a plain `name = lambda ...` line
(in a loop, in a list), a closure made by another function (its captured variables live
nowhere in the source), an instance of a class (its state was built at run time), a class
defined in a C extension that is not importable by name. Names a definition uses that the
kernel does not define are left out: the grader then reports the NameError, as the file would.
"""
from __future__ import annotations

import ast
import dis
import inspect
import math
import sys
import textwrap
import types

from mlfun.grader.errors import MlfunError

ARRAY_LIMIT = 10_000        # elements: a larger constant array belongs in code, not in a literal


class NotRecoverable(MlfunError):
    """A name the submission needs whose source this kernel cannot give back."""


def submission_source(entry: list[str], namespace: dict, hidden: dict | None = None) -> str:
    """The text of a file defining `entry` (and all they use) as `namespace` defines them.
    `hidden`: what the shell itself put there (IPython's `get_ipython`, `In`, `exit`...), left out
    while it is still the shell's."""
    missing = [name for name in entry if name not in namespace]
    if missing:
        names = ", ".join(missing)
        raise NotRecoverable(f"this notebook does not define {names}",
                             f"run the cell that defines {names} first, or grade a cell: %%mlfun submit ID")
    harvest = _Harvest(namespace, hidden or {})
    for name in entry:
        harvest.follow(name)
    return harvest.text()


class _Harvest:
    """One walk over the names a submission needs: imports, constants, then definitions in an
    order where everything a definition uses at definition time (a decorator, a default, a
    base class) comes before it."""

    def __init__(self, namespace: dict, hidden: dict):
        self.namespace, self.hidden = namespace, hidden
        self.seen: set[str] = set()
        self.imports: list[str] = []
        self.constants: list[str] = []
        self.definitions: list[str] = []

    def text(self) -> str:
        parts = ["\n".join(self.imports), "\n".join(self.constants), *self.definitions]
        return "\n\n\n".join(p for p in parts if p).rstrip() + "\n"

    def follow(self, name: str) -> None:
        dunder = name.startswith("__") and name.endswith("__")      # __name__, __builtins__: the kernel's
        if name in self.seen or name not in self.namespace or dunder or self._shells(name):
            return
        self.seen.add(name)
        value = self.namespace[name]
        if isinstance(value, types.ModuleType):
            self.imports.append(_import_line(name, value))
        elif _written_in_notebook(value):
            self._definition(name, value)
        elif _is_constant(value):
            self._constant(name, value)
        else:
            self.imports.append(_import_from(name, value))

    def _shells(self, name: str) -> bool:
        return name in self.hidden and self.hidden[name] is self.namespace[name]

    def _definition(self, name: str, value) -> None:
        source, uses = _definition_source(name, value)
        for used in sorted(uses):
            self.follow(used)
        self.definitions.append(source)

    def _constant(self, name: str, value) -> None:
        literal = _literal(value)
        if "numpy." in literal:         # an array, alone or inside a container
            self.follow_import("numpy")
        self.constants.append(f"{name} = {literal}")

    def follow_import(self, module: str) -> None:
        line = f"import {module}"
        if line not in self.imports:
            self.imports.append(line)


# -- modules and imported objects ------------------------------------------------------------

def _import_line(name: str, module: types.ModuleType) -> str:
    real = module.__name__
    if real == name:
        return f"import {real}"
    return f"import {real} as {name}"


def _import_from(name: str, value) -> str:
    """`from MODULE import ATTR as name` for an object some importable module has as ATTR."""
    found = _home(value)
    if found is None:
        raise NotRecoverable(
            f"{name} is {_describe(value)}, which mlfun cannot write into a file",
            f"define {name} in a cell (a def, a class, or a simple constant), or build it inside your function")
    module, attr = found
    return f"from {module} import {attr}" + ("" if attr == name else f" as {name}")


def _home(value) -> tuple[str, str] | None:
    """Where an imported object lives: the module it names, else any loaded public module
    that has it (NumPy's ufuncs name no module of their own)."""
    attr = getattr(value, "__name__", None)
    if not isinstance(attr, str):
        return None
    named = getattr(value, "__module__", None)
    candidates = [named] if isinstance(named, str) else []
    candidates += ["numpy", "math"] + sorted(sys.modules, key=len)
    for module in candidates:
        if module in sys.modules and module != "__main__" and not module.split(".")[-1].startswith("_") \
                and getattr(sys.modules[module], attr, None) is value:
            return module, attr
    return None


def _describe(value) -> str:
    kind = type(value)
    if isinstance(value, type):
        return f"the class {value.__qualname__} (from no module mlfun can import)"
    return f"an object of type {kind.__module__}.{kind.__qualname__}".replace("builtins.", "")


# -- constants --------------------------------------------------------------------------------

_SCALARS = (bool, int, float, complex, str, bytes, type(None))


def _is_constant(value) -> bool:
    if isinstance(value, _SCALARS):
        return True
    if isinstance(value, (tuple, list, set, frozenset)):
        return all(_is_constant(v) for v in value)
    if isinstance(value, dict):
        return all(_is_constant(k) and _is_constant(v) for k, v in value.items())
    return _is_array(value)


def numpy_ndarray() -> type:
    return sys.modules["numpy"].ndarray


def _is_array(value) -> bool:
    numpy = sys.modules.get("numpy")
    return numpy is not None and isinstance(value, (numpy.ndarray, numpy.generic)) and value.dtype.kind in "biufc"


def _literal(value) -> str:
    """Python text that evaluates to `value`: repr, except the floats repr cannot write
    (nan, inf) and NumPy arrays, which become `numpy.array(<nested list>, dtype=...)`."""
    if isinstance(value, float) and not math.isfinite(value):
        return f"float({repr(value)!r})"
    if isinstance(value, (list, tuple, set, frozenset)) and not isinstance(value, (str, bytes)):
        inner = ", ".join(_literal(v) for v in value)
        if type(value) is list:
            return f"[{inner}]"
        if type(value) is tuple:
            return f"({inner}{',' if len(value) == 1 else ''})"
        return f"{type(value).__name__}([{inner}])"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_literal(k)}: {_literal(v)}" for k, v in value.items()) + "}"
    if _is_array(value):
        if value.size > ARRAY_LIMIT:
            raise NotRecoverable(f"a NumPy array of {value.size} elements is too large to write into the "
                                 "submission", "compute it inside your function, from its shape and a formula")
        if value.ndim == 0 and not isinstance(value, numpy_ndarray()):
            return f"numpy.dtype({value.dtype.name!r}).type({_literal(value.item())})"
        return f"numpy.array({_literal(value.tolist())}, dtype={value.dtype.name!r})"
    return repr(value)


# -- definitions written in the notebook ------------------------------------------------------

def _written_in_notebook(value) -> bool:
    """A function or class the learner wrote (module __main__), not one imported."""
    if callable(value) and not isinstance(value, type):
        value = inspect.unwrap(value)           # a decorated function: its def carries the decorators
    if isinstance(value, (types.FunctionType, type)):
        return getattr(value, "__module__", None) == "__main__"
    return False


def _definition_source(name: str, value) -> tuple[str, set[str]]:
    """The source of a def or class, and the global names it uses."""
    if isinstance(value, type):
        node, source = _class_node(name, value)
        return _bound(name, node.name, source), _names_at_definition(node) | _class_methods_globals(value)
    return _function_source(name, inspect.unwrap(value))


def _function_source(name: str, function: types.FunctionType) -> tuple[str, set[str]]:
    if function.__closure__:
        captured = ", ".join(function.__code__.co_freevars)
        raise NotRecoverable(f"{name} is a closure made inside another function (it captures {captured}), "
                             "so its source alone does not define it",
                             f"define {name} at the top level of a cell, passing {captured} as arguments")
    try:
        source = textwrap.dedent(inspect.getsource(function))
    except (OSError, TypeError):
        raise NotRecoverable(f"the source of {name} cannot be recovered: it was not written in a cell "
                             "(built by exec or eval, or loaded from a file mlfun cannot read)",
                             f"define {name} with def in a cell and run that cell") from None
    node = _only_statement(name, source)
    if function.__name__ == "<lambda>":
        _require_plain_lambda(name, node)
        return source.rstrip(), _names_at_definition(node) | _code_globals(function.__code__)
    return _bound(name, node.name, source), _names_at_definition(node) | _code_globals(function.__code__)


def _only_statement(name: str, source: str) -> ast.stmt:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        tree = None
    if tree is None or len(tree.body) != 1:
        raise NotRecoverable(f"the source of {name} cannot be separated from the code around it",
                             f"define {name} with def on lines of its own")
    return tree.body[0]


def _require_plain_lambda(name: str, node: ast.stmt) -> None:
    plain = (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
             and node.targets[0].id == name and isinstance(node.value, ast.Lambda))
    if not plain:
        raise NotRecoverable(f"{name} is a lambda that is not defined by a line `{name} = lambda ...` "
                             "(made in a loop, a list or a call?), so no source defines it",
                             f"define {name} with def in a cell")


def _bound(name: str, defined: str, source: str) -> str:
    """The definition, and `name = defined` when the notebook binds it under another name."""
    source = source.rstrip()
    return source if defined == name else f"{source}\n\n\n{name} = {defined}"


def _class_node(name: str, cls: type) -> tuple[ast.ClassDef, str]:
    """A class's statement, found in the cell that one of its methods was written in (Python
    cannot find a class's source in __main__ on its own: the module has no file)."""
    for member in vars(cls).values():
        function = getattr(member, "__func__", member)
        code = getattr(function, "__code__", None)
        if code is None:
            continue
        import linecache

        lines = linecache.getlines(code.co_filename)
        found = _class_in(lines, cls.__name__, code.co_firstlineno) if lines else None
        if found is not None:
            return found
    found = _latest_cell_defining(cls.__name__)
    if found is not None:
        return found
    raise NotRecoverable(f"the source of the class {name} cannot be recovered (it has no method written "
                         "in a cell, or it was built by exec or type())",
                         f"define {name} with a class statement in a cell and run that cell")


def _latest_cell_defining(class_name: str) -> tuple[ast.ClassDef, str] | None:
    """A class with no method of its own to say where it was written (only attributes, or a
    dataclass, whose methods are generated): the newest cell with a top-level `class NAME`.
    IPython keeps every cell it ran in the line cache, oldest first."""
    import linecache

    for filename, entry in reversed(list(linecache.cache.items())):
        lines = entry[2] if len(entry) > 2 else []
        if not _is_cell(filename) or not any(line.lstrip().startswith(f"class {class_name}") for line in lines):
            continue
        try:
            found = _class_in(lines, class_name, None)
        except SyntaxError:
            continue
        if found is not None:
            return found
    return None


def _is_cell(filename: str) -> bool:
    """IPython's names for the cells it ran: <ipython-input-N-...> in a terminal, a file under
    its temporary folder (ipykernel_PID/...) in a kernel."""
    return filename.startswith("<ipython-input-") or "/ipykernel_" in filename


def _class_in(lines: list[str], class_name: str, line: int | None) -> tuple[ast.ClassDef, str] | None:
    """The top-level class NAME of a cell (the one around `line`, when given)."""
    text = "".join(lines)
    for node in ast.parse(text).body:
        if isinstance(node, ast.ClassDef) and node.name == class_name and \
                (line is None or node.lineno <= line <= node.end_lineno):
            first = min([node.lineno] + [d.lineno for d in node.decorator_list])
            source = textwrap.dedent("".join(lines[first - 1:node.end_lineno]))
            return ast.parse(source).body[0], source
    return None


def _class_methods_globals(cls: type) -> set[str]:
    names: set[str] = set()
    for member in vars(cls).values():
        function = getattr(member, "__func__", member)
        for accessor in ("fget", "fset", "fdel"):       # a property's functions
            if getattr(member, accessor, None) is not None:
                names |= _code_globals(getattr(member, accessor).__code__)
        if isinstance(function, types.FunctionType):
            names |= _code_globals(function.__code__)
    return names


def _code_globals(code: types.CodeType) -> set[str]:
    """Global names the code (and the functions and comprehensions inside it) reads or writes:
    read from the bytecode, so a local variable that shares a global's name is not one."""
    names = set()
    for instruction in dis.get_instructions(code):
        if instruction.opname in ("LOAD_GLOBAL", "LOAD_NAME", "STORE_GLOBAL", "DELETE_GLOBAL"):
            names.add(instruction.argval)
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            names |= _code_globals(constant)
    return names        # a builtin is followed only if the notebook redefined it (follow skips the rest)


def _names_at_definition(node: ast.stmt) -> set[str]:
    """Names evaluated when the statement itself runs: decorators, defaults, annotations, base
    classes and a class body's own statements (not the bodies of functions, which run later)."""
    names: set[str] = set()

    class Visitor(ast.NodeVisitor):
        def visit_Name(self, name: ast.Name) -> None:
            names.add(name.id)

        def visit_FunctionDef(self, function) -> None:
            arguments = function.args
            every = (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs,
                     *(a for a in (arguments.vararg, arguments.kwarg) if a is not None))
            for part in (*function.decorator_list, *arguments.defaults,
                         *(d for d in arguments.kw_defaults if d is not None),
                         *(a.annotation for a in every if a.annotation is not None),
                         *([function.returns] if function.returns is not None else [])):
                self.visit(part)

        visit_AsyncFunctionDef = visit_FunctionDef

        def visit_Lambda(self, function: ast.Lambda) -> None:
            for part in (*function.args.defaults, *(d for d in function.args.kw_defaults if d is not None)):
                self.visit(part)

    Visitor().visit(node)
    if isinstance(node, ast.ClassDef):
        names.discard(node.name)
    return names
