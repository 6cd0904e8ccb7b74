import numpy as np


def roc_auc(scores, labels):
    scores = np.asarray(scores, dtype=float)
    pos = np.asarray(labels) == 1
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    n1 = pos.sum()
    n0 = len(scores) - n1
    return (ranks[pos].sum() - n1 * (n1 + 1) / 2) / (n1 * n0)
