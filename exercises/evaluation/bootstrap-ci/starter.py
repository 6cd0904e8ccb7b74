import numpy as np


def bootstrap_ci(x, B, alpha, rng):
    """Percentile bootstrap confidence interval for the mean of x.

    x: float array (n,), n >= 2.  B: the number of resamples (>= 1).  alpha: in (0, 1); the
    interval has level 1 - alpha.  rng: a np.random.Generator; the only draw is
    idx = rng.integers(0, n, size=(B, n)), row b indexing resample b.
    Returns (lo, hi), two floats: the 100*alpha/2 and 100*(1 - alpha/2) percentiles of the
    B resample means (np.percentile, default 'linear' method).
    """
    raise NotImplementedError("bootstrap_ci: resample with replacement, take the means, then percentiles")
