import numpy as np


def _chunks(n, P):
    """Index arrays of the P chunks; the first n % P chunks get one extra element, and with
    n < P the last ones are empty."""
    return np.split(np.arange(n - n % P), P)
