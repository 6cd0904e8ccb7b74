import numpy as np


def tiled_matmul(A, B, b):
    """C = A @ B computed tile by tile, and the number of elements loaded from slow memory.

    A (M, K), B (K, N) float64; b >= 1 the tile side (may exceed every dimension).
    Raise ValueError when the inner dimensions differ. Loop over b x b tiles: row tiles of C
    outermost, then column tiles, then k tiles, each ascending (the last tile of a dimension
    may be partial). For each (i, j) the C tile starts at zero in fast memory (not loaded),
    accumulates A_ik @ B_kj, and is written back once (not counted); at each k step the A
    tile and the B tile are loaded. Return (C, loads): C (M, N), loads a Python int.
    """
    raise NotImplementedError("tiled_matmul")
