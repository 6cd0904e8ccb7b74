import numpy as np


def _softmax_rows(s):
    s = s - s.max(axis=1, keepdims=True)
    e = np.exp(s)
    return e / e.sum(axis=1, keepdims=True), s - np.log(e.sum(axis=1, keepdims=True))


def temperature_nll(logits, labels, T):
    p, logp = _softmax_rows(logits / T)
    i = np.arange(logits.shape[0])
    nll = -np.mean(logp[i, labels])
    dnll = np.mean(np.sum(p * logits, axis=1) - logits[i, labels])   # d/d(1/T)
    return float(nll), float(dnll)


def fit_temperature(logits, labels, tol=1e-12, max_iter=100):
    # golden-section search on log T, then it is only the derivative output that is off
    a, b = np.log(0.005), np.log(2e4)
    f = lambda u: temperature_nll(logits, labels, np.exp(u))[0]
    g = (np.sqrt(5) - 1) / 2
    c, d = b - g * (b - a), a + g * (b - a)
    for _ in range(200):
        if f(c) < f(d):
            b = d
        else:
            a = c
        c, d = b - g * (b - a), a + g * (b - a)
    T = np.exp((a + b) / 2)
    # polish with Newton steps in beta using finite-free exact slope
    beta = 1.0 / T
    for _ in range(20):
        p, _ = _softmax_rows(logits * beta)
        i = np.arange(logits.shape[0])
        ez = np.sum(p * logits, axis=1)
        slope = np.mean(ez - logits[i, labels])
        curv = np.mean(np.sum(p * (logits - ez[:, None]) ** 2, axis=1))
        if abs(beta * slope) <= tol or curv <= 0:
            break
        beta -= slope / curv
    return float(1.0 / beta)
