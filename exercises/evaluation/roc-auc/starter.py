import numpy as np


def roc_auc(scores, labels):
    """Area under the ROC curve, computed as the Mann-Whitney U statistic from ranks.

    scores: float array (N,), higher means "more likely positive".
    labels: int (0/1) or bool array (N,), both classes present.
    Returns a float in [0, 1]: the fraction of (positive, negative) pairs ranked correctly,
    a tie counting one half. Use average ranks for tied scores (O(N log N), no pair loop).
    Must not modify its inputs.
    """
    raise NotImplementedError("roc_auc: rank the scores, sum the positives' ranks")
