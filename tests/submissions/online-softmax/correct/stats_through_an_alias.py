# Calls online_softmax_stats through a module-level alias: a correct program.
import numpy as np


def online_softmax_stats(blocks):
    m = None
    l = None
    for b in blocks:
        b_max = np.max(b, axis=-1)
        if m is None:
            m = b_max
            l = np.sum(np.exp(b - np.expand_dims(m, -1)), axis=-1)
            continue
        new_m = np.maximum(m, b_max)
        l = l * np.exp(m - new_m) + np.sum(np.exp(b - np.expand_dims(new_m, -1)), axis=-1)
        m = new_m
    return np.asarray(m, dtype=np.float64), np.asarray(l, dtype=np.float64)


stats_of = online_softmax_stats          # a shorter name for the pass over the blocks


def online_softmax(x, block_size):
    n = x.shape[-1]

    def pieces():
        start = 0
        while start < n:
            yield x[..., start:start + block_size]
            start += block_size

    m, l = stats_of(pieces())
    result = np.zeros_like(x, dtype=np.float64)
    start = 0
    while start < n:
        stop = min(start + block_size, n)
        result[..., start:stop] = np.exp(x[..., start:stop] - np.expand_dims(m, -1)) / np.expand_dims(l, -1)
        start = stop
    return result


def streaming_attention(q, kv_blocks):
    d = q.shape[0]
    running_max = -np.inf
    denom = 0.0
    numer = 0.0
    for K_blk, V_blk in kv_blocks:
        s = (K_blk @ q) / np.sqrt(d)
        new_max = np.maximum(running_max, np.max(s))
        factor = np.exp(running_max - new_max)
        p = np.exp(s - new_max)
        numer = numer * factor + p @ V_blk
        denom = denom * factor + np.sum(p)
        running_max = new_max
    return numer / denom
