import numpy as np


def sinusoidal_positions(T, D):
    """The sinusoidal position encodings of positions t = 0, ..., T-1, a float64 array (T, D).

    D is even. For i = 0, ..., D/2 - 1, with the angular frequency w_i = 1 / 10000**(2i / D):
        PE[t, 2i]     = sin(t * w_i)        (even columns)
        PE[t, 2i + 1] = cos(t * w_i)        (odd columns: the same frequency as the column before)
    """
    raise NotImplementedError("sinusoidal_positions")
