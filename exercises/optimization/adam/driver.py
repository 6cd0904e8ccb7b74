"""How the grader calls an optimizer: several consecutive steps, carrying the config it returns."""
import numpy as np


def run(optimizer, w, dws, config):
    steps = []
    for dw in dws:
        w, config = optimizer.adam(w, dw, config)
        # a copy: an optimizer may update w in place and return it, and each step must
        # be recorded as it was, not as the last step left the shared array
        steps.append(np.array(w, copy=True))
    # .get: a config missing a key is the learner's mistake to be told about, not a KeyError
    return {"w": np.stack(steps), "m": config.get("m"), "v": config.get("v"), "t": config.get("t", 0)}


def protocol(optimizer, w, dws, config):
    """Twice, and two parameter streams stepped in turn: the protocol check compares the
    stages (stateful.py), so m, v or t kept outside config shows."""
    from mlfun.grader.stateful import optimizer_protocol

    return optimizer_protocol(optimizer.adam, {"w": w, "dws": dws, "config": config}, ("m", "v", "t"))
