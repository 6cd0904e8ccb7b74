# expect: weights above 1
# "safe logs" log(clip(p, 1e-12, 1)) - log(clip(q, 1e-12, 1)) with inf only when q == 0 and p > 0; entries > 1 (unnormalized weights) are capped at 1 ; entries below 1e-12 are floored too (p=[2,3], q=[1.5,4] gives 0 instead of -0.2877; p=[1e-12,1], q=[1e-15,1] gives 0 instead of 6.9e-12)
import numpy as np
def kl_divergence(p, q, axis=-1):
    lp = np.log(np.clip(p, 1e-12, 1.0)); lq = np.log(np.clip(q, 1e-12, 1.0))
    out = np.sum(p * (lp - lq), axis=axis)
    return np.where(np.any((p > 0) & (q == 0), axis=axis), np.inf, out)
