# kind: combined
# expect: sin-cos-swapped, exponent-uses-column-index
# why: loops over the columns, taking each column's exponent from its own index j / D (so the odd column gets (2i + 1) / D), and puts cos in the even columns and sin in the odd ones
import math
import numpy as np


def sinusoidal_positions(T, D):
    pe = np.zeros((T, D))
    for pos in range(T):
        for j in range(D):
            angle = pos / (10000 ** (j / D))
            if j % 2 == 0:
                pe[pos, j] = math.cos(angle)
            else:
                pe[pos, j] = math.sin(angle)
    return pe
