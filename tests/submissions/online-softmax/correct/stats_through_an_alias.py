# A correct program that calls online_softmax_stats through a module-level alias (`running`)
# and keeps its running state in small helper functions.
import numpy as np


def _merge(state, scores):
    """Fold one block of scores (last axis) into (m, l)."""
    top = scores.max(axis=-1)
    if state is None:
        return top, np.exp(scores - top[..., None]).sum(axis=-1)
    m, l = state
    grown = np.maximum(m, top)
    return grown, l * np.exp(m - grown) + np.exp(scores - grown[..., None]).sum(axis=-1)


def online_softmax_stats(blocks):
    state = None
    for block in blocks:
        state = _merge(state, np.asarray(block, dtype=np.float64))
    m, l = state
    return np.float64(m) if np.ndim(m) == 0 else m, np.float64(l) if np.ndim(l) == 0 else l


running = online_softmax_stats


def online_softmax(x, block_size):
    starts = range(0, x.shape[-1], block_size)
    m, l = running(x[..., s:s + block_size] for s in starts)
    out = np.empty(x.shape, dtype=np.float64)
    for s in starts:
        out[..., s:s + block_size] = np.exp(x[..., s:s + block_size] - m[..., None]) / l[..., None]
    return out


def streaming_attention(q, kv_blocks):
    scale = 1.0 / np.sqrt(q.shape[0])
    m, l, acc = -np.inf, 0.0, None
    for K_blk, V_blk in kv_blocks:
        scores = (K_blk @ q) * scale
        grown = max(m, float(scores.max()))
        weights = np.exp(scores - grown)
        shrink = np.exp(m - grown)
        acc = weights @ V_blk if acc is None else acc * shrink + weights @ V_blk
        l = l * shrink + weights.sum()
        m = grown
    return acc / l
