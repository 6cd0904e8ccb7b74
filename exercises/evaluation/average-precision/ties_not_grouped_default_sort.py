import numpy as np


def _area(recall, precision):
    """Sum of (R_k - R_{k-1}) * P_k with R_0 = 0: a step function, no interpolation."""
    recall_before = np.concatenate(([0.0], recall[:-1]))
    return float(np.sum((recall - recall_before) * precision))


def average_precision(scores, labels):
    s = np.asarray(scores, dtype=np.float64)
    positive = np.asarray(labels) == 1
    order = np.argsort(-s)                # decreasing score
    ordered = s[order]
    true_pos = np.cumsum(positive[order])
    # one threshold per distinct score: the last sorted position of each run of ties
    last = np.arange(s.size)
    tp = true_pos[last]
    precision = tp / (last + 1.0)                        # TP_k / #{i : s_i >= t_k}
    recall = tp / np.count_nonzero(positive)             # TP_k / P
    return _area(recall, precision)
