import numpy as np


def lm_loss(logits, tokens, mask=None):
    N, T, V = logits.shape
    keep = np.ones((N, T - 1)) if mask is None else mask[:, 1:].astype(float)
    e = np.exp(logits[:, :-1])
    p = e / e.sum(axis=-1, keepdims=True)
    onehot = np.eye(V)[tokens[:, 1:]]
    c = keep.sum()
    nll = -np.log((p * onehot).sum(-1))
    d = np.zeros(logits.shape)
    d[:, :-1] = (p - onehot) * keep[..., None] / c
    return float((nll * keep).sum() / c), d


def bits_per_byte(loss, bytes_per_token):
    return loss / (np.log(2) * bytes_per_token)
