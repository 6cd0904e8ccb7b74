# A learner caches softmax by (shape, axis): the second array of a shape gets the first one's answer.
# expect: returned exactly what it returned for the call before
import numpy as np

_memo = {}


def softmax(x, axis=-1):
    key = (x.shape, axis)
    if key not in _memo:
        z = x - np.max(x, axis=axis, keepdims=True)
        e = np.exp(z)
        _memo[key] = e / np.sum(e, axis=axis, keepdims=True)
    return _memo[key].copy()
