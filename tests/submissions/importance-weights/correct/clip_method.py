import numpy as np


def importance_weights(p_target, n_source, n_target, max_weight):
    odds = p_target / (1 - p_target)
    ratio = odds * n_source / n_target
    w = ratio * (len(ratio) / ratio.sum())
    return ratio, w.clip(max=max_weight)
