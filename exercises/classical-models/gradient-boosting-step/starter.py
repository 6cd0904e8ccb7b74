import numpy as np


def boosting_step(X, y, pred, learning_rate):
    """One gradient-boosting step for the squared loss ½(y − F)²: fit a depth-1 regression
    stump to the residuals r = y − pred and add it, shrunk by the learning rate.

    X: float (N, d); y: float (N,); pred: float (N,), the current F; learning_rate in (0, 1].
    Candidates: each midpoint (a + b) / 2 of consecutive distinct values of a feature; left is
    x_j <= threshold. Minimize SSE = sum_left (r − mean_L)² + sum_right (r − mean_R)²;
    candidates with SSE <= SSE_min + 1e-9·SST + 1e-12 (SST = sum (r − mean r)²) are tied:
    smallest feature, then smallest threshold.
    Returns (stump, new_pred): stump = (feature, threshold, left_value, right_value) as
    (int, float, float, float), the leaf values the mean residuals (not shrunk), and
    new_pred = pred + learning_rate · (leaf value of each point), a new (N,) array.
    Must not modify the inputs.
    """
    raise NotImplementedError("boosting_step: residuals, the best stump on them, then a shrunk update")
