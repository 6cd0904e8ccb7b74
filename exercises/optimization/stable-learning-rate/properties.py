"""What the number means: gradient descent on f(x) = 1/2 x^T H x converges just below it and
diverges just above it.

In the eigenbasis of H every coordinate of the error is multiplied by (1 - eta * lam) per
step, so the run converges from every start exactly when max |1 - eta * lam| < 1.
"""
import numpy as np


def _rate(outputs):
    r = outputs.get("learning_rate") if isinstance(outputs, dict) else None
    if isinstance(r, np.ndarray) and r.size == 1:
        r = r.reshape(-1)[0]
    if not isinstance(r, (int, float, np.integer, np.floating)) or isinstance(r, bool):
        return None
    r = float(r)
    return r if np.isfinite(r) else None


def convergence_threshold(inputs, outputs, expected):
    rate = _rate(outputs)
    if rate is None:
        return "your result is not a finite number, so gradient descent cannot be run with it"
    if rate <= 0:
        return f"your step size {rate:.6g} is not positive: gradient descent would walk uphill or stand still"
    lam = np.linalg.eigvalsh(np.asarray(inputs["H"], dtype=np.float64))
    below, above = 0.99 * rate, 1.01 * rate
    factors = np.abs(1 - below * lam)
    if factors.max() >= 1:
        k = int(np.argmax(factors))
        return (f"with a step of 0.99 x yours (eta = {below:.6g}), the error along the eigenvector with "
                f"eigenvalue {lam[k]:.6g} is multiplied by 1 - eta*lambda = {1 - below * lam[k]:.6g} every step; "
                f"its size is above 1, so gradient descent diverges: your value is too large")
    if np.abs(1 - above * lam).max() < 1:
        return (f"with a step of 1.01 x yours (eta = {above:.6g}), every factor |1 - eta*lambda| is still "
                f"below 1 (the largest is {np.abs(1 - above * lam).max():.6g}), so gradient descent still "
                f"converges: your value is not the largest stable step")
    return None
