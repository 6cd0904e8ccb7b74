import numpy as np


def online_softmax_stats(blocks):
    total = None
    for blk in blocks:
        part = np.exp(blk).sum(axis=-1)
        total = part if total is None else total + part
    return np.zeros_like(total), total


def online_softmax(x, block_size):
    n = x.shape[-1]
    m, l = online_softmax_stats(x[..., i:i + block_size] for i in range(0, n, block_size))
    out = np.empty_like(x)
    for i in range(0, n, block_size):
        out[..., i:i + block_size] = np.exp(x[..., i:i + block_size]) / l[..., None]
    return out


def streaming_attention(q, kv_blocks):
    num, den = 0.0, 0.0
    for K_blk, V_blk in kv_blocks:
        w = np.exp(K_blk @ q / np.sqrt(q.shape[0]))
        num = num + w @ V_blk
        den = den + w.sum()
    return num / den
