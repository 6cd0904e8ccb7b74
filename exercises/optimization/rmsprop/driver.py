"""How the grader calls an optimizer: several consecutive steps, carrying the config it returns."""
import numpy as np


def _step(optimizer, w, dw, config):
    result = optimizer.rmsprop(w, dw, config)
    if not (isinstance(result, tuple) and len(result) == 2):
        raise TypeError("rmsprop must return a pair (next_w, config), got "
                        f"{type(result).__name__}")
    next_w, config = result
    if not isinstance(config, dict):
        raise TypeError("the config returned by rmsprop must be a dict (the grader passes it "
                        f"back on the next step), got {type(config).__name__}")
    return next_w, config


def run(optimizer, w, dws, config):
    steps = []
    for dw in dws:
        w, config = _step(optimizer, w, dw, config)
        # a copy: an optimizer may update w in place and return it, and each step must
        # be recorded as it was, not as the last step left the shared array
        steps.append(np.array(w, copy=True))
    # .get: a config missing a key is the learner's mistake to be told about, not a KeyError
    return {"w": np.stack(steps), "cache": config.get("cache")}


def protocol(optimizer, w, dws, config):
    """Twice, and two parameter streams stepped in turn: the protocol check compares the
    stages (stateful.py), so a cache kept outside config shows."""
    from mlfun.grader.stateful import optimizer_protocol

    def step(w, dw, config):
        return _step(optimizer, w, dw, config)

    return optimizer_protocol(step, {"w": w, "dws": dws, "config": config}, ("cache",))
