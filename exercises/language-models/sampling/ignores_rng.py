# Mistake: ignores-rng. The uniform number comes from np.random, not from the rng argument.
import numpy as np


def _kept(logits, temperature, top_k, top_p):
    """The ids that survive top-k then top-p, best first, and their renormalized probabilities."""
    scaled = logits / temperature
    p = np.exp(scaled - np.max(scaled))                  # max-shifted: every exponent <= 0
    p = p / np.sum(p)
    order = np.argsort(-p, kind="stable")                # descending, ties to the smaller id
    probs = p[order]
    if top_k is not None:
        order, probs = order[:top_k], probs[:top_k]
        probs = probs / np.sum(probs)                    # top-p sees the survivors renormalized
    if top_p is not None:
        crossing = np.flatnonzero(np.cumsum(probs) >= top_p)
        size = crossing[0] + 1 if crossing.size else probs.size   # the crossing token is kept
        order, probs = order[:size], probs[:size]
    return order, probs / np.sum(probs)


def sample_next(logits, rng, temperature=1.0, top_k=None, top_p=None):
    ids, probs = _kept(logits, temperature, top_k, top_p)
    slot = np.searchsorted(np.cumsum(probs), np.random.random(), side="right")   # the mistake: not rng
    return int(ids[min(slot, ids.size - 1)])
