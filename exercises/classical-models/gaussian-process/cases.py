"""Hidden cases of GP regression. N <= 50 and noise_variance >= 0.01 signal_variance, so
K's condition number stays below about 1 + 50/0.01 = 5001 and every correct route (triangular
solves, a solve with K, hand-written substitution) agrees far inside the tolerances. The
targets are offset from 0 (the prior mean is 0 and y is not centered), the lengthscale is
never 1 (ℓ and ℓ² differ), and test points include far ones (variance back to the prior)
and ones on top of training points (variance near 0). Layouts are set per group.
"""
import numpy as np


def _fortran(a):
    return np.asfortranarray(a)


def _strided(a):
    wide = np.zeros(a.shape[:-1] + (2 * a.shape[-1],), a.dtype)
    wide[..., ::2] = a
    return wide[..., ::2]


def _lengthscale(rng):
    """Below or above 1, never near it."""
    return float(rng.uniform(0.3, 0.8)) if rng.random() < 0.5 else float(rng.uniform(1.3, 2.5))


def _targets(rng, X):
    w = rng.normal(size=X.shape[1])
    return np.sin(1.5 * X @ w) + float(rng.uniform(0.5, 2.0)) + 0.1 * rng.normal(size=X.shape[0])


def _case(rng, X_train, X_test, noise_ratio=None):
    sv = float(rng.uniform(0.5, 2.0))
    ratio = float(rng.uniform(0.01, 0.3)) if noise_ratio is None else noise_ratio
    return {"X_train": X_train, "y_train": _targets(rng, X_train), "X_test": X_test,
            "lengthscale": _lengthscale(rng), "signal_variance": sv, "noise_variance": ratio * sv}


def one_dimension(rng):
    """A 1-D curve; the test points span the data, go past it, and repeat two training inputs."""
    N, M = int(rng.integers(8, 21)), int(rng.integers(5, 11))
    X_train = np.sort(rng.uniform(-3.0, 3.0, size=(N, 1)), axis=0)
    X_test = np.concatenate([rng.uniform(-4.0, 4.0, size=(M - 3, 1)), X_train[[0, N // 2]], [[9.0]]])
    case = _case(rng, _fortran(X_train), _strided(X_test))
    case["y_train"] = _strided(case["y_train"])
    return case


def several_dimensions(rng):
    N, M, d = int(rng.integers(15, 41)), int(rng.integers(4, 9)), int(rng.integers(2, 4))
    X_train = rng.normal(size=(N, d))
    X_test = np.concatenate([rng.normal(size=(M - 1, d)), X_train[:1] + 0.01])
    return _case(rng, _strided(X_train), _fortran(X_test))


def low_noise_many_points(rng):
    """N up to 50 and noise at the bound 0.01 signal_variance: the worst conditioning allowed."""
    N, M, d = int(rng.integers(35, 51)), int(rng.integers(3, 7)), 2
    X_train = rng.uniform(-2.0, 2.0, size=(N, d))
    return _case(rng, _fortran(X_train), rng.uniform(-2.5, 2.5, size=(M, d)), noise_ratio=0.01)


def one_test_point(rng):
    N, d = int(rng.integers(6, 15)), int(rng.integers(1, 3))
    X_train = rng.normal(size=(N, d))
    return _case(rng, X_train, _strided(rng.normal(size=(1, d))))


def one_training_point(rng):
    M, d = int(rng.integers(3, 7)), int(rng.integers(1, 3))
    return _case(rng, rng.normal(size=(1, d)), _fortran(rng.normal(size=(M, d))))
