# kind: harmless
# expect: no-max-shift
# why: a correct normalization along axis (through a helper and np.divide), but exp of the unshifted logits overflows for huge entries
import numpy as np


def _normalize(a, axis):
    """Divide a by its sum along axis so that every slice sums to one."""
    denom = np.sum(a, axis=axis, keepdims=True)
    return np.divide(a, denom)


def softmax(x, axis=-1):
    x = np.asarray(x, dtype=np.float64)
    unnormalized = np.exp(x)
    probs = _normalize(unnormalized, axis)
    return probs
