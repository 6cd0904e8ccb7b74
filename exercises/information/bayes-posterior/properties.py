"""A property check for log_posterior: -inf exactly where the prior is -inf.

The `close` check compares values with a relative tolerance, and rtol·|inf| is inf, so on
its own it would accept a finite number where the answer is -inf. This check makes the
infinities exact.
"""
import numpy as np


def impossible_stays_impossible(inputs, outputs, expected):
    got = outputs.get("log_posterior") if isinstance(outputs, dict) else None
    want = np.asarray(expected["log_posterior"], dtype=np.float64)
    if got is None or np.shape(got) != want.shape:
        return None                              # the close check reports shapes and types
    try:
        got = np.asarray(got, dtype=np.float64)
    except (TypeError, ValueError):
        return None
    for h in np.flatnonzero(np.isneginf(want) != np.isneginf(got)):
        if np.isneginf(want[h]):
            return (f"log_posterior[{h}] is {got[h]:.6g}, but hypothesis {h} has prior 0 (log_prior = -inf): "
                    "no data can make it possible, so its log posterior must be -inf")
        return f"log_posterior[{h}] is -inf, but hypothesis {h} has prior mass: it should be {want[h]:.6g}"
    return None
