import numpy as np


def svm_loss(x, y):
    N, C = x.shape
    is_wrong_class = np.ones((N, C), dtype=bool)
    is_wrong_class[np.arange(N), y] = False
    m = x - np.take_along_axis(x, y[:, None], axis=1) + 1.0
    violated = is_wrong_class & (m > 0)
    loss = np.sum(m[violated]) / N
    dx = violated / N
    dx[np.arange(N), y] = -violated.sum(axis=1) / N
    return loss, dx
