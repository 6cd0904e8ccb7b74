import numpy as np


def compensated_sum(x):
    # keep the LOST part (positive convention) and add it back to the next term
    total = np.float32(0.0)
    lost = np.float32(0.0)
    for value in x:
        corrected = value + lost
        new_total = total + corrected
        lost = corrected - (new_total - total)
        total = new_total
    return total
