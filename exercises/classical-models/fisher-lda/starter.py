import numpy as np


def fisher_lda(X, y):
    """Two-class Fisher linear discriminant.

    X: float (N, D); y: int (N,) in {0, 1}, each class with at least 2 points.
    m_c = mean of class c; S_W = sum over classes of sum_{i in c} (x_i − m_c)(x_i − m_c)ᵀ.
    w = S_W⁻¹(m1 − m0) / ‖S_W⁻¹(m1 − m0)‖ (a new unit vector (D,), pointing from class 0 to 1);
    threshold = w·(m0 + m1)/2, a float; predict class 1 iff x·w > threshold.
    Solve a linear system (np.linalg.inv, pinv and lstsq are forbidden). Must not modify X or y.
    """
    raise NotImplementedError("fisher_lda: class means, within-class scatter, one solve, a midpoint")
