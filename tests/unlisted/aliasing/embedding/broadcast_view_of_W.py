# expect: shares its memory with the input
# when every id is the same, forward returns np.broadcast_to(W[id], ...), a read-only view 
# sharing memory with W
import numpy as np


def word_embedding_forward(x, W):
    if (x == x.flat[0]).all():
        out = np.broadcast_to(W[x.flat[0]], x.shape + (W.shape[1],))
    else:
        out = W[x]
    return out, (x, W.shape)


def word_embedding_backward(dout, cache):
    x, shape = cache
    dW = np.zeros(shape)
    np.add.at(dW, x, dout)
    return dW
