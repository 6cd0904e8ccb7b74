# kind: combined
# expect: stale-velocity, velocity-without-learning-rate
# why: PyTorch-style buffer (v = mu*v + dw, step -lr*v) and the step uses the buffer before it is updated
import numpy as np


def sgd_momentum(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    config.setdefault("velocity", np.zeros_like(w))

    buf = config["velocity"]
    next_w = w - config["learning_rate"] * buf
    config["velocity"] = config["momentum"] * buf + dw
    return next_w, config
