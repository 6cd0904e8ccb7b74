import numpy as np


def sample_next(logits, rng, temperature=1.0, top_k=None, top_p=None):
    z = logits / temperature
    p = np.exp(z - z.max())
    p = p / p.sum()
    idx = np.argsort(-p, kind="stable")
    if top_k is not None:
        idx = idx[:top_k]
    if top_p is not None:
        c = np.cumsum(p[idx])
        over = np.nonzero(c >= top_p)[0]
        if len(over):
            idx = idx[:over[0] + 1]
    w = p[idx] / p[idx].sum()
    return int(rng.choice(idx, p=w))
