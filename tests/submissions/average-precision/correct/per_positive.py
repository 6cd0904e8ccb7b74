import numpy as np


def average_precision(scores, labels):
    # For each positive: precision at its threshold, i.e. over everything scoring >= it.
    # Tied positives share a threshold, and each one contributes 1/P of recall there.
    scores = np.array(scores, dtype=np.float64)
    positive = np.array(labels) == 1
    sorted_all = np.sort(scores)
    sorted_pos = np.sort(scores[positive])
    pos_scores = scores[positive]
    n_at_or_above = len(scores) - np.searchsorted(sorted_all, pos_scores, side="left")
    tp_at_or_above = len(sorted_pos) - np.searchsorted(sorted_pos, pos_scores, side="left")
    return float(np.mean(tp_at_or_above / n_at_or_above))
