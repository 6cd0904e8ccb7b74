import numpy as np


def ring_allreduce(arrays):
    """Sum P workers' arrays around a ring: reduce-scatter, then all-gather.

    arrays: a list of P >= 1 float64 arrays (n,), worker p's data (do not modify them).
    Chunks: np.array_split(np.arange(n), P). Worker p sends only to worker (p + 1) % P.
    Reduce-scatter, steps s = 0 .. P-2: worker p sends its copy of chunk (p - s) % P and the
    receiver adds it into its own copy (all sends of a step use the values from before it).
    All-gather, steps s = 0 .. P-2: worker p sends chunk (p + 1 - s) % P and the receiver
    overwrites its copy with it.
    Return (results, sent): results, a list of P new float64 arrays (n,), every one the sum;
    sent, a list of P Python ints, the number of elements worker p sent.
    """
    raise NotImplementedError("ring_allreduce")


def naive_allreduce_sent(n, P):
    """Elements each worker sends when every worker p >= 1 sends its n elements to worker 0,
    which sends the n-element sum back to each of them: a list of P Python ints."""
    raise NotImplementedError("naive_allreduce_sent")
