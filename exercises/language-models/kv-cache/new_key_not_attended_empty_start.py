import numpy as np


def kv_cache_step(x, Wq, Wk, Wv, cache=None):
    q, k, v = x @ Wq, x @ Wk, x @ Wv                          # (N, d) each: the new position only
    if cache is None:
        cache = {"k": np.zeros((x.shape[0], 0, k.shape[1])), "v": np.zeros((x.shape[0], 0, v.shape[1]))}
    scores = np.einsum("nd,ntd->nt", q, cache["k"]) / np.sqrt(q.shape[-1])  # before appending: (N, t)
    scores = scores - scores.max(axis=1, keepdims=True) if scores.shape[1] else scores
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=1, keepdims=True)    # 0/0 at t = 0: nothing to attend to
    out = np.einsum("nt,ntd->nd", weights, cache["v"])        # (N, d): zeros at t = 0
    keys = np.concatenate([cache["k"], k[:, None, :]], axis=1)
    values = np.concatenate([cache["v"], v[:, None, :]], axis=1)
    return out, {"k": keys, "v": values}
