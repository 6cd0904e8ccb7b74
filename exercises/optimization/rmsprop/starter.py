import numpy as np


def rmsprop(w, dw, config=None):
    """One RMSProp step.

    w, dw: arrays of the same shape (the weights and the gradient of the loss).
    config: None on the first call, else the dict returned by the previous call. Keys:
        learning_rate (default 1e-2), decay_rate (default 0.99), epsilon (default 1e-8),
        cache (default np.zeros_like(w)).
    Update: cache = decay_rate * cache + (1 - decay_rate) * dw**2
            next_w = w - learning_rate * dw / (sqrt(cache) + epsilon)
    Returns (next_w, config), with the new cache stored in config["cache"].
    Do not modify w or dw in place.
    """
    raise NotImplementedError("rmsprop")
