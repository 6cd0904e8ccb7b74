# kind: unlisted
# expect: generic:transposed
# why: works in (C, N) layout so that the row sums broadcast without keepdims, and returns dx in that layout, (C, N) instead of (N, C)
import numpy as np


def softmax_loss(x, y):
    n = x.shape[0]
    s = (x - x.max(axis=1, keepdims=True)).T            # (C, N): one column per example
    log_p = s - np.log(np.exp(s).sum(axis=0))           # (C, N) - (N,) broadcasts over classes
    loss = -np.mean(log_p[y, np.arange(n)])
    dx = np.exp(log_p)
    dx[y, np.arange(n)] -= 1.0
    dx /= n
    return float(loss), dx
