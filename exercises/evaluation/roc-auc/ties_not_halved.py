import numpy as np


def roc_auc(scores, labels):
    s = np.asarray(scores, dtype=np.float64)
    positive = np.asarray(labels) == 1
    n_pos = np.count_nonzero(positive)
    n_neg = s.size - n_pos
    negatives = np.sort(s[~positive])
    u = np.searchsorted(negatives, s[positive], side="left").sum()   # only s_i > s_j counts
    return float(u / (n_pos * n_neg))
