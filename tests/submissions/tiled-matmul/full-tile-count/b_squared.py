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
                C[i:i+b, j:j+b] += A[i:i+b, k:k+b] @ B[k:k+b, j:j+b]
                loads += b * b + b * b      # one A tile and one B tile
    return C, loads
