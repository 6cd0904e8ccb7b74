# kind: unlisted
# expect: generic:float32-precision
# why: casts the logits to float32 "to save memory"; the algorithm is the stable one, but the result is only right to float32 precision
import numpy as np


def cross_entropy(logits, y):
    x = logits.astype(np.float32)
    n = x.shape[0]
    m = x.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(x - m).sum(axis=1))
    return float(np.mean(lse - x[np.arange(n), y]))
