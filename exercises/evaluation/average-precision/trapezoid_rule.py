import numpy as np


def _area(recall, precision):
    recall_before = np.concatenate(([0.0], recall[:-1]))
    precision_before = np.concatenate(([1.0], precision[:-1]))
    return float(np.sum((recall - recall_before) * (precision + precision_before) / 2.0))
