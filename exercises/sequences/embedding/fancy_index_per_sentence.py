# Mistake: fancy-index-accumulate (per sentence). The reference with dW[x[n]] += dout[n] for each
# sentence: repeats across sentences add up, repeats inside one sentence do not.
import numpy as np


def word_embedding_forward(x, W):
    out = W[x]
    cache = (x, W.shape)
    return out, cache


def word_embedding_backward(dout, cache):
    x, W_shape = cache
    dW = np.zeros(W_shape)
    for n in range(x.shape[0]):
        dW[x[n]] += dout[n]                 # the mistake: not np.add.at
    return dW
