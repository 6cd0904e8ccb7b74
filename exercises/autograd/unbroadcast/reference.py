import numpy as np


def unbroadcast(grad, shape):
    shape = tuple(shape)    # mutant-ok(statement_removed): the statement promises a tuple
    out = grad.sum(axis=tuple(range(grad.ndim - len(shape))))      # the leading axes rule 1 added
    ones = tuple(i for i, size in enumerate(shape) if size == 1)    # rule 2 stretched them (or kept 1)
    return out.sum(axis=ones, keepdims=True)
