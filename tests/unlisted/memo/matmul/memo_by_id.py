# A learner caches the product by the ids of A and B: the same arrays holding new values get the old product.
# expect: returned exactly what it returned for the call before
import numpy as np
_cache = {}
def matmul(A, B):
    key = (id(A), id(B))
    if key not in _cache:
        n, k = A.shape
        _, m = B.shape
        C = np.zeros((n, m))
        for i in range(n):
            for j in range(m):
                C[i, j] = sum(A[i, p] * B[p, j] for p in range(k))
        _cache[key] = C
    return _cache[key].copy()
