import numpy as np


def sample_next(logits, rng, temperature=1.0, top_k=None, top_p=None):
    z = logits / temperature
    p = np.exp(z - z.max())
    p = p / p.sum()
    idx = np.argsort(-p, kind="stable")
    if top_k is not None:
        idx = idx[:top_k]
    w = p[idx] / p[idx].sum()
    if top_p is not None:
        keep = np.cumsum(w) < top_p
        idx, w = idx[keep], w[keep] / w[keep].sum()
    return int(rng.choice(idx, p=w))
