"""Online softmax: softmax statistics in one streaming pass (the flash-attention trick)."""
import numpy as np


def online_softmax_stats(blocks):
    """m = max over the last axis, l = sum(exp(x - m)), from the consecutive blocks of x.

    blocks: an iterable, consumed once, of arrays (b_i,) or (R, b_i). Returns (m, l): 0-d
    arrays for 1-D blocks, (R,) arrays for 2-D blocks.
    """
    raise NotImplementedError


def online_softmax(x, block_size):
    """softmax of x (n,) or (R, n) over the last axis, in blocks x[..., s:s + block_size]."""
    raise NotImplementedError


def streaming_attention(q, kv_blocks):
    """softmax(K q / sqrt(d)) @ V from an iterable of (K_blk (b_i, d), V_blk (b_i, d_v)); (d_v,)."""
    raise NotImplementedError
