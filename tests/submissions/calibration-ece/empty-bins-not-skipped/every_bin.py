import numpy as np


def expected_calibration_error(probs, labels, n_bins=15):
    conf = probs.max(axis=1)
    correct = (probs.argmax(axis=1) == labels).astype(float)
    edges = np.linspace(0, 1, n_bins + 1)
    idx = np.clip(np.searchsorted(edges, conf, side="left") - 1, 0, n_bins - 1)
    ece = 0.0
    for m in range(n_bins):
        mask = idx == m
        acc = correct[mask].sum() / mask.sum()
        avg_conf = conf[mask].sum() / mask.sum()
        ece += mask.mean() * abs(acc - avg_conf)
    return ece
