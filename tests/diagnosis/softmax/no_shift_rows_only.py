# kind: combined
# expect: no-max-shift, wrong-axis
# why: no max subtraction before exp, and the normalizing sum always runs over the last axis, whatever axis is given
import numpy as np


def softmax(x, axis=-1):
    # exp of every score, then normalize each row
    exps = np.exp(x)
    row_sums = exps.sum(-1, keepdims=True)
    return exps / row_sums
