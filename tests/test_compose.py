"""Composing two mistakes: a three-way merge over tokens, with the reference as the ancestor."""
from __future__ import annotations

import numpy as np

from mlfun.grader.compose import _in_place, _tokens, compositions, merge
from mlfun.grader.model import Code, Mistake

REFERENCE = '''import numpy as np


def cov(X):
    mu = X.mean(axis=0)
    Xc = X - mu                     # centred
    return Xc.T @ Xc / X.shape[0]


def mean(X):
    return X.mean(axis=0)
'''


def _mistake(id_: str, source: str, override: bool = False) -> Mistake:
    base = Code(REFERENCE, "reference.py")
    return Mistake(id_, "hint", (Code(source, f"{id_}.py", base if override else None),))


def _run(program: str):
    namespace = {}
    exec(program, namespace)
    X = np.arange(12.0).reshape(4, 3) ** 1.5
    return namespace["cov"](X), X


def test_edits_of_different_tokens_on_one_line_compose():
    uncentred = REFERENCE.replace("return Xc.T @ Xc / X.shape[0]", "return X.T @ X / X.shape[0]")
    unbiased = REFERENCE.replace("return Xc.T @ Xc / X.shape[0]", "return Xc.T @ Xc / (X.shape[0] - 1)")
    ((pair, code),) = compositions([_mistake("uncentered", uncentred), _mistake("unbiased", unbiased)],
                                   Code(REFERENCE, "reference.py"))
    assert [m.id for m in pair] == ["uncentered", "unbiased"]
    got, X = _run(code.program)
    assert abs(got - X.T @ X / 3).max() < 1e-9


def test_comments_and_layout_are_no_edits():
    restyled = REFERENCE.replace("    Xc = X - mu                     # centred", "    Xc = (X\n          - mu)")
    assert _tokens(restyled) == _tokens(REFERENCE)


def test_edits_of_the_same_tokens_do_not_compose():
    base = _tokens(REFERENCE)
    a = _tokens(REFERENCE.replace("/ X.shape[0]", "/ X.shape[1]"))
    b = _tokens(REFERENCE.replace("/ X.shape[0]", "/ X.size"))
    assert merge(base, a, b) is None
    # an insertion on each side of a token another edit replaces is no overlap: all three apply
    c = _tokens(REFERENCE.replace("/ X.shape[0]", "/ (X.shape[0] - 1)"))
    merged = merge(base, a, c)
    assert merged is not None and merged.count((1, "shape")) == 1


def test_an_edit_both_make_is_made_once_and_one_alone_is_no_composition():
    base = _tokens(REFERENCE)
    a = _tokens(REFERENCE.replace("axis=0)\n    Xc", "axis=1, keepdims=True)\n    Xc"))
    assert merge(base, a, a) is None                       # nothing beside it to compose with
    b = _tokens(REFERENCE.replace("return X.mean(axis=0)", "return X.mean(axis=1)"))
    merged = merge(base, a, b)
    assert merged is not None and merged.count((1, "keepdims")) == 1


def test_an_override_takes_the_place_of_the_function_it_redefines():
    override = "def mean(X):\n    return X.sum(axis=0)\n"
    program = _in_place(Code(override, "m.py", Code(REFERENCE, "reference.py")))
    assert program.count("def mean") == 1 and "X.sum(axis=0)" in program
    uncentred = REFERENCE.replace("return Xc.T @ Xc / X.shape[0]", "return X.T @ X / X.shape[0]")
    pairs = compositions([_mistake("sums", override, override=True), _mistake("uncentered", uncentred)],
                         Code(REFERENCE, "reference.py"))
    assert len(pairs) == 1
    namespace = {}
    exec(pairs[0][1].program, namespace)
    X = np.arange(12.0).reshape(4, 3)
    assert (namespace["mean"](X) == X.sum(axis=0)).all() and (namespace["cov"](X) == X.T @ X / 4).all()
