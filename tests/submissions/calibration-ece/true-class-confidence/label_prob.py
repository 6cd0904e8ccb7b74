import numpy as np


def expected_calibration_error(probs, labels, n_bins=15):
    n = len(labels)
    conf = probs[np.arange(n), labels]          # probability of the true class
    correct = (np.argmax(probs, axis=1) == labels).astype(float)
    edges = np.linspace(0, 1, n_bins + 1)
    idx = np.clip(np.searchsorted(edges, conf, side="left") - 1, 0, n_bins - 1)
    total = 0.0
    for m in range(n_bins):
        mask = idx == m
        k = mask.sum()
        if k:
            total += k / n * abs(correct[mask].mean() - conf[mask].mean())
    return total
