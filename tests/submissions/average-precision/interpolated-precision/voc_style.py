import numpy as np


def average_precision(scores, labels):
    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels).astype(int)
    thresholds = np.unique(s)[::-1]
    precisions, recalls = [], []
    for t in thresholds:
        sel = s >= t
        tp = y[sel].sum()
        precisions.append(tp / sel.sum())
        recalls.append(tp / y.sum())
    precisions = np.array(precisions)
    # smooth the zig-zag: precision at k is the best precision at any recall >= R_k
    for k in range(len(precisions) - 2, -1, -1):
        precisions[k] = max(precisions[k], precisions[k + 1])
    recalls = np.array([0.0] + recalls)
    return float(np.sum(np.diff(recalls) * precisions))
