import numpy as np


def label_smoothing_loss(logits, y, epsilon=0.1):
    n, v = logits.shape
    z = logits - logits.max(axis=1, keepdims=True)
    logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    onehot = np.eye(v)[y]
    target = (1 - epsilon) * onehot + epsilon / v
    loss = -(target * logp).sum(axis=1).mean()
    return float(loss), (np.exp(logp) - onehot) / n
