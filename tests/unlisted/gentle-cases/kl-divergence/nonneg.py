# expect: got 0, expected -
# clamps KL at 0 ("KL is never negative") -- but with p, q used as given (not normalized) the value may be negative, and the clamp hides it (p=[0.1,0.2,0.2], q=[0.2,0.3,0.5] gives 0 instead of -0.3337)
import numpy as np
def kl_divergence(p, q, axis=-1):
    ok = (p > 0) & (q > 0)
    lp = np.log(p, out=np.zeros(p.shape), where=ok)
    lq = np.log(q, out=np.zeros(q.shape), where=ok)
    out = np.maximum(np.sum(p * (lp - lq), axis=axis), 0.0)
    return np.where(np.any((p > 0) & (q == 0), axis=axis), np.inf, out)
