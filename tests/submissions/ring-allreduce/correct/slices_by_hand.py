import numpy as np


def _bounds(n, P):
    base, extra = divmod(n, P)
    starts = [0]
    for c in range(P):
        starts.append(starts[-1] + base + (1 if c < extra else 0))
    return [(starts[c], starts[c + 1]) for c in range(P)]


def ring_allreduce(arrays):
    P = len(arrays)
    n = arrays[0].shape[0]
    bounds = _bounds(n, P)
    work = [np.copy(a) for a in arrays]
    sent = [0 for _ in range(P)]

    for s in range(P - 1):
        msgs = []
        for p in range(P):
            lo, hi = bounds[(p - s) % P]
            msgs.append((p, lo, hi, work[p][lo:hi].copy()))
        for p, lo, hi, m in msgs:
            work[(p + 1) % P][lo:hi] += m
            sent[p] += hi - lo

    for s in range(P - 1):
        msgs = []
        for p in range(P):
            lo, hi = bounds[(p + 1 - s) % P]
            msgs.append((p, lo, hi, work[p][lo:hi].copy()))
        for p, lo, hi, m in msgs:
            work[(p + 1) % P][lo:hi] = m
            sent[p] += hi - lo
    return work, sent


def naive_allreduce_sent(n, P):
    counts = [n] * P
    counts[0] = n * (P - 1)
    return counts
