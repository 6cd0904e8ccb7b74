import numpy as np


def expected_calibration_error(probs, labels, n_bins=15):
    p = np.asarray(probs, dtype=np.float64)
    conf = p.max(axis=1)                                   # confidence: the top probability
    correct = np.argmax(p, axis=1) == np.asarray(labels)   # argmax: first index on ties
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    # bin m holds edges[m] < conf <= edges[m + 1]; conf = 0 goes to bin 0
    bins = np.clip(np.searchsorted(edges, conf, side="left") - 1, 0, n_bins - 1)
    weights, gaps = [], []
    for m in range(n_bins):
        in_bin = bins == m
        if not in_bin.any():
            continue                                       # an empty bin has no mean: skip it
        weights.append(in_bin.mean())                      # |B_m| / N
        gaps.append(abs(correct[in_bin].mean() - conf[in_bin].mean()))
    return float(np.dot(weights, gaps))
