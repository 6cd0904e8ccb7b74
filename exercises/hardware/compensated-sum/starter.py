import numpy as np


def compensated_sum(x):
    """Kahan (compensated) sum of a float32 vector x of shape (n,), in index order.

    Carry the running sum and the compensation as np.float32 and return the sum as an
    np.float32 scalar. Do not modify x.
    """
    raise NotImplementedError("compensated_sum: the Kahan recurrence, in float32")
