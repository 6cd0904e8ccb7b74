import numpy as np


def expected_calibration_error(probs, labels, n_bins=15):
    conf = probs.max(axis=1)
    ok = probs.argmax(axis=1) == labels
    edges = np.linspace(0, 1, n_bins + 1)
    b = np.clip(np.searchsorted(edges, conf) - 1, 0, n_bins - 1)
    gaps = []
    for m in np.unique(b):
        sel = b == m
        gaps.append(abs(ok[sel].mean() - conf[sel].mean()))
    return float(np.mean(gaps))
