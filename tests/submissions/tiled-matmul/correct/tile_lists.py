import numpy as np


def _starts(n, b):
    return list(range(0, n, b))


def tiled_matmul(A, B, b):
    if A.shape[1] != B.shape[0]:
        raise ValueError(f"shapes {A.shape} and {B.shape} cannot be multiplied")
    M, K = A.shape
    N = B.shape[1]
    C = np.empty((M, N))
    moved = 0
    for r in _starts(M, b):
        for c in _starts(N, b):
            block = 0.0
            for s in _starts(K, b):
                a = A[r:r + b, s:s + b]
                bb = B[s:s + b, c:c + b]
                moved += int(a.shape[0] * a.shape[1]) + int(bb.shape[0] * bb.shape[1])
                block = block + np.dot(a, bb)
            C[r:r + b, c:c + b] = block
    return C, moved
