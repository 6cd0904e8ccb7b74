import numpy as np


def ema_update(w, config=None):
    """Fold the current weights w into an exponential moving average kept in config.

    Returns (avg, config): avg is a new array (bias-corrected if config["bias_correction"]),
    and config carries the uncorrected shadow and the step count t to the next call.
    """
    raise NotImplementedError("ema_update")
