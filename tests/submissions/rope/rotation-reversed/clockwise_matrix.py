import numpy as np


def apply_rope(x, offset=0, base=10000.0):
    N, T, D = x.shape
    theta = np.power(base, -np.arange(D // 2) * 2 / D)
    ang = (np.arange(T) + offset)[:, None] * theta
    c, s = np.cos(ang), np.sin(ang)
    # rotation matrix [[c, s], [-s, c]] applied to each pair
    rot = np.stack([np.stack([c, s], -1), np.stack([-s, c], -1)], -2)   # (T, D/2, 2, 2)
    pairs = x.reshape(N, T, D // 2, 2)
    out = np.einsum("tkij,ntkj->ntki", rot, pairs)
    return out.reshape(N, T, D)
