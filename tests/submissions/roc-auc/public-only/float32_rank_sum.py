# WRONG: rank sum accumulated in float32: above 2**23 a half-integer rank sum cannot be held (loses the tie halves at N = 5000).
import numpy as np
def roc_auc(scores, labels):
    lab = np.asarray(labels).astype(bool); s = np.asarray(scores, float)
    u, inv, cnt = np.unique(s, return_inverse=True, return_counts=True)
    r = (np.cumsum(cnt) - cnt)[inv] + (cnt[inv] + 1) / 2.0
    r = r.astype(np.float32)
    P = lab.sum(); Q = lab.size - P
    return float((np.sum(r[lab], dtype=np.float32) - P * (P + 1) / 2) / (P * Q))
