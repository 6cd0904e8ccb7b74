"""Hidden cases of importance_weights. Every case but the edges (one point, a max_weight
that clips nothing) has weights that the clip really cuts, and n_source != n_target with a
ratio that is not a whole number (so n_source // n_target, or the sizes swapped, show).
The number of points n differs from n_source: the classifier is trained on n_source
examples but may be evaluated on any source sample."""
import numpy as np

LOWEST, HIGHEST = 1e-6, 1.0 - 1e-6


def _sizes(rng, more_source):
    """Two different training-set sizes whose ratio is not an integer."""
    while True:
        small, large = sorted(int(v) for v in rng.integers(20, 3000, size=2))
        if small != large and large % small:
            return (large, small) if more_source else (small, large)


def _probabilities(rng, n, spread=1.5):
    """A domain classifier's outputs: the sigmoid of normal logits, kept inside [1e-6, 1 - 1e-6]."""
    return np.clip(1.0 / (1.0 + np.exp(-rng.normal(0.0, spread, n))), LOWEST, HIGHEST)


def _normalized(c, n_source, n_target):
    ratio = (n_source / n_target) * c / (1.0 - c)
    return ratio / ratio.mean()


def _clipping(rng, c, n_source, n_target):
    """A max_weight > 1 below the largest normalized ratio: at least one weight is clipped."""
    top = np.sort(_normalized(c, n_source, n_target))
    low = max(1.0 + 1e-3, float(np.quantile(top, 0.6)))
    high = float(top[-1])
    assert high > low * 1.001, "a case without a weight to clip"
    return float(rng.uniform(low, low + 0.9 * (high - low)))


def _case(rng, n, more_source, spread=1.5):
    n_source, n_target = _sizes(rng, more_source)
    c = _probabilities(rng, n, spread)
    return {"p_target": c, "n_source": n_source, "n_target": n_target,
            "max_weight": _clipping(rng, c, n_source, n_target)}


def more_source(rng):
    return _case(rng, int(rng.integers(15, 120)), more_source=True)


def more_target(rng):
    return _case(rng, int(rng.integers(15, 120)), more_source=False)


def gaussian_shift(rng):
    """Source N(0, 1), target N(mu, s^2); c is the Bayes-optimal classifier's posterior for
    the training proportions, c = n_t p_t / (n_t p_t + n_s p_s). Then the prior-corrected odds
    are exactly p_t(x) / p_s(x), which the grader knows (_true_ratio, never sent)."""
    mu, s = float(rng.uniform(0.5, 1.5)), float(rng.uniform(0.7, 1.3))
    n_source, n_target = _sizes(rng, more_source=bool(rng.integers(0, 2)))
    x = rng.normal(0.0, 1.0, int(rng.integers(200, 400)))
    log_ratio = -0.5 * ((x - mu) / s) ** 2 - np.log(s) + 0.5 * x ** 2
    logit = np.log(n_target / n_source) + log_ratio
    keep = np.abs(logit) < 9.0                               # c within [1.2e-4, 1 - 1.2e-4]
    x, log_ratio, logit = x[keep][:150], log_ratio[keep][:150], logit[keep][:150]
    c = 1.0 / (1.0 + np.exp(-logit))
    return {"p_target": c, "n_source": n_source, "n_target": n_target,
            "max_weight": _clipping(rng, c, n_source, n_target), "_true_ratio": np.exp(log_ratio)}


def extremes(rng):
    """The classifier at its bounds 1e-6 and 1 - 1e-6: odds from 1e-6 to 1e6."""
    case = _case(rng, int(rng.integers(10, 40)), more_source=bool(rng.integers(0, 2)), spread=6.0)
    c = case["p_target"]
    c[0], c[-1] = LOWEST, HIGHEST
    case["max_weight"] = _clipping(rng, c, case["n_source"], case["n_target"])
    return case


def one_point(rng):
    """n = 1: ratio / mean(ratio) = 1, below any max_weight > 1, so the weight is 1."""
    case = _case(rng, 40, more_source=bool(rng.integers(0, 2)))
    case["p_target"] = case["p_target"][:1].copy()
    case["max_weight"] = float(rng.uniform(1.01, 3.0))
    return case


def barely_above_one(rng):
    """max_weight = 1 + 1e-9: every weight above 1 is cut to just above 1."""
    case = _case(rng, int(rng.integers(8, 30)), more_source=bool(rng.integers(0, 2)))
    case["max_weight"] = 1.0 + 1e-9
    return case


def nothing_clipped(rng):
    """A max_weight above every normalized ratio: the weights have mean 1 exactly."""
    case = _case(rng, int(rng.integers(8, 30)), more_source=bool(rng.integers(0, 2)))
    case["max_weight"] = 1e6
    return case


def unit_sizes(rng):
    """A classifier trained on one example of one domain (n_source = 1 or n_target = 1)."""
    case = _case(rng, int(rng.integers(8, 30)), more_source=bool(rng.integers(0, 2)))
    other = int(rng.integers(3, 50))
    case["n_source"], case["n_target"] = (other, 1) if rng.integers(0, 2) else (1, other)
    case["max_weight"] = _clipping(rng, case["p_target"], case["n_source"], case["n_target"])
    return case


def strided(rng):
    """p_target as a strided view of a larger array."""
    case = _case(rng, int(rng.integers(10, 40)), more_source=bool(rng.integers(0, 2)))
    wide = np.full(2 * case["p_target"].size, 0.5)
    wide[::2] = case["p_target"]
    case["p_target"] = wide[::2]
    return case
