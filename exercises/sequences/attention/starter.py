import numpy as np


def attention_forward(q, k, v, mask=None):
    """Scaled dot-product attention.

    q: (N, Tq, d) queries; k: (N, Tk, d) keys; v: (N, Tk, d) values.
    mask: None, or a bool array (Tq, Tk); mask[i, j] False means query i may not look at key j.
    scores = q kᵀ / sqrt(d), shape (N, Tq, Tk); blocked scores are pushed to -inf (or a very
    large negative number) BEFORE the softmax over the keys (the last axis);
    out = weights v, shape (N, Tq, d).
    Returns (out, cache); the cache is yours. Do not modify the inputs.
    """
    raise NotImplementedError("attention_forward")


def attention_backward(dout, cache):
    """Given dout (N, Tq, d) = dL/dout and your cache, return (dq, dk, dv) shaped like q, k, v."""
    raise NotImplementedError("attention_backward")
