import numpy as np


def _stats(z, y, beta):
    s = beta * z
    s = s - s.max(axis=1, keepdims=True)
    lse = np.log(np.sum(np.exp(s), axis=1))
    p = np.exp(s - lse[:, None])
    idx = np.arange(len(y))
    nll = np.mean(lse - s[idx, y])
    ez = np.sum(p * z, axis=1)
    g = np.mean(ez - z[idx, y])                       # d nll / d beta
    h = np.mean(np.sum(p * (z - ez[:, None]) ** 2, axis=1))
    return nll, g, h


def temperature_nll(logits, labels, T):
    nll, g, _ = _stats(logits, labels, 1.0 / T)
    return float(nll), float(-g / T ** 2)


def fit_temperature(logits, labels, tol=1e-12, max_iter=100):
    lo, hi = 0.0, 1.0
    while _stats(logits, labels, hi)[1] < 0:
        hi *= 2
    b = hi / 2
    for _ in range(max_iter):
        _, g, h = _stats(logits, labels, b)
        if abs(b * g) <= tol:
            break
        if g > 0:
            hi = b
        else:
            lo = b
        nb = b - g / h if h > 0 else lo - 1
        b = nb if lo < nb < hi else (lo + hi) / 2
    return 1.0 / b
