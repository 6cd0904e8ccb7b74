import numpy as np


def _sq_err(vals):
    m = sum(vals) / len(vals)
    return sum((v - m) ** 2 for v in vals)


def boosting_step(X, y, pred, learning_rate):
    res = [float(a - b) for a, b in zip(y, pred)]
    n, d = X.shape
    total = _sq_err(res)
    found = []
    for f in range(d):
        uniq = sorted(set(X[:, f].tolist()))
        for i in range(len(uniq) - 1):
            thr = (uniq[i] + uniq[i + 1]) / 2
            L = [res[k] for k in range(n) if X[k, f] <= thr]
            R = [res[k] for k in range(n) if X[k, f] > thr]
            found.append((_sq_err(L) + _sq_err(R), f, thr))
    smallest = min(s for s, _, _ in found)
    for s, f, thr in found:
        if s <= smallest + 1e-9 * total + 1e-12:
            break
    L = [res[k] for k in range(n) if X[k, f] <= thr]
    R = [res[k] for k in range(n) if X[k, f] > thr]
    lv, rv = sum(L) / len(L), sum(R) / len(R)
    step = np.array([lv if X[k, f] <= thr else rv for k in range(n)])
    return (f, thr, lv, rv), pred + learning_rate * step
