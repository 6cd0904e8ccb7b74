import numpy as np


def expected_calibration_error(probs, labels, n_bins=15):
    conf = probs.max(axis=1)
    correct = (probs.argmax(axis=1) == labels).astype(float)
    edges = np.linspace(0, 1, n_bins + 1)
    idx = np.digitize(conf, edges) - 1
    idx = np.minimum(idx, n_bins - 1)
    ece = 0.0
    for m in range(n_bins):
        mask = idx == m
        if mask.any():
            ece += mask.mean() * abs(correct[mask].mean() - conf[mask].mean())
    return ece
