# Mistake: fancy-index-accumulate (per position). The reference with dW[x[:, t]] += dout[:, t] for each
# time step: repeats along time add up, repeats across the batch at one t do not.
import numpy as np


def word_embedding_forward(x, W):
    out = W[x]
    cache = (x, W.shape)
    return out, cache


def word_embedding_backward(dout, cache):
    x, W_shape = cache
    dW = np.zeros(W_shape)
    for t in range(x.shape[1]):
        dW[x[:, t]] += dout[:, t]           # the mistake: not np.add.at
    return dW
