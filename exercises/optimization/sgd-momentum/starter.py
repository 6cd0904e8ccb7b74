import numpy as np


def sgd_momentum(w, dw, config=None):
    """One step of SGD with momentum.

    w, dw: arrays of the same shape (the weights and the gradient of the loss).
    config: None on the first call, else the dict returned by the previous call. Keys:
        learning_rate (default 1e-2), momentum (default 0.9),
        velocity (default np.zeros_like(w)).
    Update: v = momentum * v - learning_rate * dw;  next_w = w + v.
    Returns (next_w, config), with the new velocity stored in config["velocity"].
    Do not modify w or dw in place.
    """
    raise NotImplementedError("sgd_momentum")
