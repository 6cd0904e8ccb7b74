import numpy as np


def average_precision(scores, labels):
    """Average precision (area under the precision-recall curve), sklearn's definition.

    scores: float array (N,), higher means "more likely positive".
    labels: int (0/1) or bool array (N,), at least one positive (negatives may be absent).
    Returns a float: sum over the distinct score values t_1 > t_2 > ... of
    (R_k - R_{k-1}) * P_k, where at threshold t_k the samples with s >= t_k are predicted
    positive (tied scores enter together). Must not modify its inputs.
    """
    raise NotImplementedError("average_precision: sort, cumulate true positives per distinct score")
