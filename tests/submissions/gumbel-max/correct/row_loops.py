import math
import numpy as np


def gumbel_max_sample(logits, rng):
    u = rng.random(logits.shape)
    flat_l = logits.reshape(-1, logits.shape[-1])
    flat_u = u.reshape(-1, logits.shape[-1])
    picks = np.empty(flat_l.shape[0], dtype=np.int64)
    for r in range(flat_l.shape[0]):
        best, best_val = 0, -math.inf
        for c in range(flat_l.shape[1]):
            v = flat_l[r, c] - math.log(-math.log(flat_u[r, c]))
            if v > best_val:
                best, best_val = c, v
        picks[r] = best
    if logits.ndim == 1:
        return picks[0]
    return picks.reshape(logits.shape[:-1])


def gumbel_softmax(logits, tau, rng):
    g = -np.log(-np.log(rng.random(logits.shape)))
    z = (logits + g) / tau
    z = z - np.max(z, axis=-1, keepdims=True)
    w = np.exp(z)
    return w / w.sum(axis=-1, keepdims=True)
