# WRONG: default n_bins = 10 instead of 15.
import numpy as np
def expected_calibration_error(probs, labels, n_bins=10):
    conf = np.max(probs, axis=1); correct = (np.argmax(probs, axis=1) == labels)
    edges = np.linspace(0, 1, n_bins + 1)
    bins = np.clip(np.digitize(conf, edges, right=True) - 1, 0, n_bins - 1)
    out = 0.0
    for m in np.unique(bins):
        k = bins == m
        out += np.sum(k) / len(conf) * abs(np.mean(correct[k]) - np.mean(conf[k]))
    return out
