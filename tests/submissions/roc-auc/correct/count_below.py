import numpy as np


def roc_auc(scores, labels):
    # for every positive: negatives strictly below + half the negatives equal to it
    s = np.array(scores, dtype=np.float64)
    y = np.array(labels, dtype=np.int64)
    neg = np.sort(s[y == 0])
    pos = s[y == 1]
    below = np.searchsorted(neg, pos, side="left")
    at_or_below = np.searchsorted(neg, pos, side="right")
    wins = below.sum() + 0.5 * (at_or_below - below).sum()
    return float(wins) / (len(pos) * len(neg))
