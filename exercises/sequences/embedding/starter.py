import numpy as np


def word_embedding_forward(x, W):
    """Look up one row of W per word index.

    x: int array (N, T), every entry in [0, V); W: (V, D) embedding matrix.
    Returns (out, cache) with out (N, T, D), out[n, t] = W[x[n, t]]. The cache is yours.
    Do not modify x or W.
    """
    raise NotImplementedError("word_embedding_forward")


def word_embedding_backward(dout, cache):
    """Given dout (N, T, D) = dL/dout and your cache, return dW (V, D) = dL/dW.

    A word that appears several times in x collects the gradient of every appearance.
    """
    raise NotImplementedError("word_embedding_backward")
