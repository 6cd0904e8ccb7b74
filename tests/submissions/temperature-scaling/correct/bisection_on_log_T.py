import numpy as np


def temperature_nll(logits, labels, T):
    z = np.asarray(logits, dtype=float)
    n = z.shape[0]
    scaled = z / T
    m = np.max(scaled, axis=1, keepdims=True)
    e = np.exp(scaled - m)
    total = e.sum(axis=1)
    log_probs = scaled - m - np.log(total)[:, None]
    probs = e / total[:, None]
    true = z[np.arange(n), labels]
    nll = -log_probs[np.arange(n), labels].mean()
    deriv = (true - (probs * z).sum(axis=1)).mean() / T ** 2
    return float(nll), float(deriv)


def fit_temperature(logits, labels, tol=1e-12, max_iter=100):
    # dnll/dT changes sign once (nll is convex in 1/T): bisect on log T, then polish with secant
    lo, hi = np.log(1e-3), np.log(1e5)
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        T = np.exp(mid)
        g = temperature_nll(logits, labels, T)[1]
        if abs(T * g) <= tol:
            break
        if g < 0:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-15:
            break
    return float(np.exp(0.5 * (lo + hi)))
