import numpy as np


def fit_linear_regression(X, y, l2=0.0):
    N, D = X.shape
    mean_x = [sum(X[n, j] for n in range(N)) / N for j in range(D)]
    mean_y = sum(y) / N
    C = np.zeros((D, D))
    c = np.zeros(D)
    for n in range(N):
        dx = np.array([X[n, j] - mean_x[j] for j in range(D)])
        C += np.outer(dx, dx) / N
        c += dx * (y[n] - mean_y) / N
    for j in range(D):
        C[j, j] += l2
    w = np.linalg.solve(C, c)
    b = mean_y - sum(mean_x[j] * w[j] for j in range(D))
    return w, float(b)
