import numpy as np


def average_precision(scores, labels):
    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels).astype(bool)
    P = y.sum()
    ap = 0.0
    prev_recall = 0.0
    for t in np.unique(s)[::-1]:          # distinct thresholds, highest first
        flagged = s >= t
        tp = np.count_nonzero(flagged & y)
        recall = tp / P
        ap += (recall - prev_recall) * tp / np.count_nonzero(flagged)
        prev_recall = recall
    return ap
