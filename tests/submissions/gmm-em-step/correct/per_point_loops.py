import math

import numpy as np


def em_step(X, weights, means, variances):
    K = len(weights)
    N = len(X)
    resp = []
    total = 0.0
    for x in X:
        logs = [math.log(weights[k]) - 0.5 * math.log(2 * math.pi * variances[k])
                - (x - means[k]) ** 2 / (2 * variances[k]) for k in range(K)]
        top = max(logs)
        lse = top + math.log(sum(math.exp(l - top) for l in logs))
        total += lse
        resp.append([math.exp(l - lse) for l in logs])
    new_w, new_mu, new_var = np.zeros(K), np.zeros(K), np.zeros(K)
    for k in range(K):
        nk = sum(resp[n][k] for n in range(N))
        mu = sum(resp[n][k] * X[n] for n in range(N)) / nk
        new_var[k] = sum(resp[n][k] * (X[n] - mu) ** 2 for n in range(N)) / nk
        new_w[k], new_mu[k] = nk / N, mu
    return new_w, new_mu, new_var, total
