import numpy as np


def _nll_and_derivatives(logits, labels, beta):
    """nll at inverse temperature beta, with dnll/dbeta and d2nll/dbeta2 (both exact)."""
    z = np.asarray(logits, dtype=np.float64)
    rows = np.arange(z.shape[0])
    scaled = z * beta
    shifted = scaled - scaled.max(axis=1, keepdims=True)        # max-shift: exponents <= 0
    log_norm = np.log(np.exp(shifted).sum(axis=1))
    log_p = shifted - log_norm[:, None]
    p = np.exp(log_p)
    nll = -np.mean(log_p[rows, labels])
    expected_z = (p * z).sum(axis=1)                             # E_p[z_i]
    dnll_dbeta = np.mean(expected_z - z[rows, labels])
    variance = (p * (z - expected_z[:, None]) ** 2).sum(axis=1)  # Var_p[z_i] >= 0: convex in beta
    return float(nll), float(dnll_dbeta), float(np.mean(variance))


def temperature_nll(logits, labels, T):
    beta = 1.0 / T                                   # softmax(logits / T) = softmax(beta * logits)
    nll, dnll_dbeta, _ = _nll_and_derivatives(logits, labels, beta)
    return nll, dnll_dbeta


def fit_temperature(logits, labels, tol=1e-12, max_iter=100):
    """Newton's method on beta = 1/T, kept inside a bracket lo < beta < hi where the slope
    changes sign: a Newton step that leaves the bracket is replaced by bisection."""
    lo, hi = 0.0, 1.0
    for _ in range(64):                              # beta* <= 100: a few doublings reach it
        if _nll_and_derivatives(logits, labels, hi)[1] >= 0:
            break                                    # slope >= 0: the optimum is below hi
        lo, hi = hi, 2.0 * hi
    beta = 0.5 * (lo + hi)
    for _ in range(max_iter):
        _, slope, curvature = _nll_and_derivatives(logits, labels, beta)
        if abs(beta * slope) <= tol:                 # |T dnll/dT| = |beta dnll/dbeta|
            break
        if slope < 0:
            lo = beta
        else:
            hi = beta
        step = beta - slope / curvature if curvature > 0 else -1.0
        beta = step if lo < step < hi else 0.5 * (lo + hi)
    return float(1.0 / beta)
