# WRONG: normalizes scores to [0,1] first ((s-min)/(max-min)): rounding merges near-equal scores; not transform-invariant.
import numpy as np
def roc_auc(scores, labels):
    lab = np.asarray(labels).astype(bool); s = np.asarray(scores, float)
    if s.max() == s.min(): return 0.5
    s = (s - s.min()) / (s.max() - s.min())
    u, inv, cnt = np.unique(s, return_inverse=True, return_counts=True)
    r = (np.cumsum(cnt) - cnt)[inv] + (cnt[inv] + 1) / 2.0
    P = lab.sum(); Q = lab.size - P
    return float((r[lab].sum() - P * (P + 1) / 2) / (P * Q))
