# A learner memoizes q_sample by (x0.shape, tuple(t)): stale for new x0 and eps of that shape at the same timesteps.
# expect: returned exactly what it returned for the call before
import numpy as np
_M = {}
def linear_beta_schedule(T, beta_start=1e-4, beta_end=0.02):
    b = np.linspace(beta_start, beta_end, T); return b, np.cumprod(1 - b)
def q_sample(x0, t, eps, alpha_bars):
    k = (x0.shape, tuple(np.ravel(t)))
    if k not in _M:
        ab = alpha_bars[t - 1].reshape((-1,) + (1,) * (x0.ndim - 1))
        _M[k] = np.sqrt(ab) * x0 + np.sqrt(1 - ab) * eps
    return _M[k].copy()
