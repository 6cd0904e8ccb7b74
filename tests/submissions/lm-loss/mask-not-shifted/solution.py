import numpy as np


def lm_loss(logits, tokens, mask=None):
    N, T, V = logits.shape
    use = np.ones((N, T - 1), dtype=bool) if mask is None else mask[:, :-1]
    x = logits[:, :-1]
    z = x - x.max(axis=-1, keepdims=True)
    logp = z - np.log(np.exp(z).sum(axis=-1, keepdims=True))
    y = tokens[:, 1:]
    n_idx, t_idx = np.nonzero(use)
    count = len(n_idx)
    loss = -logp[n_idx, t_idx, y[n_idx, t_idx]].sum() / count
    d = np.zeros(logits.shape)
    p = np.exp(logp)
    p[n_idx, t_idx, y[n_idx, t_idx]] -= 1
    d[n_idx, t_idx] = p[n_idx, t_idx] / count
    return float(loss), d


def bits_per_byte(loss, bytes_per_token):
    return loss / (np.log(2) * bytes_per_token)
