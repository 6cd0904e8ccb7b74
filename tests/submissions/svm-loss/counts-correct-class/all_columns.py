import numpy as np


def svm_loss(x, y):
    N = x.shape[0]
    idx = np.arange(N)
    m = x - x[idx, y].reshape(-1, 1) + 1
    loss = np.clip(m, 0, None).sum() / N            # every column, the correct one included
    pos = (m > 0).astype(float)
    dx = pos.copy()
    dx[idx, y] -= pos.sum(axis=1)
    return loss, dx / N
