import numpy as np


def cross_entropy(logits, y):
    m = np.max(logits, axis=1)
    lse = m + np.log(np.exp(logits - m[:, None]).sum(axis=1))
    losses = lse - logits[np.arange(len(y)), y]
    return float(losses.sum())
