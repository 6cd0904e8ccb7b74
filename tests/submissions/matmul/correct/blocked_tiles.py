import numpy as np


def matmul(a, b):
    if a.ndim != 2 or b.ndim != 2 or a.shape[1] != b.shape[0]:
        raise ValueError(f"cannot multiply shapes {a.shape} and {b.shape}: inner sizes differ")
    n, m = a.shape
    p = b.shape[1]
    out = np.zeros((n, p), dtype=np.float64)
    tile = 2
    for i0 in range(0, n, tile):
        for j0 in range(0, p, tile):
            for k0 in range(0, m, tile):
                a_blk = a[i0:i0 + tile, k0:k0 + tile]          # (ti, tk)
                b_blk = b[k0:k0 + tile, j0:j0 + tile]          # (tk, tj)
                out[i0:i0 + tile, j0:j0 + tile] += (a_blk[:, :, None] * b_blk[None, :, :]).sum(axis=1)
    return out
