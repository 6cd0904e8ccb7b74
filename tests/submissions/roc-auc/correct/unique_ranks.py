import numpy as np


def roc_auc(scores, labels):
    scores = np.asarray(scores, dtype=float)
    is_pos = np.asarray(labels).astype(bool)
    values, where, counts = np.unique(scores, return_inverse=True, return_counts=True)
    start = np.cumsum(counts) - counts
    mean_rank = start + (counts + 1) / 2
    rank = mean_rank[where.ravel()]
    P = is_pos.sum()
    Q = len(scores) - P
    U = rank[is_pos].sum() - P * (P + 1) / 2
    return U / (P * Q)
