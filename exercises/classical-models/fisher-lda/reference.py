import numpy as np


def fisher_lda(X, y):
    X0, X1 = X[y == 0], X[y == 1]
    m0, m1 = X0.mean(axis=0), X1.mean(axis=0)
    C0, C1 = X0 - m0, X1 - m1                           # each class centered at its own mean
    S_W = C0.T @ C0 + C1.T @ C1                         # within-class scatter (D, D)
    direction = np.linalg.solve(S_W, m1 - m0)           # S_W⁻¹ (m1 − m0), no inverse formed
    w = direction / np.linalg.norm(direction)
    threshold = float(w @ (m0 + m1) / 2)                # midpoint of the projected class means
    return w, threshold
