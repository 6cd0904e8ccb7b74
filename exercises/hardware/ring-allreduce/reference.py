import numpy as np


def _chunks(n, P):
    """Index arrays of the P chunks; the first n % P chunks get one extra element, and with
    n < P the last ones are empty."""
    return np.array_split(np.arange(n), P)


def _ring_step(buffers, chunks, sent, shift, reduce):
    """Every worker p sends its copy of chunk (p + shift) % P to worker (p + 1) % P. All the
    messages are read before any receiver changes its copy: the sends are simultaneous."""
    P = len(buffers)
    sends = [chunks[(p + shift) % P] for p in range(P)]
    messages = [buffers[p][sends[p]] for p in range(P)]        # indexing by an array copies
    for p in range(P):
        receiver = buffers[(p + 1) % P]
        if reduce:
            receiver[sends[p]] += messages[p]
        else:
            receiver[sends[p]] = messages[p]
        sent[p] += len(sends[p])


def ring_allreduce(arrays):
    P = len(arrays)
    chunks = _chunks(len(arrays[0]), P)
    buffers = [np.array(a, dtype=np.float64) for a in arrays]   # each worker's own copy
    sent = [0] * P
    for s in range(P - 1):                                       # reduce-scatter
        _ring_step(buffers, chunks, sent, -s, reduce=True)
    for s in range(P - 1):                                       # all-gather
        _ring_step(buffers, chunks, sent, 1 - s, reduce=False)
    return buffers, sent


def naive_allreduce_sent(n, P):
    return [(P - 1) * n] + [n] * (P - 1)
