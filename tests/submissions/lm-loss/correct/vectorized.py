import numpy as np


def lm_loss(logits, tokens, mask=None):
    N, T, V = logits.shape
    keep = np.ones((N, T - 1)) if mask is None else mask[:, 1:].astype(float)
    x = logits[:, :-1, :]
    z = x - x.max(axis=2, keepdims=True)
    logp = z - np.log(np.exp(z).sum(axis=2, keepdims=True))
    onehot = np.zeros_like(logp)
    np.put_along_axis(onehot, tokens[:, 1:, None], 1.0, axis=2)
    count = keep.sum()
    loss = -(logp * onehot).sum(axis=2)
    loss = (loss * keep).sum() / count
    d = np.zeros_like(logits, dtype=float)
    d[:, :-1, :] = (np.exp(logp) - onehot) * keep[:, :, None] / count
    return loss, d


def bits_per_byte(loss, bytes_per_token):
    return float(loss) / (np.log(2) * bytes_per_token)
