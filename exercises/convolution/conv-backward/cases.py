"""Hidden cases of a convolution's backward pass: exact geometries, overlapping windows.

The output size is chosen first and the input size derived from it,
    H = (H' - 1) * stride + HH - 2 * pad,
so (H + 2 pad - HH) / stride is always a whole number. N, C, F, H and W are all
different, and so are HH and WW, and H' and W'. Windows overlap whenever the stride is
smaller than the kernel, which every group but the last guarantees on both axes.
"""
import numpy as np


def _layout(a, rng):
    kind = int(rng.integers(3))
    if kind == 1:                                   # Fortran order
        return np.ascontiguousarray(a.T).T
    if kind == 2:                                   # every other element of a larger array
        wide = np.zeros(a.shape[:-1] + (2 * a.shape[-1],))
        wide[..., ::2] = a
        return wide[..., ::2]
    return a


def _geometry(rng, strides, pads, kernel):
    while True:
        stride, pad = int(rng.choice(strides)), int(rng.choice(pads))
        N, C, F = (int(v) for v in rng.integers([2, 2, 2], [5, 5, 6]))
        HH, WW = (int(v) for v in rng.integers(kernel[0], kernel[1] + 1, size=2))
        Ho, Wo = (int(v) for v in rng.integers(2, 6, size=2))
        H, W = (Ho - 1) * stride + HH - 2 * pad, (Wo - 1) * stride + WW - 2 * pad
        if (len({N, C, F, H, W}) == 5 and HH != WW and Ho != Wo and min(H, W) >= 3
                and max(H, W) <= 16):
            return N, C, F, H, W, HH, WW, Ho, Wo, stride, pad


def _case(rng, strides, pads, kernel):
    N, C, F, H, W, HH, WW, Ho, Wo, stride, pad = _geometry(rng, strides, pads, kernel)
    return {
        "x": _layout(rng.normal(0.0, 1.0, (N, C, H, W)), rng),
        "w": _layout(rng.normal(0.0, 1.0, (F, C, HH, WW)), rng),
        "b": rng.normal(0.0, 1.0, F),
        "conv_param": {"stride": stride, "pad": pad},
        "dout": _layout(rng.normal(0.0, 1.0, (N, F, Ho, Wo)), rng),
    }


def stride_one(rng):
    return _case(rng, [1], [0, 1, 2], (2, 4))


def stride_two_overlapping(rng):
    return _case(rng, [2], [0, 1, 2], (3, 5))


def padded(rng):
    return _case(rng, [1, 2], [1, 2], (2, 5))


def unpadded(rng):
    return _case(rng, [1, 2], [0], (2, 5))
