# kind: unlisted
# expect: generic:zero-setting-ignored
# why: `config.get(k) or default` replaces a given learning_rate or momentum of 0 by the default
import numpy as np


def sgd_momentum(w, dw, config=None):
    config = config or {}
    lr = config.get("learning_rate") or 1e-2
    mu = config.get("momentum") or 0.9
    velocity = config.get("velocity")
    if velocity is None:
        velocity = np.zeros_like(w)

    velocity = mu * velocity - lr * dw
    config["velocity"] = velocity
    return w + velocity, config
