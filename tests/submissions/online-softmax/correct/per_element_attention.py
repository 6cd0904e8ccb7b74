import numpy as np


def online_softmax_stats(blocks):
    it = iter(blocks)
    first = next(it)
    m = first.max(axis=-1)
    l = np.exp(first - m[..., np.newaxis]).sum(axis=-1)
    for blk in it:
        m2 = np.maximum(m, blk.max(axis=-1))
        l = np.exp(m - m2) * l + np.exp(blk - m2[..., np.newaxis]).sum(axis=-1)
        m = m2
    return m, l


def online_softmax(x, block_size):
    idx = range(0, x.shape[-1], block_size)
    m, l = online_softmax_stats(x[..., i:i + block_size] for i in idx)
    y = np.empty_like(x)
    for i in idx:
        y[..., i:i + block_size] = np.exp(x[..., i:i + block_size] - m[..., np.newaxis]) / l[..., np.newaxis]
    return y


def streaming_attention(q, kv_blocks):
    m = -np.inf
    l = 0.0
    acc = None
    for K_blk, V_blk in kv_blocks:
        for k_row, v_row in zip(K_blk, V_blk):         # one key at a time
            s = k_row @ q / np.sqrt(len(q))
            m2 = max(m, s)
            c = np.exp(m - m2)
            w = np.exp(s - m2)
            acc = w * v_row if acc is None else acc * c + w * v_row
            l = l * c + w
            m = m2
    return acc / l
