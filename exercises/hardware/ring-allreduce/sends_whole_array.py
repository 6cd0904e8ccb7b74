import numpy as np


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
        sent[p] += len(buffers[p])
