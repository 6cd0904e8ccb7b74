# WRONG: min-max scales the scores first: rounding merges scores one ulp apart into ties (a tie is exact equality of the given scores).
import numpy as np
def average_precision(scores, labels):
    s = np.asarray(scores, float); y = np.asarray(labels).astype(np.float64)
    if s.max() > s.min(): s = (s - s.min()) / (s.max() - s.min())
    o = np.argsort(-s, kind="stable"); ss = s[o]; yy = y[o]
    last = np.r_[np.flatnonzero(ss[1:] != ss[:-1]), ss.size - 1]
    tp = np.cumsum(yy)[last]; npred = last + 1.0
    R = tp / tp[-1]
    return float(np.sum(np.diff(np.r_[0.0, R]) * tp / npred))
