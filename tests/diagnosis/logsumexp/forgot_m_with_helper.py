# kind: harmless
# expect: max-not-added-back
# why: shifts by the max and drops the axis correctly, but returns LSE(x) - m; the helper, the unused count and the mean-free rewrite change nothing
import numpy as np


def _shifted_exp_sum(x, axis):
    biggest = x.max(axis=axis, keepdims=True)
    n_terms = x.shape[axis]          # only used to reason about bounds: result in [0, log n]
    assert n_terms >= 1
    return np.exp(x - biggest).sum(axis=axis)


def logsumexp(x, axis=-1):
    s = _shifted_exp_sum(x, axis)
    result = np.log(s)
    return result
