import numpy as np


def tiled_matmul(A, B, b):
    M, K = A.shape
    if B.shape[0] != K:
        raise ValueError("A has %d columns but B has %d rows" % (K, B.shape[0]))
    N = B.shape[1]
    C = np.zeros((M, N))
    loads = 0
    for i in range(0, M, b):
        i_end = min(i + b, M)
        for j in range(0, N, b):
            j_end = min(j + b, N)
            acc = np.zeros((i_end - i, j_end - j))
            for k in range(0, K, b):
                k_end = min(k + b, K)
                loads += (i_end - i) * (k_end - k) + (k_end - k) * (j_end - j)
                # multiply-add element by element inside the tile
                for ii in range(i_end - i):
                    for jj in range(j_end - j):
                        for kk in range(k_end - k):
                            acc[ii, jj] += A[i + ii, k + kk] * B[k + kk, j + jj]
            C[i:i_end, j:j_end] = acc
    return C, loads
