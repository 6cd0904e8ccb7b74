# kind: harmless
# expect: stale-velocity
# why: moves w by the old velocity before updating it; the helper and np.add are equivalent rewrites
import numpy as np


def _get(config, key, default):
    """Like setdefault: keep a given value, fill in a missing one."""
    if key not in config:
        config[key] = default
    return config[key]


def sgd_momentum(w, dw, config=None):
    config = {} if config is None else config
    learning_rate = _get(config, "learning_rate", 1e-2)
    momentum = _get(config, "momentum", 0.9)
    velocity = _get(config, "velocity", np.zeros_like(w))

    next_w = np.add(w, velocity)                # move by the velocity
    velocity = momentum * velocity - learning_rate * dw
    config["velocity"] = velocity
    return next_w, config
