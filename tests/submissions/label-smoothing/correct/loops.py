import math
import numpy as np


def label_smoothing_loss(logits, y, epsilon=0.1):
    N, V = logits.shape
    total = 0.0
    grad = np.empty((N, V))
    for n in range(N):
        row = logits[n]
        m = max(row)
        lse = m + math.log(sum(math.exp(v - m) for v in row))
        for v in range(V):
            target = epsilon / V + (1 - epsilon if v == y[n] else 0.0)
            logp = row[v] - lse
            total -= target * logp
            grad[n, v] = (math.exp(logp) - target) / N
    return total / N, grad
