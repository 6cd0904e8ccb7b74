"""How the grader calls adamw: several consecutive steps, carrying the config it returns."""
import numpy as np

HYPERPARAMETERS = ("learning_rate", "beta1", "beta2", "epsilon", "weight_decay")


def run(optimizer, w, dws, config):
    steps, fresh = [], True
    for dw in dws:
        next_w, config = optimizer.adamw(w, dw, config)
        # next_w must be a new array: a view of w or dw changes when the caller changes them
        fresh = fresh and not (np.shares_memory(next_w, w) or np.shares_memory(next_w, dw))
        # a copy: each step is recorded as it was, even if a later step writes into it
        steps.append(np.array(next_w, copy=True))
        w = next_w
    # .get: a missing key is the learner's mistake to be told about, not a KeyError
    outputs = {"w": np.stack(steps), "m": config.get("m"), "v": config.get("v"), "t": config.get("t", 0)}
    outputs.update({name: config.get(name) for name in HYPERPARAMETERS})
    outputs["rule: next_w is a new array"] = bool(fresh)
    return outputs


def protocol(optimizer, w, dws, config):
    """Twice, and two parameter streams stepped in turn: m, v or t kept outside config shows."""
    from mlfun.grader.stateful import optimizer_protocol

    return optimizer_protocol(optimizer.adamw, {"w": w, "dws": dws, "config": config}, ("m", "v", "t"))
