# kind: harmless
# expect: sum-not-mean
# why: a per-example loop with a correct stable LSE - logit, but the total is returned without dividing by N
import numpy as np


def cross_entropy(logits, y):
    total = 0.0
    for n in range(logits.shape[0]):
        row = logits[n]
        m = row.max()
        lse = m + np.log(np.sum(np.exp(row - m)))
        total += lse - row[y[n]]
    return float(total)
