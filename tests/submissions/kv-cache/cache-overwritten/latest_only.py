import numpy as np


def kv_cache_step(x, Wq, Wk, Wv, cache=None):
    q = x @ Wq
    k = (x @ Wk)[:, None, :]
    v = (x @ Wv)[:, None, :]
    if cache is not None:
        K = np.concatenate([cache["k"], k], axis=1)
        V = np.concatenate([cache["v"], v], axis=1)
    else:
        K, V = k, v
    scores = (K @ q[:, :, None])[:, :, 0] / np.sqrt(q.shape[-1])
    scores -= scores.max(axis=1, keepdims=True)
    w = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
    out = (w[:, :, None] * V).sum(axis=1)
    cache = {"k": k, "v": v}          # store the current step
    return out, cache
