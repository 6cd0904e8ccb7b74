# Mistake: max-not-added-back. The reference, forgetting to add the shift m back.
# ([()] turns the 0-d result of a 1-D input into a NumPy scalar, as np.log(np.sum(...)) gives.)
import numpy as np


def logsumexp(x, axis=-1):
    m = np.max(x, axis=axis, keepdims=True)
    s = np.sum(np.exp(x - m), axis=axis, keepdims=True)
    return np.squeeze(np.log(s), axis=axis)[()]           # the mistake: m + missing
