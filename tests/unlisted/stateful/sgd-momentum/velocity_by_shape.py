# expect: two parameter streams stepped in turn
# SGD with momentum that keeps its velocity in a module dict keyed by the weights' shape and
# copies it into config only for show: two weight matrices of one shape share a velocity.
import numpy as np

_velocity = {}


def sgd_momentum(w, dw, config=None):
    if config is None:
        config = {}
    config.setdefault("learning_rate", 1e-2)
    config.setdefault("momentum", 0.9)
    if not config.get("started"):       # the first step of a run starts from config's velocity
        _velocity[w.shape] = config.get("velocity", np.zeros_like(w))
        config["started"] = True
    v = config["momentum"] * _velocity[w.shape] - config["learning_rate"] * dw
    _velocity[w.shape] = v
    config["velocity"] = v
    return w + v, config
