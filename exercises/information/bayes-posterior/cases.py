"""Hidden priors and log-likelihoods for log_posterior.

The realistic cases are a model-selection story: H hypotheses, each a categorical
distribution over K symbols; N symbols are drawn from one of them, and
log_likelihoods[n, h] = ln theta_h[x_n]. With hundreds of observations every joint
probability p(h) * prod_n p(x_n | h) is far below the smallest float64 (exp(-746) is
already 0), which the underflow groups assert, so only a computation that stays in log
space survives. Ordinary groups keep every |log joint| < 300, far from underflow, so that
there a computation in linear space gives the right answer too.
"""
import numpy as np


def _view(rng, a):
    layout = ("contiguous", "transposed", "strided")[int(rng.integers(3))]
    if layout == "transposed" and a.ndim >= 2:
        return np.ascontiguousarray(a.T).T
    if layout == "strided":
        wide = np.zeros(a.shape[:-1] + (2 * a.shape[-1],))
        wide[..., ::2] = a
        return wide[..., ::2]
    return a


def _log_dirichlet(rng, size, concentration=1.0):
    g = np.maximum(rng.gamma(concentration, size=size), 1e-12)
    return np.log(g / g.sum())


def _observations(rng, h, n, k, floor=1e-9):
    """(N, H) log-likelihoods of N symbols drawn from one of H categorical models over K symbols."""
    theta = np.maximum(rng.dirichlet(np.ones(k), size=h), floor)
    theta = theta / theta.sum(axis=1, keepdims=True)
    truth = int(rng.integers(h))
    x = rng.choice(k, size=n, p=theta[truth])
    return np.log(theta[:, x].T)


def _distinct(rng, low_high_pairs):
    while True:
        values = [int(rng.integers(lo, hi + 1)) for lo, hi in low_high_pairs]
        if len(set(values)) == len(values):
            return values


def random_evidence(rng):
    h, n = _distinct(rng, [(2, 8), (9, 40)])
    return {"log_prior": _log_dirichlet(rng, h),
            "log_likelihoods": _view(rng, rng.normal(-1.0, 1.5, size=(n, h)))}


def one_observation(rng):
    h = int(rng.integers(2, 9))
    return {"log_prior": _log_dirichlet(rng, h), "log_likelihoods": rng.normal(-2.0, 2.0, size=(1, h))}


def uniform_prior(rng):
    h, n = _distinct(rng, [(3, 8), (9, 30)])
    return {"log_prior": np.full(h, -np.log(h)), "log_likelihoods": _view(rng, _observations(rng, h, n, 6, floor=1e-2))}


def _underflowing(rng, h, log_prior):
    k = int(rng.integers(10, 31))
    n = int(rng.integers(400, 701))
    ll = _observations(rng, h, n, k)
    while np.max(log_prior + ll.sum(axis=0)) > -800.0:       # every joint must be 0.0 in linear space
        ll = np.concatenate([ll, ll[: n // 2]])                 # more of the same evidence
    assert np.all(np.exp(log_prior + ll.sum(axis=0)) == 0.0)
    return ll


def underflow(rng):
    h = int(rng.integers(2, 9))
    log_prior = _log_dirichlet(rng, h)
    return {"log_prior": log_prior, "log_likelihoods": _view(rng, _underflowing(rng, h, log_prior))}


def _excluded(rng, h):
    """A log prior with -inf on a random nonempty proper subset of hypotheses."""
    log_prior = _log_dirichlet(rng, h)
    excluded = rng.random(h) < 0.4
    excluded[int(rng.integers(h))] = True
    excluded[int(rng.integers(h))] = False
    if not excluded.any():
        excluded[0 if not excluded[0] else 1] = True
    kept = ~excluded
    log_prior = log_prior - np.log(np.exp(log_prior[kept]).sum())
    log_prior[excluded] = -np.inf
    return log_prior


def no_prior_mass(rng):
    h, n = _distinct(rng, [(3, 8), (9, 40)])
    return {"log_prior": _excluded(rng, h), "log_likelihoods": _view(rng, _observations(rng, h, n, 5, floor=1e-2))}


def no_prior_mass_underflow(rng):
    h = int(rng.integers(3, 9))
    log_prior = _excluded(rng, h)
    return {"log_prior": log_prior, "log_likelihoods": _view(rng, _underflowing(rng, h, log_prior))}
