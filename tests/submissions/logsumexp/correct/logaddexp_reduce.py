import numpy as np


def logsumexp(x, axis=-1):
    # np.logaddexp(a, b) = log(e^a + e^b), computed stably; reducing it folds the whole axis.
    return np.logaddexp.reduce(x, axis=axis)
