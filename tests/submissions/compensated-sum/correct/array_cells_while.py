import numpy as np


def compensated_sum(x):
    """Kahan summation with the state kept in a 2-cell float32 array."""
    state = np.zeros(2, dtype=np.float32)      # [sum, compensation]
    i = 0
    n = x.shape[0]
    while i < n:
        y = x[i] - state[1]
        t = state[0] + y
        state[1] = (t - state[0]) - y
        state[0] = t
        i += 1
    return state[0]
