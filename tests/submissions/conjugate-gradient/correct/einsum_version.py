import math

import numpy as np


def conjugate_gradient(A, b, tol=1e-10, max_iters=None):
    if max_iters is None:
        max_iters = 10 * b.shape[0]
    b_len = math.sqrt(np.einsum("i,i->", b, b))
    x = np.zeros_like(b, dtype=float)
    r = np.array(b, dtype=float, copy=True)
    d = r.copy()
    delta = np.einsum("i,i->", r, r)
    count = 0
    while count < max_iters:
        if math.sqrt(delta) <= tol * b_len:
            break
        q = np.einsum("ij,j->i", A, d)
        a = delta / np.einsum("i,i->", d, q)
        x = x + a * d
        r = r - a * q
        delta_new = np.einsum("i,i->", r, r)
        d = r + d * (delta_new / delta)
        delta = delta_new
        count += 1
    return x, count
