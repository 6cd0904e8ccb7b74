import numpy as np


def ring_allreduce(arrays):
    P = len(arrays)
    chunks = np.array_split(np.arange(len(arrays[0])), P)
    bufs = [a.astype(np.float64, copy=True) for a in arrays]
    sent = [0] * P
    for phase in (0, 1):
        for s in range(P - 1):
            out = []
            for p in range(P):
                c = (p - s) % P if phase == 0 else (p + 1 - s) % P
                out.append((c, bufs[p][chunks[c]]))
            for p, (c, vals) in enumerate(out):
                if phase == 0:
                    bufs[(p + 1) % P][chunks[c]] += vals
                else:
                    bufs[(p + 1) % P][chunks[c]] = vals
                sent[p] += len(chunks[c])
    return bufs, sent


def naive_allreduce_sent(n, P):
    # everyone sends n to the root, the root broadcasts the sum
    return [n for _ in range(P)]
