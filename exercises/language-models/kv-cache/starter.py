import numpy as np


def kv_cache_step(x, Wq, Wk, Wv, cache=None):
    """One decoding step of single-head causal attention with a key/value cache.

    x (N, D): the input at the new position t; Wq, Wk, Wv (D, d).
    cache: None at t = 0, afterwards the dict the previous call returned, whose 'k' and 'v'
    are (N, t, d) and hold positions 0 .. t-1. Do not modify those arrays.
    Returns (out, cache): out (N, d) is the attention of q = x Wq over every position
    0 .. t, the new one included (scores q·k_s / sqrt(d), softmax over s); the new cache's
    'k' and 'v' are (N, t+1, d), the new position last.
    """
    raise NotImplementedError("kv_cache_step")
