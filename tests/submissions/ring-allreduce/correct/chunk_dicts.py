import numpy as np


def ring_allreduce(arrays):
    P = len(arrays)
    n = len(arrays[0])
    idx = np.array_split(np.arange(n), P)
    # each worker keeps its data as a dict chunk id -> values
    held = [{c: arrays[p][idx[c]].astype(float) for c in range(P)} for p in range(P)]
    sent = [0] * P

    def phase(which_chunk, combine):
        for s in range(P - 1):
            inbox = {}
            for p in range(P):
                c = which_chunk(p, s)
                inbox[(p + 1) % P] = (c, held[p][c].copy())
                sent[p] += int(idx[c].size)
            for q, (c, values) in inbox.items():
                held[q][c] = combine(held[q][c], values)

    phase(lambda p, s: (p - s) % P, lambda mine, got: mine + got)
    phase(lambda p, s: (p + 1 - s) % P, lambda mine, got: got)

    results = []
    for p in range(P):
        out = np.empty(n)
        for c in range(P):
            out[idx[c]] = held[p][c]
        results.append(out)
    return results, sent


def naive_allreduce_sent(n, P):
    return [n * (P - 1) if p == 0 else n for p in range(P)]
