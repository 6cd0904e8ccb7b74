# kind: combined
# expect: no-max-shift, wrong-axis
# why: exponentiates the raw logits (overflows past 709) and divides by the sum of the whole array instead of the sum along axis
import numpy as np


def softmax(x, axis=-1):
    e = np.exp(x)
    total = np.sum(e)
    return e / total
