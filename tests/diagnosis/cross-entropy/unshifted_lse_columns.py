# kind: combined
# expect: no-max-shift, indexes-whole-columns
# why: the LSE is the literal log(sum(exp)) with no max factored out, and logits[:, y] picks every label's column for every row (an (N, N) array) instead of pairing row n with y[n]
import numpy as np


def cross_entropy(logits, y):
    lse = np.log(np.sum(np.exp(logits), axis=1, keepdims=True))   # (N, 1)
    true_scores = logits[:, y]
    losses = lse - true_scores
    return float(np.mean(losses))
