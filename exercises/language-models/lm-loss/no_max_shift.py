# Mistake: no-max-shift. The log-softmax exponentiates the raw logits.
import numpy as np


def _log_softmax(logits):
    return logits - np.log(np.sum(np.exp(logits), axis=-1, keepdims=True))
