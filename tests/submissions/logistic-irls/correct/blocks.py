import numpy as np


def logistic_irls(X, y, l2=0.0, num_iters=10):
    n, d = X.shape
    y = np.asarray(y, dtype=float)
    w = np.zeros(d)
    b = 0.0
    for it in range(num_iters):
        z = X @ w + b
        p = np.exp(-np.logaddexp(0.0, -z))        # sigmoid without overflow
        s = p * (1 - p)
        g_w = X.T @ (p - y) / n + 2 * l2 * w
        g_b = np.mean(p - y)
        H = np.zeros((d + 1, d + 1))
        H[:d, :d] = (X * s[:, None]).T @ X / n + 2 * l2 * np.eye(d)
        H[:d, d] = H[d, :d] = X.T @ s / n
        H[d, d] = s.mean()
        step = np.linalg.solve(H, np.append(g_w, g_b))
        w = w - step[:d]
        b = b - step[d]
    return w, float(b)
