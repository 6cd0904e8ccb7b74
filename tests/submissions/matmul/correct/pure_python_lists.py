import numpy as np


def matmul(a, b):
    rows, shared = a.shape
    shared_b, cols = b.shape
    if shared != shared_b:
        raise ValueError(f"a's column count ({shared}) must equal b's row count ({shared_b})")
    result = []
    for i in range(rows):
        row = []
        for j in range(cols):
            acc = 0.0
            for k in range(shared):
                acc += float(a[i, k]) * float(b[k, j])
            row.append(acc)
        result.append(row)
    return np.array(result, dtype=np.float64).reshape(rows, cols)
