# kind: harmless
# expect: log-of-softmax
# why: a stable softmax helper, then np.log of the true-class probability (0 when the true class is ~800 below the best); take_along_axis instead of fancy indexing changes nothing
import numpy as np


def stable_softmax(z):
    z = z - np.max(z, axis=1, keepdims=True)
    ez = np.exp(z)
    return ez / ez.sum(axis=1, keepdims=True)


def cross_entropy(logits, y):
    p = stable_softmax(logits)
    p_true = np.take_along_axis(p, y[:, None], axis=1)[:, 0]
    nll = -np.log(p_true)
    return float(nll.mean())
