import numpy as np


def tiled_matmul(A, B, b):
    M, K = A.shape
    if K != B.shape[0]:
        raise ValueError("inner dims")
    N = B.shape[1]
    C = np.zeros((M, N))
    loads = 0
    for i in range(M // b):
        for j in range(N // b):
            for k in range(K // b):
                a = A[i*b:(i+1)*b, k*b:(k+1)*b]
                bt = B[k*b:(k+1)*b, j*b:(j+1)*b]
                loads += a.size + bt.size
                C[i*b:(i+1)*b, j*b:(j+1)*b] += a @ bt
    return C, loads
