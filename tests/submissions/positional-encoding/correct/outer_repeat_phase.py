import numpy as np


def sinusoidal_positions(T, D):
    # cos(a) = sin(a + pi/2): one sine over angles whose odd columns are shifted by a quarter turn
    freqs = np.repeat(10000.0 ** (-np.arange(0, D, 2) / D), 2)      # w_0, w_0, w_1, w_1, ...
    phase = np.tile([0.0, np.pi / 2], D // 2)
    return np.sin(np.outer(np.arange(T), freqs) + phase)
