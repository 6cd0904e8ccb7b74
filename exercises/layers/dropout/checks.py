"""The properties a dropout layer must have, checked on the layer's own random mask.

Each function gets (inputs, outputs, expected) and returns None when the property holds
or one sentence saying how it fails. `expected` (the reference's outputs) is never used:
the reference draws its own mask, and any mask with the right distribution is right.
The mask is recovered from the learner's train-mode output: x has no zero entry (the
cases push |x| away from 0), so an entry was kept exactly where out != 0.

The keep rate is a statistical test. With n independent entries each kept with
probability p, Hoeffding's inequality bounds the chance that the observed keep rate K/n
strays from p by t or more:

    P(|K/n - p| >= t) <= 2 exp(-2 n t^2).

Setting the right side to DELTA gives t = sqrt(ln(2 / DELTA) / (2 n)). With DELTA = 1e-8
per case and 7 cases in an attempt, a correct layer fails by chance with probability
below 7e-8 (union bound), well under the 1e-6 we allow. The bound is exact for any n (no
normal approximation), so it is valid on the small cases too, where t > 1 makes the test
vacuous. On the large hidden cases (n >= 150 * 120 = 18,000 entries) t <= 0.0231, while
every hidden p is at least 0.1 away from 0.5, so a layer that keeps with probability
1 - p has a mean keep rate at least 0.2 away from p. For it to pass, its rate would have
to stray at least 0.2 - 0.0231 from its own mean, which Hoeffding bounds by
2 exp(-2 * 18000 * 0.177^2) < 1e-480: it is caught every time.
"""
import math

import numpy as np

DELTA = 1e-8
RTOL = 1e-12      # "exactly" x / p, up to the rounding of x * (1 / p) versus x / p


def _array(outputs, name, x):
    value = outputs.get(name) if isinstance(outputs, dict) else None
    if not isinstance(value, np.ndarray) or value.dtype.kind not in "fiu":
        what = f"an array of {value.dtype}" if isinstance(value, np.ndarray) else type(value).__name__
        return None, f"{name} must be a numpy array of floats, but it is {what}"
    if value.shape != x.shape:
        return None, f"{name} has shape {value.shape}, but it must have the shape of x, {x.shape}"
    return value.astype(np.float64), None


def _at(mask):
    return tuple(int(i) for i in np.argwhere(mask)[0])


def _idx(index):
    return "[" + ", ".join(map(str, index)) + "]"


def kept_entries_scaled(inputs, outputs, expected):
    x, p = inputs["x"], inputs["p"]
    out, problem = _array(outputs, "out", x)
    if problem:
        return problem
    kept = out != 0
    with np.errstate(all="ignore"):
        bad = kept & ~(np.abs(out - x / p) <= RTOL * np.abs(x / p))
    if bad.any():
        i = _at(bad)
        return (f"in train mode out{_idx(i)} is {out[i]:.6g} where x is {x[i]:.6g} and p = {p}: "
                f"every kept entry must be exactly x / p = {x[i] / p:.6g}, and every dropped entry exactly 0")
    return None


def _keep_rate(x, outputs):
    """(kept fraction of out, Hoeffding half-width t), or None when out is unusable."""
    out, problem = _array(outputs, "out", x)
    if problem:
        return None
    return np.count_nonzero(out) / out.size, math.sqrt(math.log(2 / DELTA) / (2 * out.size))


def measure_keep_rate(inputs, outputs):
    """The keep rate as a measurement, for diagnosis: a mistake that keeps 1 - p is named only
    for a layer whose own rate lies near the mistake's, not for any rate that misses p."""
    return _keep_rate(inputs["x"], outputs)


def keep_rate(inputs, outputs, expected):
    x, p = inputs["x"], inputs["p"]
    out, problem = _array(outputs, "out", x)
    if problem:
        return problem
    n = out.size
    rate, t = _keep_rate(x, outputs)
    if abs(rate - p) > t:
        return (f"in train mode your layer kept a fraction {rate:.3f} of the {n} entries (the nonzero "
                f"entries of out), but p = {p} is the probability of KEEPING an entry. A correct layer "
                f"lands within {t:.3f} of p except with probability below {DELTA:g}")
    return None


def mask_independent(inputs, outputs, expected):
    """Each entry is dropped on its own draw. A mask shared along an axis (one per feature,
    reused for every example) keeps about p of the entries and passes the keep-rate test by
    chance. An independent mask is constant along an axis of size n at every one of the m
    other positions with probability (p^n + (1 - p)^n)^m; the test runs only where that is
    below DELTA, so a correct layer fails it with probability below DELTA per case."""
    x, p = inputs["x"], inputs["p"]
    out, problem = _array(outputs, "out", x)
    if problem:
        return problem
    kept = out != 0
    for axis in range(kept.ndim):
        n, m = kept.shape[axis], kept.size // max(kept.shape[axis], 1)
        if n < 2 or m * math.log(p ** n + (1 - p) ** n) > math.log(DELTA):
            continue
        if np.array_equal(kept, np.broadcast_to(kept.take([0], axis=axis), kept.shape)):
            return (f"in train mode your mask is the same along axis {axis} of x (all {n} entries along it "
                    "are kept or dropped together): dropout drops each entry on its own draw, a mask "
                    "of x's full shape, so that no unit can rely on any other being present")
    return None


def kept_count_binomial(inputs, outputs, expected):
    """The number kept over many train-mode calls is Binomial(n, p) each time. Two tests, each
    failing a correct layer with probability below DELTA:

    - the pooled keep rate over all calls (n · REPEATS entries, Hoeffding as above) is p,
      which a rate quantized to whole percents (rng.integers(0, 100) < 100 p, or
      round(p, 2)) misses: every large hidden p lies half-way between two whole percents;
    - the counts vary as much as independent draws make them: D = Σ (c − n p)² / (n p (1 − p))
      is about chi-square with R = REPEATS degrees of freedom (n p (1 − p) > 900 here), and
      P(D <= d) <= (d e / R)^(R/2) e^(-d/2) (a Chernoff bound) for d < R. A layer that keeps
      exactly round(n p) entries (a shuffled fixed-count mask) has D near 0."""
    counts = outputs.get("kept_counts") if isinstance(outputs, dict) else None
    if not isinstance(counts, np.ndarray) or counts.size < 2:
        return None
    p, n, r = inputs["p"], inputs["x"].size, counts.size
    rate = counts.sum() / (n * r)
    t = math.sqrt(math.log(2 / DELTA) / (2 * n * r))
    if abs(rate - p) > t:
        return (f"over {r} train-mode calls your layer kept a fraction {rate:.4f} of the entries, but "
                f"p = {p}: over {n * r} entries a correct layer lands within {t:.4f} of p. A mask "
                "drawn as rng.random(x.shape) < p keeps each entry with probability exactly p")
    d = float(np.sum((counts - n * p) ** 2) / (n * p * (1 - p)))
    if d < r and (r / 2) * math.log(d * math.e / r) - d / 2 < math.log(DELTA):
        return (f"your layer kept {counts.min()} to {counts.max()} of {n} entries over {r} calls: "
                f"independent draws make that number vary by about ±{math.sqrt(n * p * (1 - p)):.0f}. "
                "A mask with a fixed number of kept entries (a shuffled or permuted one) is not "
                "dropout: each entry must be kept on its own draw, so the count varies")
    return None


def backward_same_mask(inputs, outputs, expected):
    x = inputs["x"]
    out, problem = _array(outputs, "out", x)
    dx, problem = (None, problem) if problem else _array(outputs, "dx", x)
    if problem:
        return problem
    dropped_but_flows = (out == 0) & (dx != 0)
    if dropped_but_flows.any():
        i = _at(dropped_but_flows)
        return (f"dx{_idx(i)} is {dx[i]:.6g}, but the forward pass dropped that entry (out{_idx(i)} is 0): "
                "a dropped entry has no effect on the loss, so its gradient is exactly 0. The backward "
                "pass must reuse the very mask the forward pass drew")
    kept_but_blocked = (out != 0) & (dx == 0)
    if kept_but_blocked.any():
        i = _at(kept_but_blocked)
        return (f"dx{_idx(i)} is 0, but the forward pass kept that entry (out{_idx(i)} is {out[i]:.6g}) and "
                f"dout{_idx(i)} is {inputs['dout'][i]:.6g}: the backward pass must reuse the very mask "
                "the forward pass drew")
    return None


def backward_same_scale(inputs, outputs, expected):
    x, dout = inputs["x"], inputs["dout"]
    out, problem = _array(outputs, "out", x)
    dx, problem = (None, problem) if problem else _array(outputs, "dx", x)
    if problem:
        return problem
    both = (out != 0) & (dx != 0)
    with np.errstate(all="ignore"):
        factor = out / x                      # what the forward pass multiplied x by
        bad = both & ~(np.abs(dx - dout * factor) <= 1e-10 * np.abs(dout * factor))
    if bad.any():
        i = _at(bad)
        return (f"dx{_idx(i)} is {dx[i]:.6g}, but the forward pass multiplied x{_idx(i)} by "
                f"{factor[i]:.6g} (out / x), so the chain rule gives dout times that same factor, "
                f"{dout[i] * factor[i]:.6g}")
    return None


def same_seed_same_mask(inputs, outputs, expected):
    seed, x = inputs["seed"], inputs["x"]
    if seed is None:
        return None
    out, problem = _array(outputs, "out", x)
    again, problem = (None, problem) if problem else _array(outputs, "out_again", x)
    if problem:
        return problem
    if not np.array_equal(out != 0, again != 0):
        return (f"two train-mode calls with the same seed ({seed}) dropped different entries: when "
                "dropout_param has a 'seed', seed the random generator with it before drawing the "
                "mask (np.random.seed(seed), or rng = np.random.default_rng(seed)), so that a run "
                "can be reproduced")
    return None


def test_mode_identity(inputs, outputs, expected):
    x, p = inputs["x"], inputs["p"]
    out, problem = _array(outputs, "out_test", x)
    if problem:
        return problem
    bad = ~(np.abs(out - x) <= RTOL * np.abs(x))
    if bad.any():
        i = _at(bad)
        return (f"in test mode out{_idx(i)} is {out[i]:.6g} where x is {x[i]:.6g} (p = {p}): inverted "
                "dropout makes the test-mode layer the identity, out = x")
    return None
