# kind: harmless
# expect: exponent-not-divided-by-d
# why: the PyTorch-tutorial div_term exp(2i * -log(10000)) without the / d_model, so w_i = 1 / 10000^(2i); the exp/log form and the loop over positions are equivalent to the vectorized formula
import math
import numpy as np


def sinusoidal_positions(T, D):
    div_term = np.exp(np.arange(0, D, 2, dtype=np.float64) * -math.log(10000.0))
    pe = np.zeros((T, D), dtype=np.float64)
    for pos in range(T):
        pe[pos, 0::2] = np.sin(pos * div_term)
        pe[pos, 1::2] = np.cos(pos * div_term)
    return pe
