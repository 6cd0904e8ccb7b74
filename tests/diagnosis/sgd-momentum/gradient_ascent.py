# kind: unlisted
# expect: generic:sign-flip
# why: the lr*dw term has the wrong sign (v = mu*v + lr*dw, then w + v): the weights climb the loss and the stored velocity is the negative of the right one
import numpy as np


def sgd_momentum(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    config.setdefault("velocity", np.zeros_like(w))

    v = config["momentum"] * config["velocity"] + config["learning_rate"] * dw
    config["velocity"] = v
    return w + v, config
