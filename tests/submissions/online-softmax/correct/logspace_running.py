import numpy as np

# I keep the statistics per row as columns (R, 1) so broadcasting just works,
# and flatten the 1-D case at the end.


def online_softmax_stats(blocks):
    run_max = None
    run_sum = None
    one_d = False
    for chunk in blocks:
        one_d = chunk.ndim == 1
        c = np.atleast_2d(chunk)
        chunk_max = np.max(c, axis=1, keepdims=True)
        if run_max is None:
            run_max = np.full_like(chunk_max, -np.inf)
            run_sum = np.zeros_like(chunk_max)
        bigger = np.where(chunk_max > run_max, chunk_max, run_max)
        run_sum = run_sum * np.exp(run_max - bigger)
        run_sum = run_sum + np.sum(np.exp(c - bigger), axis=1, keepdims=True)
        run_max = bigger
    if one_d:
        return run_max[0, 0], run_sum[0, 0]
    return run_max[:, 0], run_sum[:, 0]


def online_softmax(x, block_size):
    n = x.shape[-1]
    starts = [s for s in range(0, n, block_size)]
    m, l = online_softmax_stats(x[..., s:min(s + block_size, n)] for s in starts)
    log_norm = np.expand_dims(m + np.log(l), -1)
    y = np.zeros(x.shape)
    for s in starts:
        e = min(s + block_size, n)
        np.exp(x[..., s:e] - log_norm, out=y[..., s:e])
    return y


def streaming_attention(q, kv_blocks):
    inv_sqrt_d = 1.0 / np.sqrt(q.size)
    best = -np.inf
    total = 0.0
    weighted = None
    for keys, values in kv_blocks:
        scores = (keys @ q) * inv_sqrt_d
        top = scores.max()
        if top > best:
            shrink = np.exp(best - top)
            total *= shrink
            if weighted is not None:
                weighted = weighted * shrink
            best = top
        p = np.exp(scores - best)
        total += p.sum()
        contrib = values.T @ p
        weighted = contrib if weighted is None else weighted + contrib
    return weighted / total
