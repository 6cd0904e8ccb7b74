# Mistake: no-max-shift. The reference without the shift: exp of the raw scores, nothing added back.
# ([()] turns the 0-d result of a 1-D input into a NumPy scalar, as np.log(np.sum(np.exp(x))) gives.)
import numpy as np


def logsumexp(x, axis=-1):
    m = np.max(x, axis=axis, keepdims=True)
    s = np.sum(np.exp(x), axis=axis, keepdims=True)      # the mistake: x, not x - m
    return np.squeeze(np.log(s), axis=axis)[()]           # and so no m to add back
