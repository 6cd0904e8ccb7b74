"""Mutation operators: the small slips a learner makes, applied one at a time to a reference.

Each operator is one function `(node) -> [(replacement, description)]` over an AST node of
the reference's functions; `mutants(source)` applies every alternative of every operator at
every site, one at a time, and gives each as new source with a one-line description.

Why our own operators and not mutmut's or cosmic-ray's: both mutate a package on disk and
run a test command per mutant (a process and an import each), while here a mutant is a
string of source judged in-process by the grader's own plan, thousands per exercise; and
the slips that matter in NumPy code (a dropped `axis=` or `keepdims=`, a removed `.copy()`,
`+=` for `=`) are not among their operators. The arithmetic, comparison, boolean and
constant operators follow the classic set those tools share.
"""
from __future__ import annotations

import ast
import copy
from dataclasses import dataclass


@dataclass(frozen=True)
class Mutant:
    operator: str
    line: int
    description: str
    source: str


ARITH = {ast.Add: ast.Sub, ast.Sub: ast.Add, ast.Mult: ast.Div, ast.Div: ast.Mult,
         ast.FloorDiv: ast.Div, ast.Pow: ast.Mult, ast.Mod: ast.FloorDiv}
COMPARE = {ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt, ast.Eq: ast.NotEq,
           ast.NotEq: ast.Eq, ast.Is: ast.IsNot, ast.IsNot: ast.Is, ast.In: ast.NotIn, ast.NotIn: ast.In}
COPYING = {"copy", "array", "asarray", "ascontiguousarray", "astype"}


def arithmetic(node):
    if isinstance(node, (ast.BinOp, ast.AugAssign)) and type(node.op) in ARITH:
        new = copy.copy(node)
        new.op = ARITH[type(node.op)]()
        yield new, f"{_op(node.op)} became {_op(new.op)}"


def comparison(node):
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in COMPARE:
        new = copy.copy(node)
        new.ops = [COMPARE[type(node.ops[0])]()]
        yield new, f"{_op(node.ops[0])} became {_op(new.ops[0])}"


def boolean(node):
    if isinstance(node, ast.BoolOp):
        new = copy.copy(node)
        new.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        yield new, f"{_op(node.op)} became {_op(new.op)}"
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield node.operand, "`not` removed"
    elif isinstance(node, ast.Constant) and isinstance(node.value, bool):
        yield ast.Constant(not node.value), f"{node.value} became {not node.value}"


def constant(node):
    """Off by one for integers; a doubled (or, from zero, a unit) float."""
    if not isinstance(node, ast.Constant) or isinstance(node.value, bool):
        return
    if isinstance(node.value, int):
        for value in (node.value + 1, node.value - 1):
            yield ast.Constant(value), f"{node.value} became {value}"
    elif isinstance(node.value, float):
        value = node.value * 2 if node.value else 1.0
        yield ast.Constant(value), f"{node.value!r} became {value!r}"


def negation(node):
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        yield node.operand, "a minus sign removed"


def keyword_dropped(node):
    """`axis=`, `keepdims=`, `ddof=`, `out=` ...: a named argument left out."""
    if isinstance(node, ast.Call):
        for k, kw in enumerate(node.keywords):
            if kw.arg is not None:
                new = copy.copy(node)
                new.keywords = node.keywords[:k] + node.keywords[k + 1:]
                yield new, f"argument {kw.arg}= left out"


def arguments_swapped(node):
    if isinstance(node, ast.Call) and len(node.args) >= 2 and not any(isinstance(a, ast.Starred) for a in node.args):
        new = copy.copy(node)
        new.args = [node.args[1], node.args[0], *node.args[2:]]
        yield new, "the first two arguments swapped"


def slice_bound(node):
    """A bound of a slice left out: `x[1:]` for `x[1:-1]`, `x[:n]` for `x[k:n]`."""
    if isinstance(node, ast.Slice):
        for name in ("lower", "upper", "step"):
            if getattr(node, name) is not None:
                new = copy.copy(node)
                setattr(new, name, None)
                yield new, f"the slice's {name} bound left out"


def copy_removed(node):
    """`x.copy()`, `np.copy(x)`, `np.array(x)`, `x.astype(float)` -> `x`: the result may now
    alias its input, or keep its dtype."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in COPYING):
        return
    attr = node.func.attr
    if attr in ("copy", "astype") and (attr == "astype" or not node.args):
        yield node.func.value, f".{attr}(...) removed"
    elif node.args and attr != "astype":
        yield node.args[0], f"{attr}(...) removed"


def in_place(node):
    """`x += y` -> `x = y` (the accumulation lost) and -> `x = x + y` (a new array: whoever
    shares x no longer sees the update)."""
    if isinstance(node, ast.AugAssign):
        yield ast.Assign([node.target], node.value, lineno=node.lineno), f"{_op(node.op)}= became ="
        rebound = ast.Assign([node.target], ast.BinOp(_load(node.target), node.op, node.value), lineno=node.lineno)
        yield rebound, f"in place {_op(node.op)}= became a new array"


OPERATORS = {f.__name__: f for f in (arithmetic, comparison, boolean, constant, negation, keyword_dropped,
                                     arguments_swapped, slice_bound, copy_removed, in_place)}
STATEMENTS = (ast.Assign, ast.AugAssign, ast.Expr, ast.AnnAssign)


def mutants(source: str, operators=None, only: tuple = ()) -> list[Mutant]:
    """Every single-site mutant of the functions in `source` (module-level code is left alone:
    imports and constants are not where a learner's slip lives), or of the top-level
    functions and classes named in `only`: the part a learner writes, when the rest is
    given and kept as it is (a pipeline whose accuracy the learner estimates)."""
    tree = ast.parse(source)
    chosen = [OPERATORS[name] for name in (operators or OPERATORS)]
    found, seen = [], {ast.unparse(tree)}
    for path in _sites(tree, only):
        node = _get(tree, path)
        alternatives = [(op.__name__, alt, text) for op in chosen for alt, text in op(node)]
        if isinstance(node, STATEMENTS) and not _docstring(node):
            alternatives.append(("statement_removed", ast.Pass(), "statement removed"))
        for name, alternative, text in alternatives:
            mutated = _replaced(tree, path, alternative)
            if mutated is not None and mutated not in seen:
                seen.add(mutated)
                found.append(Mutant(name, getattr(node, "lineno", 0), text, mutated))
    return found


def _sites(tree: ast.Module, only: tuple = ()):
    """Paths (field, index) from the module to every node inside a function body (of the
    top-level definitions named in `only`, when given)."""
    def walk(node, path, inside):
        if inside:
            yield path
        for field, value in ast.iter_fields(node):
            if field in ("decorator_list", "returns", "annotation", "type_comment"):
                continue
            items = value if isinstance(value, list) else [value]
            for i, item in enumerate(items):
                if isinstance(item, ast.AST) and not isinstance(item, (ast.expr_context, ast.arguments)):
                    is_def = isinstance(item, (ast.FunctionDef, ast.Lambda))
                    yield from walk(item, path + ((field, i if isinstance(value, list) else None),),
                                    inside or is_def)
    for i, stmt in enumerate(tree.body):
        if isinstance(stmt, (ast.FunctionDef, ast.ClassDef)) and (not only or stmt.name in only):
            yield from walk(stmt, (("body", i),), isinstance(stmt, ast.FunctionDef))


def _get(tree, path):
    node = tree
    for field, index in path:
        value = getattr(node, field)
        node = value[index] if index is not None else value
    return node


def _replaced(tree, path, alternative) -> str | None:
    """The source of `tree` with the node at `path` replaced, the tree itself left as it was."""
    parent = _get(tree, path[:-1])
    field, index = path[-1]
    holder = getattr(parent, field) if index is not None else None
    original = holder[index] if index is not None else getattr(parent, field)
    if index is None:
        setattr(parent, field, alternative)
    else:
        holder[index] = alternative
    try:
        return ast.unparse(ast.fix_missing_locations(tree))
    except Exception:   # noqa: BLE001 - an alternative that does not fit its place is no mutant
        return None
    finally:
        if index is None:
            setattr(parent, field, original)
        else:
            holder[index] = original


def _docstring(node) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)


def _load(target):
    new = copy.deepcopy(target)
    new.ctx = ast.Load()
    return new


def _op(op) -> str:
    return {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Pow: "**",
            ast.Mod: "%", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==",
            ast.NotEq: "!=", ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in",
            ast.And: "and", ast.Or: "or"}.get(type(op), type(op).__name__)
