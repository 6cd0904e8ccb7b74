"""How the grader calls one LSTM step: forward, then backward with the step's own cache.

`dnext` stacks the two upstream gradients: dnext[0] is dL/dnext_h and dnext[1] is
dL/dnext_c, both (N, H). The gradient check differentiates L = sum(forward * dnext), with
`forward` returning next_h and next_c stacked the same way, so that one check covers the
gradient that reaches every input through both outputs.
"""
import numpy as np


def run(cell, x, prev_h, prev_c, Wx, Wh, b, dnext):
    next_h, next_c, cache = cell.lstm_step_forward(x, prev_h, prev_c, Wx, Wh, b)
    dx, dprev_h, dprev_c, dWx, dWh, db = cell.lstm_step_backward(dnext[0], dnext[1], cache)
    return {"next_h": next_h, "next_c": next_c, "dx": dx, "dprev_h": dprev_h, "dprev_c": dprev_c,
            "dWx": dWx, "dWh": dWh, "db": db}


def forward(cell, x, prev_h, prev_c, Wx, Wh, b, dnext):
    next_h, next_c, _ = cell.lstm_step_forward(x, prev_h, prev_c, Wx, Wh, b)
    return np.stack([np.asarray(next_h, dtype=np.float64), np.asarray(next_c, dtype=np.float64)])


def protocol(cell, **inputs):
    """Twice, and two cases in flight: the protocol check compares the stages (stateful.py)."""
    from mlfun.grader.stateful import layer_protocol

    def forward_pass(given):
        next_h, next_c, cache = cell.lstm_step_forward(given["x"], given["prev_h"], given["prev_c"],
                                                       given["Wx"], given["Wh"], given["b"])
        return {"next_h": next_h, "next_c": next_c}, cache

    def backward_pass(given, cache):
        grads = cell.lstm_step_backward(given["dnext"][0], given["dnext"][1], cache)
        return dict(zip(("dx", "dprev_h", "dprev_c", "dWx", "dWh", "db"), grads))

    return layer_protocol(forward_pass, backward_pass, inputs)
