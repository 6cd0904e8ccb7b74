import numpy as np


def entropy(p, axis=-1):
    """Shannon entropy, in nats, of the distribution(s) p along `axis`.

    H = -sum_i p_i ln p_i over `axis`, of p exactly as given (not renormalized); terms with
    p_i = 0 contribute 0, without any NumPy warning. The result has p's shape with `axis`
    removed (a single number for a 1-D p). p is left unchanged.
    """
    raise NotImplementedError("entropy: sum -p ln p along axis, with 0 ln 0 taken as 0")
