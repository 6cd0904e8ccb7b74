import numpy as np


def lm_loss(logits, tokens, mask=None):
    N, T, V = logits.shape
    keep = np.ones((N, T - 1)) if mask is None else mask[:, 1:].astype(float)
    x = logits[:, :-1]
    z = x - x.max(axis=-1, keepdims=True)
    logp = z - np.log(np.exp(z).sum(axis=-1, keepdims=True))
    nll = -np.take_along_axis(logp, tokens[:, 1:, None], axis=-1)[..., 0]
    loss = np.mean(nll * keep)
    d = np.zeros(logits.shape)
    p = np.exp(logp)
    np.put_along_axis(p, tokens[:, 1:, None], np.take_along_axis(p, tokens[:, 1:, None], axis=-1) - 1, axis=-1)
    d[:, :-1] = p * keep[..., None] / (N * (T - 1))
    return float(loss), d


def bits_per_byte(loss, bytes_per_token):
    return loss / (np.log(2) * bytes_per_token)
