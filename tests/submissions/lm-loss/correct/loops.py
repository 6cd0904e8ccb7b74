import math
import numpy as np


def lm_loss(logits, tokens, mask=None):
    N, T, V = logits.shape
    total = 0.0
    count = 0
    grad = np.zeros((N, T, V))
    for n in range(N):
        for t in range(T - 1):
            if mask is not None and not mask[n, t + 1]:
                continue
            row = logits[n, t]
            m = row.max()
            lse = m + math.log(np.exp(row - m).sum())
            target = tokens[n, t + 1]
            total += lse - row[target]
            p = np.exp(row - lse)
            p[target] -= 1.0
            grad[n, t] = p
            count += 1
    return total / count, grad / count


def bits_per_byte(loss, bytes_per_token):
    return loss / math.log(2) / bytes_per_token
