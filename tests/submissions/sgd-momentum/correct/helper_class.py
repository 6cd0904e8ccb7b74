import numpy as np


class _MomentumState:
    """Reads a config (or the defaults), steps once, writes the velocity back."""

    DEFAULTS = (("learning_rate", 1e-2), ("momentum", 0.9))

    def __init__(self, config, w):
        self.config = {} if config is None else config
        for key, value in self.DEFAULTS:
            self.config.setdefault(key, value)
        self.config.setdefault("velocity", np.zeros_like(w))

    def step(self, w, dw):
        c = self.config
        velocity = c["momentum"] * c["velocity"] - c["learning_rate"] * dw
        c["velocity"] = velocity
        return w + velocity


def sgd_momentum(w, dw, config=None):
    state = _MomentumState(config, w)
    return state.step(w, dw), state.config
