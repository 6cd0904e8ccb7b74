import numpy as np


def kl_divergence(p, q, axis=-1):
    """KL(p || q) = sum_i p_i ln(p_i / q_i) along `axis`, in nats.

    p and q have the same shape and are used as given (not renormalized). Terms with
    p_i = 0 contribute 0 (whatever q_i is); the result is +inf where some p_i > 0 has
    q_i = 0. No NumPy warning in either case. The result has p's shape with `axis` removed
    (a single number for 1-D inputs); p and q are left unchanged.
    """
    raise NotImplementedError("kl_divergence: sum p ln(p / q) along axis, minding the zeros")
