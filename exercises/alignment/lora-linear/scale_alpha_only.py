import numpy as np


def lora_forward(x, W0, A, B, alpha):
    scale = alpha                               # alpha alone: r forgotten
    xa = x @ A                                  # (N, r): the low-rank bottleneck
    y = x @ W0 + scale * (xa @ B)               # frozen path + scaled adapter path
    return y, (x, W0, A, B, scale, xa)


def lora_backward(dy, cache):
    x, W0, A, B, scale, xa = cache
    dxa = scale * (dy @ B.T)                    # (N, r): the gradient at the bottleneck
    dB = scale * (xa.T @ dy)                    # (r, d_out)
    dA = x.T @ dxa                              # (d_in, r)
    dx = dy @ W0.T + dxa @ A.T                  # both paths reach x
    return dx, dA, dB
