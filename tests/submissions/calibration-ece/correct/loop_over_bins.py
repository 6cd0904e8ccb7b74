import numpy as np


def expected_calibration_error(probs, labels, n_bins=15):
    n = probs.shape[0]
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    ece = 0.0
    for m in range(n_bins):
        lo, hi = edges[m], edges[m + 1]
        members = []
        for i in range(n):
            c = probs[i].max()
            if (lo < c <= hi) or (m == 0 and c == 0):
                members.append(i)
        if len(members) == 0:
            continue
        conf = np.mean([probs[i].max() for i in members])
        acc = np.mean([float(np.argmax(probs[i]) == labels[i]) for i in members])
        ece += len(members) / n * abs(acc - conf)
    return ece
