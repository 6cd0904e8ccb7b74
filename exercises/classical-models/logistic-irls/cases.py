"""Hidden cases of logistic regression by Newton's method.

Labels are drawn from a logistic model with moderate weights and an intercept far from 0,
on N = 40..120 points, so the data are not separable: every case converges without a
penalty, and each is checked to (after 25 steps the gradient is below 1e-10 and every
Newton system along the way has condition number below 1e6). Few-step cases show the
iterates before convergence, where a wrong Hessian changes the answer; 25-step cases show
the minimizer, where a wrong penalty does. Layouts are set per group.
"""
import numpy as np


def _fortran(a):
    return np.asfortranarray(a)


def _strided(a):
    wide = np.zeros(a.shape[:-1] + (2 * a.shape[-1],), a.dtype)
    wide[..., ::2] = a
    return wide[..., ::2]


def _newton_is_tame(X, y, l2):
    N, D = X.shape
    X1 = np.hstack([X, np.ones((N, 1))])
    pen = np.full(D + 1, 2.0 * l2)
    pen[D] = 0.0
    theta = np.zeros(D + 1)
    for _ in range(25):
        p = 1.0 / (1.0 + np.exp(-(X1 @ theta)))
        grad = X1.T @ (p - y) / N + pen * theta
        hess = (X1.T * (p * (1 - p))) @ X1 / N + np.diag(pen)
        if np.linalg.cond(hess) > 1e6:
            return False
        theta = theta - np.linalg.solve(hess, grad)
    p = 1.0 / (1.0 + np.exp(-(X1 @ theta)))
    return bool(np.linalg.norm(X1.T @ (p - y) / N + pen * theta) < 1e-10 and np.abs(theta).max() < 10)


def _data(rng, N, D):
    """(X, y) from a logistic model, non-separable with and without a penalty."""
    while True:
        X = rng.normal(0.0, 1.0, size=(N, D)) + rng.normal(0.0, 0.5, size=D)
        w = rng.normal(0.0, 1.0, size=D)
        b = float(rng.choice([-1.0, 1.0]) * rng.uniform(0.5, 1.5))
        y = (rng.random(N) < 1.0 / (1.0 + np.exp(-(X @ w + b)))).astype(np.int64)
        if 0 < y.sum() < N and _newton_is_tame(X, y, 0.0):
            return X, y


def _l2(rng):
    return float(rng.uniform(0.01, 0.2))


def few_steps_ridge(rng):
    N, D = int(rng.integers(40, 121)), int(rng.integers(2, 6))
    X, y = _data(rng, N, D)
    return {"X": _fortran(X), "y": y, "l2": _l2(rng), "num_iters": int(rng.integers(1, 4))}


def one_step(rng):
    N, D = int(rng.integers(40, 121)), int(rng.integers(2, 6))
    X, y = _data(rng, N, D)
    return {"X": _strided(X), "y": y.astype(np.float64), "l2": _l2(rng), "num_iters": 1}


def converged_ridge(rng):
    N, D = int(rng.integers(40, 121)), int(rng.integers(2, 6))
    X, y = _data(rng, N, D)
    return {"X": X, "y": _strided(y.astype(np.float64)), "l2": _l2(rng), "num_iters": 25}


def few_steps_no_penalty(rng):
    """l2 = 0 before convergence: the Hessian must be exactly the logistic one, with nothing
    added to it (no damping or ridge "for stability" when l2 is 0)."""
    N, D = int(rng.integers(40, 121)), int(rng.integers(2, 6))
    X, y = _data(rng, N, D)
    return {"X": _strided(X), "y": y, "l2": 0.0, "num_iters": int(rng.integers(1, 4))}


def _iterates(X, y, l2, num_iters):
    """θ_0 = 0, θ_1, ..., θ_num_iters of the reference's Newton iteration."""
    N, D = X.shape
    X1 = np.hstack([X, np.ones((N, 1))])
    pen = np.full(D + 1, 2.0 * l2)
    pen[D] = 0.0
    thetas = [np.zeros(D + 1)]
    for _ in range(num_iters):
        theta = thetas[-1]
        p = 1.0 / (1.0 + np.exp(-(X1 @ theta)))
        hess = (X1.T * (p * (1 - p))) @ X1 / N + np.diag(pen)
        thetas.append(theta - np.linalg.solve(hess, X1.T @ (p - y) / N + pen * theta))
    return np.array(thetas)


def past_a_small_step(rng):
    """Exactly num_iters steps, even once the steps are small. After the first step whose
    largest entry is below 1e-3 (step k), num_iters >= k + 2 steps are asked, and the steps
    after k still move θ by more than 1e-7 relative: stopping at "the step is small" (1e-3,
    or a gradient tolerance of the same size) returns θ_k, which the close check tells apart."""
    while True:
        N, D = int(rng.integers(40, 121)), int(rng.integers(1, 6))
        X, y = _data(rng, N, D)
        l2 = 0.0 if rng.random() < 0.5 else _l2(rng)
        thetas = _iterates(X, y, l2, 25)
        steps = np.abs(np.diff(thetas, axis=0)).max(axis=1)
        k = int(np.argmax(steps < 1e-3))               # steps[k] is theta_{k+1} - theta_k
        if steps[k] >= 1e-3 or k + 2 > 25:
            continue
        if np.abs(thetas[-1] - thetas[k + 1]).max() > 1e-7 * (1.0 + np.abs(thetas[-1]).max()):
            return {"X": _fortran(X), "y": y, "l2": l2, "num_iters": int(rng.integers(k + 2, 26))}


def converged_no_penalty(rng):
    N, D = int(rng.integers(40, 121)), int(rng.integers(2, 6))
    X, y = _data(rng, N, D)
    return {"X": _fortran(X), "y": y, "l2": 0.0, "num_iters": 25}


def some_steps(rng):
    N, D = int(rng.integers(40, 121)), int(rng.integers(2, 6))
    X, y = _data(rng, N, D)
    return {"X": _strided(X), "y": _strided(y), "l2": _l2(rng), "num_iters": int(rng.integers(4, 13))}


def defaults(rng):
    """l2 and num_iters left out: the defaults 0.0 and 10 apply."""
    N, D = int(rng.integers(40, 121)), int(rng.integers(2, 6))
    X, y = _data(rng, N, D)
    return {"X": X, "y": y, "l2": None, "num_iters": None}


def one_feature(rng):
    N = int(rng.integers(40, 121))
    X, y = _data(rng, N, 1)
    return {"X": _fortran(X), "y": y, "l2": _l2(rng), "num_iters": int(rng.integers(2, 7))}
