import numpy as np


def tiled_matmul(A, B, b):
    M, K = A.shape
    if K != B.shape[0]:
        raise ValueError("inner dimensions must match")
    N = B.shape[1]
    C = np.zeros((M, N))
    loads = 0
    for i in range(0, M, b):
        for j in range(0, N, b):
            for k in range(0, K, b):
                a = A[i:i+b, k:k+b]
                w = B[k:k+b, j:j+b]
                c = C[i:i+b, j:j+b]
                loads += a.size + w.size + c.size   # read C, add, write back
                C[i:i+b, j:j+b] = c + a @ w
    return C, loads
