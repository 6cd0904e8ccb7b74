import math
import numpy as np


def importance_sampling(f_values, log_p, log_q):
    n = len(log_p)
    logw = [log_p[i] - log_q[i] for i in range(n)]
    biggest = max(logw)
    w = [math.exp(v - biggest) if v != -math.inf else 0.0 for v in logw]
    total = sum(w)
    wbar = np.array([v / total for v in w])
    f = np.asarray(f_values, dtype=float)
    est = wbar @ f
    ess = 1.0 / sum(v * v for v in wbar)
    return (float(est) if f.ndim == 1 else est), ess
