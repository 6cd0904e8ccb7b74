# kind: combined
# expect: velocity-sign-flipped, velocity-not-stored
# why: uses the v = mu*v + lr*dw, w - v convention and never writes v back into config
import numpy as np


def sgd_momentum(w, dw, config=None):
    if config is None:
        config = {}
    lr = config.get("learning_rate", 1e-2)
    mu = config.get("momentum", 0.9)
    v = config.get("velocity", np.zeros_like(w))

    # velocity accumulates the gradient, then we step against it
    v = mu * v + lr * dw
    next_w = w - v
    return next_w, config
