import numpy as np


def softmax(z):
    z = z - np.max(z, axis=-1, keepdims=True)
    e = np.exp(z)
    return e / np.sum(e, axis=-1, keepdims=True)


def kv_cache_step(x, Wq, Wk, Wv, cache=None):
    old_k = np.zeros((x.shape[0], 0, Wk.shape[1])) if cache is None else cache["k"]
    old_v = np.zeros((x.shape[0], 0, Wv.shape[1])) if cache is None else cache["v"]
    keys = np.concatenate([old_k, np.expand_dims(x @ Wk, 1)], 1)
    vals = np.concatenate([old_v, np.expand_dims(x @ Wv, 1)], 1)
    q = np.expand_dims(x @ Wq, 1)                              # (N, 1, d)
    att = softmax(q @ keys.transpose(0, 2, 1) / np.sqrt(Wq.shape[1]))   # (N, 1, t+1)
    return (att @ vals)[:, 0, :], {"k": keys, "v": vals}
