# Mistake: warns-on-zeros. The reference, with the zeros skipped by np.where after the fact: the right
# values, but ln p is evaluated everywhere, zeros included (a divide-by-zero warning).
import numpy as np


def entropy(p, axis=-1):
    log_p = np.log(p)                               # the mistake: log(0) is computed
    return -np.sum(np.where(p > 0, p * log_p, 0.0), axis=axis)
