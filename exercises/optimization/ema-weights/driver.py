"""How the grader calls ema_update: once per training step, carrying the config it returns."""
import numpy as np

SETTINGS = ("decay", "bias_correction")


def run(averager, ws, config):
    averages, fresh = [], True
    for w in ws:
        avg, config = averager.ema_update(w, config)
        # avg must be a new array: not a view of w, and not the stored shadow, which a
        # caller who edits the average (or the next update, in place) would change with it
        shadow = config.get("shadow")
        fresh = fresh and not np.shares_memory(avg, w)
        fresh = fresh and not (isinstance(shadow, np.ndarray) and np.shares_memory(avg, shadow))
        averages.append(np.array(avg, copy=True))
    outputs = {"avg": np.stack(averages), "shadow": config.get("shadow"), "t": config.get("t", 0)}
    outputs.update({name: config.get(name) for name in SETTINGS})
    outputs["rule: avg is a new array"] = bool(fresh)
    return outputs


def protocol(averager, ws, config):
    """Twice, and two weight streams averaged in turn: a shadow or t kept outside config shows."""
    from mlfun.grader.stateful import optimizer_protocol

    def step(previous, w, config):
        return averager.ema_update(w, config)

    return optimizer_protocol(step, {"w": ws[0], "dws": ws, "config": config}, ("shadow", "t"))
