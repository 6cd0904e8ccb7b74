# Accumulates in float64 under its other name, np.double: the text check knows "float64",
# not its aliases, so the run-time guard refuses the object whatever it is called.
# expect: float64 is not allowed in this exercise (reached as numpy.double)
import numpy as np


def compensated_sum(x):
    s = np.double(0.0)
    for v in x:
        s += v
    return np.float32(s)
