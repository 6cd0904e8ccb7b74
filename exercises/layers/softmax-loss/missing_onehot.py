import numpy as np


def softmax_loss(x, y):
    n = x.shape[0]
    shifted = x - np.max(x, axis=1, keepdims=True)
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    loss = -np.mean(log_probs[np.arange(n), y])
    return float(loss), np.exp(log_probs) / n
