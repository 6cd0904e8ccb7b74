import numpy as np


def apply_rope(x, offset=0, base=10000.0):
    """Rotary position embedding of x (N, T, D), D even; returns a new (N, T, D) array.

    Pair i = (x[..., 2i], x[..., 2i+1]) at absolute position p = offset + t is rotated by the
    angle p·θ_i, θ_i = base ** (−2i / D):
        out[2i]   = x[2i]·cos(pθ_i) − x[2i+1]·sin(pθ_i)
        out[2i+1] = x[2i]·sin(pθ_i) + x[2i+1]·cos(pθ_i)
    Do not modify x.
    """
    raise NotImplementedError("apply_rope")
