"""Gradients and overflow patterns for the loss scaler.

Gradients come as a list like a small network's parameters, W1 (D, H), b1 (H,), W2 (H, C)
and b2 (C,), every size different. A float16 gradient of a scaled loss is simulated as
(true gradient · scale) rounded to float16, which overflows to ±inf beyond 65504.

Scales are powers of two, as a loss scaler keeps them (2^16 at the start, then only ever
multiplied by 2 or 0.5): dividing by them in float32 is exact, and dividing in float16 is
exact too EXCEPT where the result falls below float16's smallest normal number, 6.1e-5.
The "tiny gradients" groups put most values there, which is exactly where real
gradients live and why losses are scaled in the first place.
"""
import numpy as np

F16_MAX = 65504.0


def _shapes(rng):
    d, h, c = (int(v) for v in rng.choice(np.arange(2, 12), size=3, replace=False))
    return [(d, h), (h,), (h, c), (c,)]


def _true_grads(rng, std):
    return [rng.normal(0.0, std, size=s).astype(np.float32) for s in _shapes(rng)]


def _to_f16(grads, scale):
    with np.errstate(over="ignore"):
        return [(g * np.float32(scale)).astype(np.float16) for g in grads]


def _largest(grads):
    return max(float(np.max(np.abs(g))) for g in grads)


def healthy(rng):
    grads = _true_grads(rng, 10.0 ** rng.uniform(-3, -1))
    k = int(rng.integers(8, 17))
    k = min(k, int(np.floor(np.log2(0.9 * F16_MAX / _largest(grads)))))
    scale = 2.0 ** k
    return {"grads": _to_f16(grads, scale), "scale": scale}


def tiny(rng):
    grads = _true_grads(rng, 10.0 ** rng.uniform(-7, -5))
    scale = 2.0 ** int(rng.integers(14, 21))
    return {"grads": _to_f16(grads, scale), "scale": scale}


def overflowed(rng):
    grads = _true_grads(rng, 10.0 ** rng.uniform(-3, -1))
    scale = 2.0 ** int(rng.integers(10, 17))
    which = int(rng.integers(len(grads)))
    flat = grads[which].reshape(-1)
    hits = rng.choice(flat.size, size=int(rng.integers(1, min(3, flat.size) + 1)), replace=False)
    flat[hits] = np.sign(rng.normal(size=hits.size)) * 4.0 * F16_MAX / scale   # beyond 65504 once scaled
    return {"grads": _to_f16(grads, scale), "scale": scale}


def with_nan(rng):
    """A NaN (as inf - inf in a float16 backward pass produces) and no inf anywhere."""
    case = healthy(rng)
    which = int(rng.integers(len(case["grads"])))
    flat = case["grads"][which].reshape(-1)
    flat[int(rng.integers(flat.size))] = np.nan
    return case


def default_interval(rng):
    """Defaults (growth_interval 2000): the count reaches 2000, then an overflow."""
    start = int(rng.integers(0, 1991))
    flags = [False] * (2000 - start + int(rng.integers(2, 6))) + [True] + [False] * int(rng.integers(1, 5))
    return {"scale": 2.0 ** int(rng.integers(10, 17)), "good_steps": start, "found_infs": flags,
            "options": {}}


def random_overflows(rng):
    interval = int(rng.integers(2, 7))
    flags = [bool(f) for f in rng.random(int(rng.integers(30, 61))) < 0.2]
    return {"scale": 2.0 ** int(rng.integers(8, 17)), "good_steps": 0, "found_infs": flags,
            "options": {"growth_interval": interval}}


def overflow_mid_count(rng):
    """An overflow one step before the count would reach the interval, then good steps."""
    interval = int(rng.integers(2, 7))
    flags = [False] * (interval - 1) + [True] + [False] * (interval + int(rng.integers(1, 4)))
    return {"scale": 2.0 ** int(rng.integers(8, 17)), "good_steps": 0, "found_infs": flags,
            "options": {"growth_interval": interval}}


def long_good_run(rng):
    interval = int(rng.integers(2, 6))
    flags = [False] * (4 * interval + int(rng.integers(1, interval + 1)))
    return {"scale": 2.0 ** int(rng.integers(8, 17)), "good_steps": 0, "found_infs": flags,
            "options": {"growth_interval": interval}}


def custom_factors(rng):
    options = [{"growth_factor": 4.0, "backoff_factor": 0.25, "growth_interval": 3},
               {"growth_factor": 1.5, "backoff_factor": 0.125, "growth_interval": 4},
               {"growth_factor": 2.0, "backoff_factor": 0.5, "growth_interval": 5}][int(rng.integers(3))]
    flags = [bool(f) for f in rng.random(int(rng.integers(30, 51))) < 0.15]
    flags[:options["growth_interval"] + 1] = [False] * (options["growth_interval"] + 1)
    return {"scale": 2.0 ** int(rng.integers(8, 17)), "good_steps": 0, "found_infs": flags,
            "options": options}


def training_run(rng):
    """25 steps of gradients whose largest entry overflows float16 once scaled past ~2^20,
    with a few tiny entries (about 1e-6) in every step."""
    shapes = _shapes(rng)
    steps = []
    for _ in range(25):
        grads = [rng.normal(0.0, 0.01, size=s).astype(np.float32) for s in shapes]
        grads[0].reshape(-1)[:2] = np.float32(rng.uniform(1e-7, 1e-5))
        steps.append(grads)
    return {"true_grads": steps, "scale": 2.0 ** 16, "good_steps": 0,
            "options": {"growth_interval": int(rng.integers(2, 5))}}


def worked_example(rng):
    return {"grads": [np.array([0.1, 3.0, -0.002], dtype=np.float16),
                      np.array([[2048.0], [0.0]], dtype=np.float16)],
            "scale": 32768.0}


def overflow_example(rng):
    return {"grads": [np.array([np.inf, 1.0], dtype=np.float16),
                      np.array([[2.0, -4.0]], dtype=np.float16)],
            "scale": 65536.0}


def update_example(rng):
    return {"scale": 65536.0, "good_steps": 0, "found_infs": [False, False, True, False, False, False],
            "options": {"growth_interval": 2}}
