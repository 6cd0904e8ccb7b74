"""How the grader calls one RNN step: forward, then backward with the step's own cache."""


def run(cell, x, prev_h, Wx, Wh, b, dnext_h):
    next_h, cache = cell.rnn_step_forward(x, prev_h, Wx, Wh, b)
    dx, dprev_h, dWx, dWh, db = cell.rnn_step_backward(dnext_h, cache)
    return {"next_h": next_h, "dx": dx, "dprev_h": dprev_h, "dWx": dWx, "dWh": dWh, "db": db}


def forward(cell, x, prev_h, Wx, Wh, b, dnext_h):
    next_h, _ = cell.rnn_step_forward(x, prev_h, Wx, Wh, b)
    return next_h


def protocol(cell, **inputs):
    """Twice, and two cases in flight: the protocol check compares the stages (stateful.py)."""
    from mlfun.grader.stateful import layer_protocol

    def forward_pass(given):
        next_h, cache = cell.rnn_step_forward(given["x"], given["prev_h"], given["Wx"], given["Wh"], given["b"])
        return {"next_h": next_h}, cache

    def backward_pass(given, cache):
        dx, dprev_h, dWx, dWh, db = cell.rnn_step_backward(given["dnext_h"], cache)
        return {"dx": dx, "dprev_h": dprev_h, "dWx": dWx, "dWh": dWh, "db": db}

    return layer_protocol(forward_pass, backward_pass, inputs)
