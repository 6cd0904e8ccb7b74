"""Hidden samples for importance sampling: a real proposal/target pair (x ~ q = N(0, 2²),
p an unnormalized Gaussian, so the plain mean of w·f is off by p's constant), -inf target
densities (a truncated target), and log weights of magnitude 1e4."""
import numpy as np


def _gaussian_pair(rng, n):
    x = rng.normal(0.0, 2.0, size=n)
    log_q = -0.5 * (x / 2.0) ** 2 - np.log(2.0 * np.sqrt(2 * np.pi))
    mu = rng.uniform(-1.0, 1.0)
    log_p = -0.5 * (x - mu) ** 2 + rng.uniform(-20.0, 20.0)          # an unknown constant
    return x, log_p, log_q


def scalar_f(rng):
    n = int(rng.integers(20, 200))
    x, log_p, log_q = _gaussian_pair(rng, n)
    return {"f_values": x ** 2, "log_p": log_p, "log_q": log_q}


def vector_f(rng):
    n = int(rng.integers(20, 200))
    x, log_p, log_q = _gaussian_pair(rng, n)
    f = np.stack([x, x ** 2, np.cos(x)], axis=1)[:, : int(rng.integers(2, 4))]
    return {"f_values": f, "log_p": log_p, "log_q": log_q}


def truncated_target(rng):
    """p is 0 (log p = -inf) where x < 0: those samples get weight exactly 0."""
    n = int(rng.integers(20, 120))
    x, log_p, log_q = _gaussian_pair(rng, n)
    x[0], x[1] = -abs(x[0]) - 0.1, abs(x[1]) + 0.1               # both sides, every case
    log_q = -0.5 * (x / 2.0) ** 2 - np.log(2.0 * np.sqrt(2 * np.pi))
    log_p = np.where(x >= 0, -0.5 * (x - 0.5) ** 2, -np.inf)
    m = int(rng.integers(1, 4))
    f = np.stack([x, x ** 2, np.abs(x) ** 0.5][:m], axis=1) if rng.random() < 0.5 else x
    return {"f_values": f, "log_p": log_p, "log_q": log_q}


def huge_log_weights(rng):
    """log p of magnitude up to 1e4, some -inf: e^{1e4} overflows, e^{-1e4} underflows to 0."""
    n = int(rng.integers(10, 60))
    log_p = rng.uniform(-1e4, 1e4, size=n)
    log_p[: 3] = [1e4, 1e4 - 0.5, -1e4]                          # a few weights that matter
    log_p[rng.permutation(n)[:n // 3]] = rng.choice([-np.inf, 9999.0])
    log_p[0] = 1e4
    log_q = rng.normal(0.0, 1.0, size=n)
    m = int(rng.integers(0, 4))
    f = rng.normal(0.0, 2.0, size=(n, m)) if m else rng.normal(0.0, 2.0, size=n)
    return {"f_values": f, "log_p": log_p, "log_q": log_q}


def equal_weights(rng):
    """p = q up to a constant: every weight equal, ess = n, the estimate the plain mean."""
    n = int(rng.integers(5, 40))
    log_q = rng.normal(0.0, 1.0, size=n)
    return {"f_values": rng.normal(0.0, 1.0, size=(n, 2)), "log_p": log_q + 3.0, "log_q": log_q}


def huge_log_densities(rng):
    """log p and log q each spread over 1e4 (densities in many dimensions: both tiny in the
    tails), but log w = log p - log q moderate. Only the difference may be exponentiated:
    exp(log p) / exp(log q), or each shifted by its own maximum, gives 0/0 for most samples."""
    n = int(rng.integers(10, 60))
    log_q = rng.uniform(-1e4, 0.0, size=n)
    log_q[rng.permutation(n)[:2]] = [0.0, -1e4]                   # the full spread, every case
    log_p = log_q + rng.normal(0.0, 1.5, size=n) + rng.uniform(-50.0, 50.0)
    m = int(rng.integers(0, 4))
    f = rng.normal(0.0, 2.0, size=(n, m)) if m else rng.normal(0.0, 2.0, size=n)
    return {"f_values": f, "log_p": log_p, "log_q": log_q}
