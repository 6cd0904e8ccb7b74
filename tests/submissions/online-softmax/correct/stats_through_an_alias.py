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
    n = x.shape[-1]
    spans = [(a, min(a + block_size, n)) for a in range(0, n, block_size)]
    m, l = running(x[..., a:b] for a, b in spans)
    peak, total = np.expand_dims(m, -1), np.expand_dims(l, -1)
    out = np.zeros(x.shape)
    for a, b in spans:
        out[..., a:b] = np.exp(x[..., a:b] - peak) / total
    return out


def streaming_attention(q, kv_blocks):
    top, norm, weighted = None, 0.0, 0.0
    for keys, values in kv_blocks:
        s = keys @ q / np.sqrt(len(q))
        new_top = s.max() if top is None else max(top, s.max())
        fade = 0.0 if top is None else np.exp(top - new_top)
        e = np.exp(s - new_top)
        norm = norm * fade + e.sum()
        weighted = weighted * fade + values.T @ e
        top = new_top
    return weighted / norm
