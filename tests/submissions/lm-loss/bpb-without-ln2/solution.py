import numpy as np


def lm_loss(logits, tokens, mask=None):
    N, T, V = logits.shape
    keep = np.ones((N, T - 1)) if mask is None else mask[:, 1:].astype(float)
    x = logits[:, :-1]
    z = x - x.max(axis=-1, keepdims=True)
    logp = z - np.log(np.exp(z).sum(axis=-1, keepdims=True))
    onehot = np.eye(V)[tokens[:, 1:]]
    c = keep.sum()
    loss = -(logp * onehot).sum(-1)
    d = np.zeros(logits.shape)
    d[:, :-1] = (np.exp(logp) - onehot) * keep[..., None] / c
    return float((loss * keep).sum() / c), d


def bits_per_byte(loss, bytes_per_token):
    return loss / bytes_per_token     # per byte
