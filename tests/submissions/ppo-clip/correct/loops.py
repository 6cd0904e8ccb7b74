import math
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, mask=None, clip_eps=0.2):
    N, T = logp_new.shape
    keep = [[True] * T for _ in range(N)] if mask is None else mask
    n_counted = sum(1 for i in range(N) for t in range(T) if keep[i][t])
    total = 0.0
    grad = np.zeros((N, T))
    for i in range(N):
        for t in range(T):
            if not keep[i][t]:
                continue
            r = math.exp(logp_new[i, t] - logp_old[i, t])
            a = advantages[i, t]
            r_clipped = min(max(r, 1 - clip_eps), 1 + clip_eps)
            plain, clipped = r * a, r_clipped * a
            if clipped < plain:
                total += clipped          # the clipped branch: a constant
            else:
                total += plain
                grad[i, t] = -plain / n_counted
    return -total / n_counted, grad
