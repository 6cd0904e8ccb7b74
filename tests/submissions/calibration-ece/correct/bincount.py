import numpy as np


def expected_calibration_error(probs, labels, n_bins=15):
    confidence = np.max(probs, axis=1)
    hit = (np.argmax(probs, axis=1) == labels).astype(float)
    edges = np.linspace(0, 1, n_bins + 1)
    which = np.searchsorted(edges, confidence, side="left") - 1
    which = np.clip(which, 0, n_bins - 1)
    # |B| * |acc - conf| = |sum(hit) - sum(conf)| inside a bin; empty bins add 0
    hits = np.bincount(which, weights=hit, minlength=n_bins)
    confs = np.bincount(which, weights=confidence, minlength=n_bins)
    return float(np.abs(hits - confs).sum() / len(confidence))
