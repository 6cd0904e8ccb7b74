import numpy as np


def expected_calibration_error(probs, labels, n_bins=15):
    """Expected calibration error of a classifier's top-class confidence.

    probs: float array (N, C), each row a probability vector (do not renormalize it).
    labels: int array (N,), the true classes.
    n_bins: the number of equal-width confidence bins, edges = np.linspace(0, 1, n_bins + 1);
        bin m holds edges[m] < conf <= edges[m + 1] (bin 0 also holds conf = 0).
    Returns a float: sum over non-empty bins of (|B_m| / N) * |accuracy_m - confidence_m|.
    Empty bins are skipped (no NaN, no warning). Must not modify its inputs.
    """
    raise NotImplementedError("expected_calibration_error: bin the max probabilities, weigh each gap")
