import numpy as np


def log_softmax(x, axis=-1):
    shifted = x - np.max(x, axis=axis, keepdims=True)          # the largest entry becomes 0
    log_norm = np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))   # log Σ e^shifted, in [0, log C]
    return shifted - log_norm                                    # x_i - LSE(x), never log(0)
