import numpy as np


def label_smoothing_loss(logits, y, epsilon=0.1):
    # smoothed CE = (1 - eps) * NLL(true class) + eps * mean over classes of -log p
    n, v = logits.shape
    m = logits.max(axis=1, keepdims=True)
    lse = m + np.log(np.exp(logits - m).sum(axis=1, keepdims=True))
    logp = logits - lse
    nll = -logp[np.arange(n), y].mean()
    uniform = -logp.mean(axis=1).mean()
    loss = (1 - epsilon) * nll + epsilon * uniform
    target = np.eye(v)[y] * (1 - epsilon) + epsilon / v
    return float(loss), (np.exp(logp) - target) / n
