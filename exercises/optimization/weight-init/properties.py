"""Statistical checks of the two initializers, computed without scipy.

Every test below rejects a correct initializer with probability at most ALPHA = 1e-10
per one-sided event, from exact tail bounds (no normal approximation):

* chi-square (Chernoff): for S = sum of n squared N(0, s^2) entries,
      P(S >= n s^2 (1 + t)) <= exp(-n/2 (t - ln(1 + t))),
      P(S <= n s^2 (1 - t)) <= exp(-n/2 (-t - ln(1 - t)));
* the normal tail: P(|mean| > z s / sqrt(n)) = erfc(z / sqrt(2)), exactly;
* Hoeffding, for averages of n independent values in an interval of width w:
      P(average - expectation >= h) <= exp(-2 n h^2 / w^2), and the same below;
* the maximum of n uniform |w| on [0, a): P(max < a (1 - d)) = (1 - d)^n.

A check may combine up to four such events, and a grade has 10 checks of one case each
over 7 cases, so a correct solution fails a grade with probability below
4 * 10 * 7 * 1e-10 < 3e-8, far below the 1e-6 we allow. The mistakes are rejected
decisively: every matrix has at least 14,000 entries, where a variance off by a third
(fan_out instead of fan_in, with fan_in / fan_out between 1.5 and 3 or more) lies dozens
of standard errors outside the band.

The tests are scale-free where they can be (the mean test divides by the measured
spread, the shape tests look at the distribution relative to its own scale), so each
mistake fails only the checks that describe it.
"""
import math

import numpy as np

ALPHA = 1e-10


def _solve(f, low, high):
    """The t in [low, high] where the increasing function f crosses 0 (bisection)."""
    for _ in range(200):
        mid = (low + high) / 2
        low, high = (mid, high) if f(mid) < 0 else (low, mid)
    return high


def chi2_band(n):
    """(t_lo, t_hi): S / (n s^2) lies in [1 - t_lo, 1 + t_hi] except with probability 2 ALPHA."""
    log_alpha = math.log(ALPHA)
    t_hi = _solve(lambda t: n / 2 * (t - math.log1p(t)) + log_alpha, 0.0, 100.0)
    t_lo = _solve(lambda t: n / 2 * (-t - math.log1p(-t)) + log_alpha, 0.0, 1.0 - 1e-15)
    return t_lo, t_hi


def _z_alpha():
    return _solve(lambda z: -math.erfc(z / math.sqrt(2)) + ALPHA, 0.0, 40.0)


def _hoeffding(n, width=1.0, two_sided=False):
    return width * math.sqrt(math.log((2 if two_sided else 1) / ALPHA) / (2 * n))


def _matrix(outputs, key):
    w = outputs.get(key) if isinstance(outputs, dict) else None
    if isinstance(w, np.ndarray) and w.dtype.kind == "f" and w.size > 1 and np.all(np.isfinite(w)):
        return np.asarray(w, dtype=np.float64).ravel()
    return None


def _format(inputs, outputs, key):
    fan_in, fan_out = inputs["fan_in"], inputs["fan_out"]
    w = outputs.get(key) if isinstance(outputs, dict) else None
    if not isinstance(w, np.ndarray):
        return f"{key} returned {type(w).__name__}, expected a NumPy array of shape ({fan_in}, {fan_out})"
    if w.shape != (fan_in, fan_out):
        extra = (": that is (fan_out, fan_in), PyTorch's storage order for nn.Linear.weight; here the "
                 "matrix multiplies inputs from the right, x @ W, so it is (fan_in, fan_out)"
                 if w.shape == (fan_out, fan_in) else "")
        return f"{key} returned shape {w.shape}, expected ({fan_in}, {fan_out}){extra}"
    if w.dtype != np.float64:
        return f"{key} returned dtype {w.dtype}, expected float64"
    if not np.all(np.isfinite(w)):
        return f"{key} returned NaN or inf entries"
    return None


# ----------------------------------------------------------------------------- He normal

def he_format(inputs, outputs, expected):
    return _format(inputs, outputs, "he_normal")


def he_mean(inputs, outputs, expected):
    w = _matrix(outputs, "he_normal")
    if w is None:
        return None
    n = w.size
    rms = math.sqrt(float(np.mean(w * w)))
    t_lo, _ = chi2_band(n)
    z = _z_alpha() / math.sqrt(1 - t_lo)
    mean = float(np.mean(w))
    if rms > 0 and abs(mean) * math.sqrt(n) / rms <= z:
        return None
    return (f"the entries of he_normal have mean {mean:.4g}, which is {abs(mean) * math.sqrt(n) / max(rms, 1e-300):.1f} "
            f"standard errors from 0 (a correct N(0, 2/fan_in) matrix stays within {z:.1f}); "
            "the distribution must be centred on 0")


def he_variance(inputs, outputs, expected):
    w = _matrix(outputs, "he_normal")
    if w is None:
        return None
    fan_in, fan_out = inputs["fan_in"], inputs["fan_out"]
    n, target = w.size, 2.0 / fan_in
    measured = float(np.mean(w * w))
    t_lo, t_hi = chi2_band(n)
    if target * (1 - t_lo) <= measured <= target * (1 + t_hi):
        return None
    return (f"the entries of he_normal have variance {measured:.5g} (the mean of w²), expected "
            f"2/fan_in = {target:.5g}: a correct matrix of {n} entries lands in "
            f"[{target * (1 - t_lo):.5g}, {target * (1 + t_hi):.5g}] except with probability 2e-10 "
            f"(for comparison, 2/fan_out = {2.0 / fan_out:.5g} and (2/fan_in)² = {target ** 2:.3g})")


def he_is_normal(inputs, outputs, expected):
    """The fraction of entries within one (measured) standard deviation: 68.3% for a normal."""
    w = _matrix(outputs, "he_normal")
    if w is None:
        return None
    n = w.size
    rms = math.sqrt(float(np.mean(w * w)))
    fraction = float(np.mean(np.abs(w) <= rms))
    t_lo, t_hi = chi2_band(n)
    h = _hoeffding(n)
    low = math.erf(math.sqrt(1 - t_lo) / math.sqrt(2)) - h
    high = math.erf(math.sqrt(1 + t_hi) / math.sqrt(2)) + h
    if low <= fraction <= high:
        return _piled_up(w)
    return (f"{100 * fraction:.1f}% of the entries of he_normal lie within one standard deviation of 0; "
            f"for a normal distribution it is 68.3% (a correct matrix of this size gives "
            f"{100 * low:.1f}% to {100 * high:.1f}%), for a uniform one 57.7%: draw the entries "
            "with rng.normal, not rng.uniform")


def measure_he_is_normal(inputs, outputs):
    """(fraction of entries within one measured standard deviation, half-width), for diagnosis:
    a uniform draw keeps 57.7% there, a normal one (clipped or not) 68.3%, so a clipped
    normal is not told to stop drawing uniformly."""
    w = _matrix(outputs, "he_normal")
    if w is None:
        return None
    rms = math.sqrt(float(np.mean(w * w)))
    return float(np.mean(np.abs(w) <= rms)), 2 * _hoeffding(w.size)


def _piled_up(w):
    """Draws from a continuous distribution never repeat (two equal float64 normals among 10^5
    have probability below 1e-6); clipping to ±3σ or rounding piles many entries on a few values."""
    values, counts = np.unique(np.abs(w), return_counts=True)
    if counts.max() < 3:
        return None
    pile = float(values[int(np.argmax(counts))])
    return (f"{int(counts.max())} entries of he_normal equal ±{pile:.6g} exactly: a normal distribution "
            "never repeats a value, so the draws were clipped (or rounded); a normal's rare large "
            "entries are part of it, keep them")


# ------------------------------------------------------------------------ Xavier uniform

def _limit(inputs):
    return math.sqrt(6.0 / (inputs["fan_in"] + inputs["fan_out"]))


def xavier_format(inputs, outputs, expected):
    return _format(inputs, outputs, "xavier_uniform")


def xavier_range(inputs, outputs, expected):
    w = _matrix(outputs, "xavier_uniform")
    if w is None:
        return None
    n, a = w.size, _limit(inputs)
    largest = float(np.max(np.abs(w)))
    delta = -math.expm1(math.log(ALPHA) / n)
    if largest <= a * (1 + 1e-12) and largest >= a * (1 - delta):
        return None
    return (f"the largest |entry| of xavier_uniform is {largest:.6g}, but the entries must fill "
            f"(-a, a) with a = sqrt(6 / (fan_in + fan_out)) = {a:.6g}: among {n} uniform entries the "
            f"largest is above {a * (1 - delta):.6g} except with probability 1e-10, and none may exceed a "
            f"(for comparison, sqrt(2 / (fan_in + fan_out)) = {math.sqrt(2.0 / (inputs['fan_in'] + inputs['fan_out'])):.6g})")


def xavier_mean(inputs, outputs, expected):
    w = _matrix(outputs, "xavier_uniform")
    if w is None:
        return None
    n, a = w.size, _limit(inputs)
    bound = a * math.sqrt(2 * math.log(2 / ALPHA) / n)
    mean = float(np.mean(w))
    if abs(mean) <= bound:
        return None
    return (f"the entries of xavier_uniform have mean {mean:.4g}, but U(-a, a) is centred on 0 (a "
            f"correct matrix of this size stays within ±{bound:.3g})")


def xavier_variance(inputs, outputs, expected):
    w = _matrix(outputs, "xavier_uniform")
    if w is None:
        return None
    n, a = w.size, _limit(inputs)
    measured = float(np.mean(w * w))
    target = a * a / 3
    h = _hoeffding(n, width=a * a, two_sided=True)
    if abs(measured - target) <= h:
        return None
    return (f"the entries of xavier_uniform have variance {measured:.5g} (the mean of w²), expected "
            f"a²/3 = 2/(fan_in + fan_out) = {target:.5g} (a correct matrix of this size lands within "
            f"±{h:.2g} of it)")


def xavier_is_uniform(inputs, outputs, expected):
    """Half of the entries lie within half of the largest |entry|, for a uniform distribution."""
    w = _matrix(outputs, "xavier_uniform")
    if w is None:
        return None
    n = w.size
    largest = float(np.max(np.abs(w)))
    fraction = float(np.mean(np.abs(w) <= largest / 2))
    delta = -math.expm1(math.log(ALPHA) / n)
    h = _hoeffding(n)
    low, high = 0.5 * (1 - delta) - h, 0.5 + h
    if low <= fraction <= high:
        return None
    return (f"{100 * fraction:.1f}% of the entries of xavier_uniform lie within half of the largest "
            f"|entry|; for a uniform distribution it is 50% (a correct matrix of this size gives "
            f"{100 * low:.1f}% to {100 * high:.1f}%): draw the entries with rng.uniform(-a, a, ...)")


# ------------------------------------------------------------------------- the generator

def same_seed_same_weights(inputs, outputs, expected):
    for name in ("he_normal", "xavier_uniform"):
        first, again = outputs.get(name), outputs.get(name + "_same_seed")
        if not (isinstance(first, np.ndarray) and isinstance(again, np.ndarray)):
            continue
        if first.shape != again.shape or not np.array_equal(first, again):
            return (f"two calls of {name} with generators made from the same seed returned different "
                    "matrices: some random numbers do not come from the rng argument (np.random.*, or "
                    "a generator of your own); draw everything with rng.normal / rng.uniform")
    return None


def next_seed_new_weights(inputs, outputs, expected):
    for name in ("he_normal", "xavier_uniform"):
        first, other = outputs.get(name), outputs.get(name + "_next_seed")
        if not (isinstance(first, np.ndarray) and isinstance(other, np.ndarray)):
            continue
        if first.shape == other.shape and np.array_equal(first, other):
            return (f"{name} returned the same matrix for generators made from two different seeds: "
                    "your random numbers do not come from the rng argument (a fixed seed of your own?)")
    return None
