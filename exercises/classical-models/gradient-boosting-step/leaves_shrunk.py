import numpy as np


def sse(values):
    """Sum of squared deviations from the mean: the squared loss of a constant leaf."""
    return np.sum((values - values.mean()) ** 2)


def boosting_step(X, y, pred, learning_rate):
    r = y - pred                                        # the negative gradient of ½(y − F)²
    candidates = []                                     # (SSE, feature, threshold), in tie order
    for j in range(X.shape[1]):
        values = np.unique(X[:, j])
        for a, b in zip(values[:-1], values[1:]):
            t = (a + b) / 2
            left = X[:, j] <= t
            candidates.append((sse(r[left]) + sse(r[~left]), j, t))
    lowest = min(c[0] for c in candidates)
    tolerance = 1e-9 * sse(r) + 1e-12
    for total, j, t in candidates:
        if total <= lowest + tolerance:
            left = X[:, j] <= t
            left_value, right_value = float(learning_rate * r[left].mean()), float(learning_rate * r[~left].mean())  # shrunk leaves
            new_pred = pred + np.where(left, left_value, right_value)
            return (j, float(t), left_value, right_value), new_pred
