import numpy as np


def word_embedding_forward(x, W):
    V = W.shape[0]
    onehot = (x[..., None] == np.arange(V)).astype(W.dtype)     # (N, T, V)
    out = onehot @ W                                            # (N, T, D)
    return out, (onehot,)


def word_embedding_backward(dout, cache):
    (onehot,) = cache
    V = onehot.shape[-1]
    D = dout.shape[-1]
    return onehot.reshape(-1, V).T @ dout.reshape(-1, D)
