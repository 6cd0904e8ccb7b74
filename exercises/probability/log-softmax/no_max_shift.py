# Mistake: no-max-shift. The reference without the max shift: exp of the raw logits.
import numpy as np


def log_softmax(x, axis=-1):
    shifted = x                                                 # the mistake: no max subtracted
    log_norm = np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))   # log Σ e^shifted, in [0, log C]
    return shifted - log_norm                                    # x_i - LSE(x), never log(0)
