import numpy as np


def mha_forward(x, Wq, Wk, Wv, Wo, num_heads, mask=None):
    D = x.shape[-1]
    Q, K, V = x @ Wq, x @ Wk, x @ Wv
    scores = Q @ K.transpose(0, 2, 1) / np.sqrt(D)      # one head over all D features
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-1, keepdims=True)
    return (weights @ V) @ Wo
