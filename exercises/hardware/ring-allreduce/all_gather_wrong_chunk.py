import numpy as np


def ring_allreduce(arrays):
    P = len(arrays)
    chunks = _chunks(len(arrays[0]), P)
    buffers = [np.array(a, dtype=np.float64) for a in arrays]   # each worker's own copy
    sent = [0] * P
    for s in range(P - 1):                                       # reduce-scatter
        _ring_step(buffers, chunks, sent, -s, reduce=True)
    for s in range(P - 1):                                       # all-gather
        _ring_step(buffers, chunks, sent, -s, reduce=False)
    return buffers, sent
