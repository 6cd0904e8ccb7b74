import math
import numpy as np


def kv_cache_step(x, Wq, Wk, Wv, cache=None):
    q = x @ Wq
    k_new = (x @ Wk)[:, np.newaxis, :]
    v_new = (x @ Wv)[:, np.newaxis, :]
    if cache is None:
        K, V = k_new, v_new
    else:
        K = np.concatenate((cache["k"], k_new), axis=1)
        V = np.concatenate((cache["v"], v_new), axis=1)
    d = q.shape[1]
    out = np.zeros_like(q)
    for n in range(x.shape[0]):
        s = K[n] @ q[n] / math.sqrt(d)
        w = np.exp(s - s.max())
        w /= w.sum()
        out[n] = w @ V[n]
    return out, {"k": K, "v": V, "length": K.shape[1]}
