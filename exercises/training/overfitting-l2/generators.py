"""Few samples, many features, noise: the setting where the strength of an L2 penalty matters.

20 to 40 training points and 15 to 35 features (sometimes more features than points), a
dense true weight vector, noise, and a target offset of 3 to 10 (so the intercept is far
from 0). The candidates are a geometric grid. A data set is kept only when

  * the validation-chosen strength is interior, and both ends of the grid are clearly
    worse (validation MSE at least 1.2 times the best): too little and too much
    regularization both hurt;
  * the right choice and the choices of the named mistakes (by training error, with the
    intercept penalized, with a summed instead of mean squared error) are all different;
  * every one of those choices wins its comparison by a relative margin of 1e-6, so that
    any correct way of solving the linear systems picks the same candidate.

Up to 200 draws are tried; in practice a few are enough.
"""
import numpy as np


def _ridge(X, y, penalty, intercept_penalized=False):
    """Minimizer of sum((X w + b - y)^2) + penalty * |w|^2 (+ penalty * b^2 if penalized)."""
    N, D = X.shape
    if intercept_penalized:
        A = np.column_stack([X, np.ones(N)])
        theta = np.linalg.solve(A.T @ A + penalty * np.eye(D + 1), A.T @ y)
        return theta[:-1], theta[-1]
    mx, my = X.mean(axis=0), y.mean()
    w = np.linalg.solve((X - mx).T @ (X - mx) + penalty * np.eye(D), (X - mx).T @ (y - my))
    return w, my - mx @ w


def _choice(errors):
    """Index of the minimum, or None if the runner-up is within a relative 1e-6."""
    order = np.argsort(errors, kind="stable")
    best, second = errors[order[0]], errors[order[1]]
    return int(order[0]) if second - best > 1e-6 * abs(best) else None


def _draw(rng):
    n, d = int(rng.integers(20, 41)), int(rng.integers(15, 36))
    n_val = int(rng.integers(100, 201))
    w_true = rng.normal(0.0, 1.0, d) * rng.uniform(0.3, 1.0)
    offset = rng.uniform(3.0, 10.0) * rng.choice([-1.0, 1.0])
    mean_x = rng.normal(0.0, 1.0, d)
    sigma = rng.uniform(1.0, 3.0)

    def sample(m):
        X = mean_x + rng.normal(size=(m, d))
        return X, X @ w_true + offset + sigma * rng.normal(size=m)

    X, y = sample(n)
    X_val, y_val = sample(n_val)
    low, k = rng.uniform(-4.0, -3.0), int(rng.integers(9, 14))
    candidates = 10.0 ** np.linspace(low, low + rng.uniform(4.5, 6.0), k)
    return {"X_train": X, "y_train": y, "X_val": X_val, "y_val": y_val, "candidates": candidates}


def _errors(case, penalty_of, **kw):
    X, y, X_val, y_val = case["X_train"], case["y_train"], case["X_val"], case["y_val"]
    val, train = [], []
    for l2 in case["candidates"]:
        w, b = _ridge(X, y, penalty_of(l2, len(y)), **kw)
        val.append(np.mean((X_val @ w + b - y_val) ** 2))
        train.append(np.mean((X @ w + b - y) ** 2))
    return np.array(val), np.array(train)


def acceptable(case):
    val, train = _errors(case, lambda l2, n: n * l2)
    intercept, _ = _errors(case, lambda l2, n: n * l2, intercept_penalized=True)
    summed, _ = _errors(case, lambda l2, n: l2)
    picks = [_choice(val), _choice(train), _choice(intercept), _choice(summed)]
    if None in picks or len(set(picks)) < 4:
        return False
    best = val[picks[0]]
    return 0 < picks[0] < len(val) - 1 and min(val[0], val[-1]) >= 1.2 * best


def _any_layout(rng, A):
    """A C-ordered, a Fortran-ordered (the memory order of a transpose) or a strided view
    of the same values: code that assumes one memory layout meets the others."""
    kind = int(rng.integers(3))
    if kind == 1:
        return np.asfortranarray(A)
    if kind == 2:
        wide = np.zeros(A.shape[:-1] + (2 * A.shape[-1],))
        wide[..., ::2] = A
        return wide[..., ::2]
    return A


def ridge_data(rng):
    for _ in range(200):
        case = _draw(rng)
        if acceptable(case):
            for name in ("X_train", "X_val", "candidates"):
                case[name] = _any_layout(rng, case[name])
            return case
    raise RuntimeError("no acceptable data set in 200 draws")


def example(rng):
    """The public example: the same data on every attempt."""
    return ridge_data(np.random.default_rng(2))
