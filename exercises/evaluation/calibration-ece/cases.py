"""Hidden cases of expected_calibration_error.

Every confidence is either exactly on a dyadic edge (0.25, 0.5, 0.75, 1.0, where every exact
construction of the edges agrees) or at least 1e-9 away from every edge m / n_bins, as the
contract promises. Every case has empty bins: a top-class probability is at least 1/C, so
the bins below 1/C are empty, and small N leaves gaps too. Every case has misclassified
samples, so the true-class probability differs from the confidence somewhere.
"""
import numpy as np

GAP = 1e-9


def _off_edges(conf, n_bins):
    """Whether every confidence is at least GAP away from every edge m / n_bins."""
    edges = np.arange(n_bins + 1) / n_bins
    return np.min(np.abs(conf[:, None] - edges[None, :]), axis=1) >= GAP


def _rows(rng, n, c, n_bins, sharpness):
    """n probability rows from the softmax of random logits, redrawn while a top probability
    sits within GAP of an edge (which happens with probability ~1e-8 per row)."""
    rows = np.empty((n, c))
    todo = np.arange(n)
    while todo.size:
        z = rng.normal(0.0, sharpness, (todo.size, c))
        e = np.exp(z - z.max(axis=1, keepdims=True))
        rows[todo] = e / e.sum(axis=1, keepdims=True)
        todo = todo[~_off_edges(rows[todo].max(axis=1), n_bins)]
    return rows


def _labels(rng, probs):
    """An overconfident model: labels drawn from a flattened copy of each row, so the top
    class is right less often than its confidence says; at least one sample misclassified."""
    flat = np.sqrt(probs)
    flat /= flat.sum(axis=1, keepdims=True)
    u = rng.random(len(probs))
    labels = np.minimum((flat.cumsum(axis=1) < u[:, None]).sum(axis=1), probs.shape[1] - 1)
    top = np.argmax(probs, axis=1)
    if np.all(labels == top):
        i = int(rng.integers(len(probs)))
        labels[i] = (top[i] + 1) % probs.shape[1]
    return labels.astype(np.int64)


def _case(rng, n, c, n_bins, sharpness=2.0):
    probs = _rows(rng, n, c, 15 if n_bins is None else n_bins, sharpness)
    return {"probs": probs, "labels": _labels(rng, probs), "n_bins": n_bins}


def random_model(rng):
    n_bins = int(rng.choice([5, 10, 15, 20]))
    return _case(rng, int(rng.integers(40, 200)), int(rng.integers(2, 11)), n_bins)


def _ece(probs, labels, n_bins):
    conf = probs.max(axis=1)
    correct = (np.argmax(probs, axis=1) == labels).astype(np.float64)
    bins = np.clip(np.searchsorted(np.linspace(0, 1, n_bins + 1), conf, side="left") - 1, 0, n_bins - 1)
    n = np.bincount(bins, minlength=n_bins)
    gap = np.bincount(bins, weights=correct - conf, minlength=n_bins)
    return float(np.sum(np.abs(gap[n > 0])) / len(conf))


def default_bins(rng):
    """n_bins left out: the default 15 applies. The model is calibrated on average (each top
    class right with probability equal to its confidence), so the bins' gaps have both signs
    and the result depends on the bin count: an overconfident model, every gap negative, gives
    the same ECE for every n_bins and would hide a wrong default. Redrawn until every other
    count from 1 to 40 gives a different value."""
    while True:
        n, c = int(rng.integers(40, 200)), int(rng.integers(3, 8))
        probs = _rows(rng, n, c, 15, 2.0)
        right = rng.random(n) < probs.max(axis=1)
        right[int(rng.integers(n))] = False
        labels = _right_or_wrong(rng, probs, right)
        ece = _ece(probs, labels, 15)
        if all(abs(_ece(probs, labels, m) - ece) > 1e-6 * ece for m in range(1, 41) if m != 15):
            return {"probs": probs, "labels": labels}


def _row_with_top(conf, c):
    """A row of c probabilities whose maximum is conf (placed first), the rest equal."""
    row = np.full(c, (1.0 - conf) / (c - 1))
    row[0] = conf
    return row


def _right_or_wrong(rng, probs, right):
    """Labels: the prediction where `right`, another class elsewhere."""
    pred = np.argmax(probs, axis=1)
    other = (pred + rng.integers(1, probs.shape[1], len(probs))) % probs.shape[1]
    return np.where(right, pred, other).astype(np.int64)


def dyadic_edges(rng):
    """Confidences exactly 0.25, 0.5 and 0.75 (and 1.0) with n_bins a multiple of 4, so they
    sit on edges: each belongs to the bin it closes (right-inclusive). Beside each, correct
    rows just inside the bin below and wrong rows just inside the bin above: the gaps of the
    two bins then have opposite signs, so a sample on the edge that changes bins changes the
    ECE. A row of four 0.25s also ties the maximum: the prediction is its first index."""
    n_bins = int(rng.choice([4, 8, 12, 16, 20]))
    c = int(rng.integers(6, 10))
    width = 1.0 / n_bins
    rows = [np.r_[[0.25] * 4, [0.0] * (c - 4)], np.r_[[0.5, 0.5], [0.0] * (c - 2)]]
    right = [True, False]
    for edge in (0.25, 0.5, 0.75, 1.0):
        exact, below, above = (int(rng.integers(2, 4)) for _ in range(3))
        confs = [edge] * exact + [edge - 0.3 * width] * below + ([edge + 0.3 * width] * above if edge < 1 else [])
        right += [edge < 1.0] * exact + [True] * below + ([False] * above if edge < 1 else [])
        rows += [_row_with_top(conf, c)[rng.permutation(c)] for conf in confs]
    extra = _rows(rng, int(rng.integers(10, 30)), c, n_bins, 2.0)
    probs = np.vstack([np.array(rows), extra])
    labels = np.concatenate([_right_or_wrong(rng, probs[:len(rows)], np.array(right)), _labels(rng, extra)])
    order = rng.permutation(len(probs))
    return {"probs": probs[order], "labels": labels[order], "n_bins": n_bins}


def low_confidence(rng):
    """Many classes, so confidences reach down into bin 0. Bin 0 is underconfident (its rows
    always right) and bin 1 overconfident (always wrong): gaps of opposite signs, so merging
    bin 0 into bin 1 changes the ECE (gaps of one sign would add up the same)."""
    n_bins, c = int(rng.integers(4, 8)), int(rng.integers(12, 25))
    width = 1.0 / n_bins
    low = rng.uniform(1.0 / c + 0.01, width - 0.01, int(rng.integers(10, 20)))
    next_up = rng.uniform(width + 0.01, 2 * width - 0.01, int(rng.integers(10, 20)))
    rows = [_row_with_top(conf, c)[rng.permutation(c)] for conf in np.concatenate([low, next_up])]
    right = np.r_[np.ones(low.size, bool), np.zeros(next_up.size, bool)]
    extra = _rows(rng, int(rng.integers(20, 40)), c, n_bins, 1.5)
    probs = np.vstack([np.array(rows), extra])
    labels = np.concatenate([_right_or_wrong(rng, probs[:len(rows)], right), _labels(rng, extra)])
    order = rng.permutation(len(probs))
    return {"probs": probs[order], "labels": labels[order], "n_bins": n_bins}


def tied_maxima(rng):
    """Rows whose top probability is shared by two classes: the prediction is the first."""
    n, c, n_bins = int(rng.integers(20, 50)), int(rng.integers(3, 6)), 10
    probs = _rows(rng, n, c, n_bins, 1.5)
    for i in range(0, n, 2):
        a, b = sorted(rng.permutation(c)[:2])
        top = 0.45 + 0.04 * rng.random()
        probs[i] = (1.0 - 2.0 * top) / (c - 2)
        probs[i, [a, b]] = top
    labels = _labels(rng, probs)
    for i in range(0, n, 4):                   # label the second tied class: misclassified
        labels[i] = np.flatnonzero(probs[i] == probs[i].max())[-1]
    return {"probs": probs, "labels": labels, "n_bins": n_bins}


def few_samples(rng):
    """Two to five samples in 15 bins: most bins are empty."""
    return _case(rng, int(rng.integers(2, 6)), int(rng.integers(2, 6)), 15)


def one_sample(rng):
    case = _case(rng, 1, int(rng.integers(2, 6)), int(rng.integers(3, 12)))
    return case


def one_bin(rng):
    """n_bins = 1: ECE is |accuracy - mean confidence| over all samples."""
    return _case(rng, int(rng.integers(20, 60)), int(rng.integers(2, 6)), 1)


def non_contiguous(rng):
    """probs as a column-major copy and labels as a strided view."""
    case = _case(rng, int(rng.integers(30, 90)), int(rng.integers(3, 8)), 12)
    wide = np.zeros(2 * len(case["labels"]), dtype=np.int64)
    wide[::2] = case["labels"]
    case["probs"], case["labels"] = np.asfortranarray(case["probs"]), wide[::2]
    return case


def many_samples(rng):
    return _case(rng, 3000, int(rng.integers(5, 12)), 15, sharpness=3.0)
