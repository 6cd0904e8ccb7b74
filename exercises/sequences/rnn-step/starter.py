import numpy as np


def rnn_step_forward(x, prev_h, Wx, Wh, b):
    """One time step of a vanilla (tanh) RNN.

    x: (N, D) inputs at this step; prev_h: (N, H) hidden state of the previous step;
    Wx: (D, H); Wh: (H, H); b: (H,).
    next_h = tanh(x Wx + prev_h Wh + b), shape (N, H).
    Returns (next_h, cache); the cache is yours. Do not modify the inputs.
    """
    raise NotImplementedError("rnn_step_forward")


def rnn_step_backward(dnext_h, cache):
    """Given dnext_h (N, H) = dL/dnext_h and your cache, return (dx, dprev_h, dWx, dWh, db),
    shaped like x, prev_h, Wx, Wh and b."""
    raise NotImplementedError("rnn_step_backward")
