# Mistake: drops-edge-tiles. The i and j loops stop before a partial tile.
import numpy as np


def tiled_matmul(A, B, b):
    M, K = A.shape
    K_b, N = B.shape
    if K != K_b:
        raise ValueError(f"inner dimensions differ: A is {A.shape}, B is {B.shape}")
    C = np.zeros((M, N))
    loads = 0
    for i0 in range(0, M - M % b, b):                               # the mistake: full row tiles only
        for j0 in range(0, N - N % b, b):                           # the mistake: full column tiles only
            c_tile = np.zeros((min(b, M - i0), min(b, N - j0)))     # in fast memory: not loaded
            for k0 in range(0, K, b):
                a_tile = A[i0:i0 + b, k0:k0 + b]                    # loaded from slow memory
                b_tile = B[k0:k0 + b, j0:j0 + b]                    # loaded from slow memory
                loads += a_tile.size + b_tile.size                  # edge tiles count their true size
                c_tile += a_tile @ b_tile
            C[i0:i0 + b, j0:j0 + b] = c_tile                        # written back once: not counted
    return C, loads
