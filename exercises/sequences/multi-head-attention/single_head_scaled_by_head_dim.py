# Mistake: single-head (scaled like a small head). The reference with one head over all D features,
# still scaled by sqrt(D // num_heads).
import numpy as np


def mha_forward(x, Wq, Wk, Wv, Wo, num_heads, mask=None):
    N, T, D = x.shape
    d = D // num_heads

    def split_heads(m):                                 # (N, T, D) -> (N, h, T, d)
        return m.reshape(N, T, 1, D).transpose(0, 2, 1, 3)   # the mistake: one head of size D

    Q, K, V = split_heads(x @ Wq), split_heads(x @ Wk), split_heads(x @ Wv)
    scores = Q @ K.transpose(0, 1, 3, 2) / np.sqrt(d)  # (N, h, T, T)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)        # the (T, T) mask broadcasts over N and h
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-1, keepdims=True)
    heads = weights @ V                                 # (N, h, T, d)
    concat = heads.transpose(0, 2, 1, 3).reshape(N, T, D)   # back to (N, T, h, d), then merge
    return concat @ Wo
