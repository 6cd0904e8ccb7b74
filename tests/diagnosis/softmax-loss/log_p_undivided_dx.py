# kind: combined
# expect: log-of-softmax, dx-not-divided-by-n
# why: the loss is -log of a softmax probability (0 when confidently wrong), and dx = p - onehot is never divided by N
import numpy as np


def softmax_loss(x, y):
    N = x.shape[0]
    probs = np.exp(x - x.max(axis=1, keepdims=True))
    probs = probs / probs.sum(axis=1, keepdims=True)
    loss = -np.log(probs[np.arange(N), y]).mean()
    dx = probs.copy()
    dx[np.arange(N), y] -= 1
    return loss, dx
