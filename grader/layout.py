"""Memory layouts of hidden inputs, shared by the case generator and the sandbox child.

Arrays cross the sandbox boundary as contiguous buffers; the layout tag lets the child
rebuild the same non-contiguous view the case generator made, so code that assumes
C order meets `x.T` and sliced views just as the exercise intends.
"""
from __future__ import annotations


def layout_of(array) -> str:
    if array.ndim < 1 or array.flags.c_contiguous:
        return "contiguous"
    if array.ndim >= 2 and array.flags.f_contiguous:
        return "transposed"
    return "strided"


def with_layout(array, layout: str):
    import numpy as np

    if layout == "transposed" and array.ndim >= 2:
        return np.ascontiguousarray(array.T).T
    if layout == "strided" and array.ndim >= 1:
        wide = np.zeros(array.shape[:-1] + (2 * array.shape[-1],), array.dtype)
        wide[..., ::2] = array
        return wide[..., ::2]
    return array
