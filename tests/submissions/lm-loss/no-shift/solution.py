import numpy as np


def lm_loss(logits, tokens, mask=None):
    N, T, V = logits.shape
    if mask is None:
        mask = np.ones((N, T), dtype=bool)
    z = logits - logits.max(axis=-1, keepdims=True)
    logp = z - np.log(np.exp(z).sum(axis=-1, keepdims=True))
    n_idx, t_idx = np.meshgrid(np.arange(N), np.arange(T), indexing="ij")
    chosen = logp[n_idx, t_idx, tokens]
    count = mask.sum()
    loss = -(chosen * mask).sum() / count
    grad = np.exp(logp)
    grad[n_idx, t_idx, tokens] -= 1
    return float(loss), grad * mask[..., None] / count


def bits_per_byte(loss, bytes_per_token):
    return loss / (np.log(2) * bytes_per_token)
