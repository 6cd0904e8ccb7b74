# kind: harmless
# expect: wrong-axis
# why: both the max and the sum ignore the axis argument and use the last axis; the in-place divide into its own fresh array and method calls change nothing
import numpy as np


def softmax(x, axis=-1):
    m = x.max(-1, keepdims=True)
    e = np.exp(x - m)          # e is a new array, x is untouched
    s = e.sum(-1, keepdims=True)
    np.divide(e, s, out=e)
    return e
