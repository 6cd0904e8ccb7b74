import numpy as np


def temperature_nll(logits, labels, T):
    s = logits * T
    s = s - s.max(axis=1, keepdims=True)
    logp = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    p = np.exp(logp)
    r = np.arange(len(labels))
    nll = -logp[r, labels].mean()
    grad = np.mean((p * logits).sum(axis=1) - logits[r, labels])
    return float(nll), float(grad)


def fit_temperature(logits, labels, tol=1e-12, max_iter=100):
    lo, hi = 0.0, 1.0
    while temperature_nll(logits, labels, hi)[1] < 0:
        hi *= 2
    for _ in range(300):
        mid = (lo + hi) / 2
        g = temperature_nll(logits, labels, mid)[1]
        if abs(mid * g) <= tol:
            return mid
        if g < 0:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2
