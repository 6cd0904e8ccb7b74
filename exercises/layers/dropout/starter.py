import numpy as np


def dropout_forward(x, dropout_param):
    """Inverted dropout.

    x: array of any shape. dropout_param: dict with
      'p'    -- the probability of KEEPING each entry (0 < p <= 1),
      'mode' -- 'train' or 'test',
      'seed' -- optional; if present, seed the random generator with it first.
    Train mode: keep each entry with probability p and divide the kept ones by p;
    test mode: out = x. Returns (out, cache), out shaped like x; the cache is yours.
    """
    raise NotImplementedError("dropout_forward")


def dropout_backward(dout, cache):
    """Given dout (shaped like x) and your cache, return dx: the same mask and 1/p
    as the forward pass in train mode, and dout unchanged in test mode."""
    raise NotImplementedError("dropout_backward")
