import numpy as np


def lora_forward(x, W0, A, B, alpha):
    rank = A.shape[1]
    z = np.einsum("ni,ir->nr", x, A)
    base = np.einsum("ni,io->no", x, W0)
    y = base + (alpha / rank) * np.einsum("nr,ro->no", z, B)
    return y, (x, z, W0, A, B, alpha / rank)


def lora_backward(dy, cache):
    x, z, W0, A, B, c = cache
    dz = c * np.einsum("no,ro->nr", dy, B)
    dB = c * np.einsum("nr,no->ro", z, dy)
    dA = np.einsum("ni,nr->ir", x, dz)
    dx = np.einsum("no,io->ni", dy, W0) + np.einsum("nr,ir->ni", dz, A)
    return dx, dA, dB
