import numpy as np


def average_precision(scores, labels):
    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels) == 1
    thr = np.unique(s)[::-1]
    prec = [1.0]
    rec = [0.0]
    for t in thr:
        pred = s >= t
        tp = np.sum(pred & y)
        prec.append(tp / np.sum(pred))
        rec.append(tp / np.sum(y))
    area = 0.0
    for k in range(1, len(rec)):
        area += (rec[k] - rec[k - 1]) * (prec[k] + prec[k - 1]) / 2
    return area
