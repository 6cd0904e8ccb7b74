import numpy as np


def roc_auc(scores, labels):
    scores = np.asarray(scores, dtype=float)
    labels = np.asarray(labels).astype(bool)
    pos = scores[labels]
    neg = scores[~labels]
    total = 0
    for p in pos:
        total += np.count_nonzero(p > neg)
    return total / (len(pos) * len(neg))
