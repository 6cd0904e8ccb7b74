# kind: harmless
# expect: dx-missing-onehot
# why: a correct stable loss (through a helper, take_along_axis, comments), but dx = p / N with no -1 at the correct class
import numpy as np


def log_softmax(s):
    s = s - s.max(axis=1, keepdims=True)
    return s - np.log(np.exp(s).sum(axis=1, keepdims=True))


def softmax_loss(x, y):
    num_examples = x.shape[0]
    logp = log_softmax(x)                                   # (N, C)
    picked = np.take_along_axis(logp, y.reshape(-1, 1), axis=1)
    loss = -float(np.sum(picked)) / num_examples
    # gradient of the mean loss wrt the scores
    probs = np.exp(logp)
    dx = probs / num_examples
    return loss, dx
