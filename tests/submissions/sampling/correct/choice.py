import numpy as np


def sample_next(logits, rng, temperature=1.0, top_k=None, top_p=None):
    z = np.asarray(logits, dtype=float) / temperature
    z = z - z.max()
    probs = np.exp(z)
    probs /= probs.sum()
    ranked = np.argsort(-probs, kind="stable")
    if top_k is not None:
        ranked = ranked[:top_k]
    weights = probs[ranked] / probs[ranked].sum()
    if top_p is not None:
        csum = np.cumsum(weights)
        cut = int(np.searchsorted(csum, top_p, side="left")) + 1
        ranked = ranked[:cut]
        weights = weights[:cut] / weights[:cut].sum()
    return int(rng.choice(ranked, p=weights))
