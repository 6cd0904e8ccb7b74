"""Hidden cases of max pooling: exact geometries, no ties, overlapping windows.

The output size is chosen first and the input size derived from it,
H = (H' - 1) * stride + pool_height, so (H - pool_height) / stride is a whole number.
N, C, H and W are all different, and so are H' and W'.

No ties: x is a random permutation of evenly spaced values in [-3, 3], so every two
entries differ by at least 6 / x.size (over 1e-3 here). Each window then has exactly one
maximum, the gradient is defined, and the finite differences of the gradient check
(steps of 1e-5) never change which entry is the maximum.
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


def _case(rng, stride, pools):
    while True:
        N, C = (int(v) for v in rng.integers(2, 5, size=2))
        ph, pw = (int(v) for v in rng.choice(pools, size=2))
        Ho, Wo = (int(v) for v in rng.integers(2, 7, size=2))
        H, W = (Ho - 1) * stride + ph, (Wo - 1) * stride + pw
        if len({N, C, H, W}) == 4 and Ho != Wo and (ph != pw or len(set(pools)) == 1):
            break
    size = N * C * H * W
    x = (rng.permutation(size).reshape(N, C, H, W) - (size - 1) / 2) * (6.0 / size)
    return {
        "x": _layout(x, rng),
        "pool_param": {"pool_height": ph, "pool_width": pw, "stride": stride},
        "dout": _layout(rng.normal(0.0, 1.0, (N, C, Ho, Wo)), rng),
    }


def two_by_two_stride_two(rng):
    return _case(rng, 2, [2])


def overlapping_stride_one(rng):
    return _case(rng, 1, [2, 3, 4])


def overlapping_stride_two(rng):
    return _case(rng, 2, [3, 4])


def gaps_between_windows(rng):
    return _case(rng, 3, [2, 3])


def far_below_zero(rng):
    """Every entry between −1e6 − 3 and −1e6 + 3, overlapping windows: a running maximum
    started at a "small enough" number (−100, −1e4, even −1e6 + 3) is larger than every
    entry of every window. The spacing between entries (over 1e-3) still dwarfs float64's
    resolution at 1e6 (about 1e-10), so there are still no ties."""
    case = _case(rng, int(rng.integers(1, 3)), [2, 3])
    case["x"] = case["x"] - 1e6
    return case


def far_above_zero(rng):
    """Every entry near +1e6: a maximum that starts at 0, or an output array filled with
    a sentinel, must still be overwritten by every window."""
    case = _case(rng, 2, [2])
    case["x"] = case["x"] + 1e6
    return case


def one_image_one_channel(rng):
    """N = C = 1: a loop that mixes up the batch and channel axes indexes out of range
    nowhere else, so it must still give every window its own maximum."""
    Ho, Wo = (int(v) for v in rng.choice(np.arange(2, 6), size=2, replace=False))
    ph, pw, stride = 2, 3, 2
    H, W = (Ho - 1) * stride + ph, (Wo - 1) * stride + pw
    size = H * W
    x = (rng.permutation(size).reshape(1, 1, H, W) - (size - 1) / 2) * (6.0 / size)
    return {"x": x, "pool_param": {"pool_height": ph, "pool_width": pw, "stride": stride},
            "dout": rng.normal(0.0, 1.0, (1, 1, Ho, Wo))}
