# kind: harmless
# expect: dx-not-divided-by-n
# why: the loss is a correct mean of m + LSE(shifted) - x_y and the one-hot comes from np.eye (equivalent), but dx = p - onehot lacks the 1/N
import numpy as np


def softmax_loss(x, y):
    N, C = x.shape
    m = np.max(x, axis=1)
    lse = m + np.log(np.sum(np.exp(x - m[:, None]), axis=1))
    loss = np.mean(lse - x[np.arange(N), y])
    onehot = np.eye(C)[y]
    p = np.exp(x - lse[:, None])
    dx = p - onehot
    return float(loss), dx
