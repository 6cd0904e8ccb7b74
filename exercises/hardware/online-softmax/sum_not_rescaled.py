"""Mistake sum-not-rescaled: the running sum (and the attention accumulator) is not multiplied
by exp(m - m') when the maximum grows."""
import numpy as np


def online_softmax_stats(blocks):
    """m = the maximum over the last axis, l = sum exp(x - m), from consecutive blocks of x."""
    m = l = None
    for block in blocks:
        if m is None:
            m = np.full(block.shape[:-1], -np.inf)
            l = np.zeros(block.shape[:-1])
        m_new = np.maximum(m, block.max(axis=-1))
        l = l + np.exp(block - m_new[..., None]).sum(axis=-1)
        m = m_new
    return m, l


def online_softmax(x, block_size):
    """softmax over the last axis of x, the statistics streamed block by block, the output
    written block by block."""
    n = x.shape[-1]
    starts = range(0, n, block_size)
    m, l = online_softmax_stats(x[..., s:s + block_size] for s in starts)
    out = np.empty(x.shape)
    for s in starts:
        out[..., s:s + block_size] = np.exp(x[..., s:s + block_size] - m[..., None]) / l[..., None]
    return out


def streaming_attention(q, kv_blocks):
    """softmax(K q / sqrt(d)) V from blocks of keys and values, each seen once."""
    scale = 1.0 / np.sqrt(q.shape[0])
    m, l, acc = -np.inf, 0.0, None
    for K_blk, V_blk in kv_blocks:
        scores = K_blk @ q * scale
        m_new = max(m, scores.max())
        rescale = np.exp(m - m_new)
        weights = np.exp(scores - m_new)
        acc = (0.0 if acc is None else acc) + weights @ V_blk
        l = l + weights.sum()
        m = m_new
    return acc / l
