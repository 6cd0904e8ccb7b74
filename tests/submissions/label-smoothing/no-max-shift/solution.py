import numpy as np


def label_smoothing_loss(logits, y, epsilon=0.1):
    n, v = logits.shape
    logp = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
    target = (1 - epsilon) * np.eye(v)[y] + epsilon / v
    loss = -(target * logp).sum(axis=1).mean()
    return float(loss), (np.exp(logp) - target) / n
