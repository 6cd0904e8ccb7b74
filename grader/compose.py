"""Two named mistakes made at once, built from the two mistakes' own programs.

Each mistake is a small edit of the reference. When two edits change different tokens, making
both is a program of its own: the reference with both edits applied (a three-way merge with
the reference as the common ancestor). A learner whose outcome equals that program's on every
case made both mistakes, and is told so; exact agreement with a composition is as strong
evidence as agreement with a single mistake.

The merge works on Python tokens, not lines, so `Xc.T @ Xc / n` edited to `X.T @ X / n` by one
mistake and to `Xc.T @ Xc / (n - 1)` by another composes to `X.T @ X / (n - 1)`. Programs are
first parsed and written back (comments and layout are no edits), and an override (a mistake
written as the functions that differ) is put in place of the reference's functions it redefines.
Edits that overlap do not compose: which one wins is not a question the merge can answer, and
such a pair is left to per-output evidence (evidence.py). Mistakes compose best when each is
written as the reference with the fewest tokens changed (docs/authoring.md).
"""
from __future__ import annotations

import ast
import difflib
import io
import tokenize
from itertools import combinations, islice

from .model import Code


PAIRS_OF_VARIANTS = 4      # compositions tried per pair of mistakes (each variant is another way to err)


def compositions(mistakes, reference: Code) -> list:
    """[((mistake, mistake), Code)] for every pair of mistakes and pair of their variants whose
    edits of the reference are disjoint, at most PAIRS_OF_VARIANTS per pair of mistakes."""
    base = _tokens(reference.program)
    found = []
    for a, b in combinations(mistakes, 2):
        merged = (_merged(base, va, vb) for va in a.variants for vb in b.variants)
        programs = list(islice(filter(None, merged), PAIRS_OF_VARIANTS))
        found += [((a, b), Code(p, f"{a.id} + {b.id}")) for p in dict.fromkeys(programs)]
    return found


def _merged(base: list, va: Code, vb: Code) -> str | None:
    ours, theirs = _tokens(_in_place(va)), _tokens(_in_place(vb))
    if base is None or ours is None or theirs is None:
        return None
    merged = merge(base, ours, theirs)
    if merged is None:
        return None
    try:
        program = tokenize.untokenize(merged)
        compile(program, "<composed mistake>", "exec")
    except (SyntaxError, ValueError, tokenize.TokenError):
        return None
    return program


def _in_place(code: Code) -> str:
    """A variant as one whole program; an override's functions replace the reference's own."""
    if code.base is None:
        return code.source
    base = code.base.program
    try:
        defined = {n.name: n for n in ast.parse(code.source).body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
        lines = base.splitlines(keepends=True)
        replaced = sorted((n for n in ast.parse(base).body
                           if isinstance(n, (ast.FunctionDef, ast.ClassDef)) and n.name in defined),
                          key=lambda n: n.lineno, reverse=True)
    except SyntaxError:
        return code.program
    if len(replaced) != len(defined):
        return code.program
    for node in replaced:
        first = min([node.lineno] + [d.lineno for d in node.decorator_list])
        lines[first - 1:node.end_lineno] = [ast.unparse(defined[node.name]) + "\n"]
    return "".join(lines)


def _tokens(program: str) -> list | None:
    """The program's tokens, after one layout for all (parsed and written back)."""
    try:
        program = ast.unparse(ast.parse(program)) + "\n"
        return [(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO(program).readline)
                if t.type not in (tokenize.COMMENT, tokenize.NL)]
    except (SyntaxError, tokenize.TokenError):
        return None


def merge(base: list, ours: list, theirs: list) -> list | None:
    """`base` with the edits of both `ours` and `theirs` (an edit both make, made once); None
    when their edits overlap or insert at one place, or when one side has nothing to add."""
    mine, others = _hunks(base, ours), _hunks(base, theirs)
    if not mine or not others or set(mine) == set(others):
        return None
    hunks = sorted(set(mine) | set(others))
    for (s1, e1, _), (s2, _, _) in zip(hunks, hunks[1:]):
        if s2 < e1 or s2 == s1:       # overlapping, or two edits at one place
            return None
    merged = list(base)
    for start, end, replacement in reversed(hunks):
        merged[start:end] = list(replacement)
    return merged


def _hunks(base: list, changed: list) -> list:
    matcher = difflib.SequenceMatcher(a=base, b=changed, autojunk=False)
    return [(i1, i2, tuple(changed[j1:j2])) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]
