# kind: combined
# expect: no-max-shift, dx-missing-onehot
# why: exponentiates the raw scores (overflow / all-zero sums on huge scores) and returns p / N as dx without subtracting the one-hot target
import numpy as np


def softmax_loss(x, y):
    n = x.shape[0]
    exp_scores = np.exp(x)
    sums = np.sum(exp_scores, axis=1)
    loss = np.mean(np.log(sums) - x[np.arange(n), y])
    p = exp_scores / sums[:, None]
    dx = p / n
    return float(loss), dx
