import numpy as np


def lstm_step_forward(x, prev_h, prev_c, Wx, Wh, b):
    """One time step of an LSTM.

    x: (N, D) inputs; prev_h, prev_c: (N, H) previous hidden and cell states;
    Wx: (D, 4H); Wh: (H, 4H); b: (4H,).
    a = x Wx + prev_h Wh + b, shape (N, 4H), cut into four (N, H) blocks in the order
    i, f, o, g: i = sigmoid(a_i), f = sigmoid(a_f), o = sigmoid(a_o), g = tanh(a_g).
    next_c = f * prev_c + i * g;  next_h = o * tanh(next_c).
    Returns (next_h, next_c, cache); the cache is yours. Do not modify the inputs.
    """
    raise NotImplementedError("lstm_step_forward")


def lstm_step_backward(dnext_h, dnext_c, cache):
    """Given dnext_h, dnext_c (N, H), the gradients of the loss with respect to next_h and
    next_c, and your cache, return (dx, dprev_h, dprev_c, dWx, dWh, db), shaped like
    x, prev_h, prev_c, Wx, Wh and b."""
    raise NotImplementedError("lstm_step_backward")
