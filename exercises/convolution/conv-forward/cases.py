"""Hidden cases of a convolution: geometries where the output size divides exactly.

The output size is chosen first and the input size derived from it,
    H = (H' - 1) * stride + HH - 2 * pad,
so (H + 2 pad - HH) / stride is always a whole number. N, C, F, H and W are all
different, and so are HH and WW, and H' and W': a swapped axis can never have the right
shape by accident. x and w come in any memory layout (C order, Fortran order, or a
strided view), as real activations and weights do after transposes and slicing.
"""
import numpy as np


def _layout(a, rng):
    kind = int(rng.integers(3))
    if kind == 1:                                   # Fortran order, like x.T.T after a copy
        return np.ascontiguousarray(a.T).T
    if kind == 2:                                   # every other element of a larger array
        wide = np.zeros(a.shape[:-1] + (2 * a.shape[-1],))
        wide[..., ::2] = a
        return wide[..., ::2]
    return a


def _geometry(rng, strides, pads, kernel=(2, 4), out=(2, 5)):
    while True:
        stride, pad = int(rng.choice(strides)), int(rng.choice(pads))
        N, C, F = (int(v) for v in rng.integers([2, 2, 2], [5, 5, 6]))
        HH, WW = (int(v) for v in rng.integers(kernel[0], kernel[1] + 1, size=2))
        Ho, Wo = (int(v) for v in rng.integers(out[0], out[1] + 1, size=2))
        H, W = (Ho - 1) * stride + HH - 2 * pad, (Wo - 1) * stride + WW - 2 * pad
        if (len({N, C, F, H, W}) == 5 and HH != WW and Ho != Wo and min(H, W) >= 3
                and max(H, W) <= 16):
            return N, C, F, H, W, HH, WW, stride, pad


def _case(rng, strides, pads, **sizes):
    N, C, F, H, W, HH, WW, stride, pad = _geometry(rng, strides, pads, **sizes)
    return {
        "x": _layout(rng.normal(0.0, 1.0, (N, C, H, W)), rng),
        "w": _layout(rng.normal(0.0, 1.0, (F, C, HH, WW)), rng),
        "b": rng.normal(0.0, 1.0, F),
        "conv_param": {"stride": stride, "pad": pad},
    }


def stride_one_no_padding(rng):
    return _case(rng, [1], [0])


def padded_stride_one(rng):
    return _case(rng, [1], [1, 2])


def padded_stride_two(rng):
    return _case(rng, [2], [1, 2], kernel=(2, 5))


def stride_three(rng):
    return _case(rng, [3], [0, 1], kernel=(2, 5))
