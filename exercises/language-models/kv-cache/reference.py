import numpy as np


def kv_cache_step(x, Wq, Wk, Wv, cache=None):
    q, k, v = x @ Wq, x @ Wk, x @ Wv                          # (N, d) each: the new position only
    if cache is None:
        keys, values = k[:, None, :], v[:, None, :]           # position 0: the cache starts here
    else:
        keys = np.concatenate([cache["k"], k[:, None, :]], axis=1)     # new arrays: the given ones stay
        values = np.concatenate([cache["v"], v[:, None, :]], axis=1)
    scores = np.einsum("nd,ntd->nt", q, keys) / np.sqrt(q.shape[-1])  # (N, t+1)
    scores = scores - scores.max(axis=1, keepdims=True)
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=1, keepdims=True)
    out = np.einsum("nt,ntd->nd", weights, values)            # (N, d)
    return out, {"k": keys, "v": values}
