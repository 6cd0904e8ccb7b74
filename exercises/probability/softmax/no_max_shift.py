# Mistake: no-max-shift. The reference without the max shift: exp of the raw logits.
import numpy as np


def softmax(x, axis=-1):
    shifted = x                                         # the mistake: no max subtracted
    e = np.exp(shifted)
    return e / np.sum(e, axis=axis, keepdims=True)
