import numpy as np


def logistic_irls(X, y, l2=0.0, num_iters=10):
    """L2-regularized logistic regression fitted by Newton's method (IRLS).

    X: float (N, D), no intercept column; y: (N,) of 0/1 (ints or floats); l2 >= 0; num_iters int.
    Objective J(w, b) = (1/N) sum_i [log(1 + e^{z_i}) − y_i z_i] + l2·‖w‖², z = X w + b
    (b is not penalized). Start at w = 0, b = 0 and take exactly num_iters full Newton steps
    θ ← θ − H⁻¹∇J on θ = (w, b), with H = (1/N) X̃ᵀ S X̃ + 2·l2·diag(1, ..., 1, 0),
    S = diag(p(1 − p)), p = σ(z), X̃ = [X, 1]. No line search, no early stop.
    Solve the linear system (np.linalg.inv, pinv and lstsq are forbidden).
    Returns (w, b): w a new (D,) array, b a float. Must not modify X or y.
    """
    raise NotImplementedError("logistic_irls: gradient, Hessian, solve, repeat num_iters times")
