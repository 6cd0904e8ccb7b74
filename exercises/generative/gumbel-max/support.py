"""Properties of the Gumbel-max sampler: the frequencies of DRAWS samples match
softmax(logits) (Pearson's chi-square test), and at a temperature near 0 the relaxation is
the one-hot of the hard sample drawn from the same generator state.

Why ALPHA = 1e-9: every category with positive probability has an expected count of at
least 600, where the chi-square law describes Pearson's statistic closely; a right sampler
then fails a case once in a billion, while a wrong noise (the sign of g flipped, noise
added to the probabilities) moves counts by thousands and gives p-values that underflow.
"""
import math

import numpy as np

ALPHA = 1e-9


def chi2_tail(x, df):
    """P(X >= x) for X ~ chi-square(df), df a positive integer, from the closed forms:
    even df: e^{-x/2} sum_{j < df/2} (x/2)^j / j!; odd df: erfc(sqrt(x/2)) plus
    e^{-x/2} sum_{j=1}^{(df-1)/2} (x/2)^{j - 1/2} / Gamma(j + 1/2), each term in logs."""
    if x <= 0:
        return 1.0
    if not math.isfinite(x):
        return 0.0
    half = x / 2.0
    if df % 2 == 0:
        terms = (math.exp(j * math.log(half) - half - math.lgamma(j + 1)) for j in range(df // 2))
        return min(1.0, sum(terms))
    terms = (math.exp((j - 0.5) * math.log(half) - half - math.lgamma(j + 0.5)) for j in range(1, (df + 1) // 2))
    return min(1.0, math.erfc(math.sqrt(half)) + sum(terms))


def _softmax(logits):
    z = np.exp(logits - np.max(logits))
    return z / z.sum()


def frequencies_match_softmax(inputs, outputs, expected):
    samples = outputs.get("samples") if isinstance(outputs, dict) else None
    if not isinstance(samples, np.ndarray) or samples.dtype.kind not in "iu":
        return "the samples are not an integer array, so their frequencies cannot be tested (see above)"
    p = _softmax(np.asarray(inputs["logits"], dtype=np.float64))
    c, n = p.size, samples.size
    if np.any((samples < 0) | (samples >= c)):
        return f"some samples are not category indices 0..{c - 1}"
    counts = np.bincount(samples.reshape(-1), minlength=c)
    dead = [k for k in range(c) if p[k] == 0 and counts[k] > 0]
    if dead:
        return (f"category {dead[0]} has logit -inf (probability 0) but was drawn {int(counts[dead[0]])} "
                f"times in {n}: -inf plus any finite noise is still -inf, so it can never win the argmax")
    live = p > 0
    stat = float(np.sum((counts[live] - n * p[live]) ** 2 / (n * p[live])))
    pvalue = chi2_tail(stat, int(live.sum()) - 1)
    if pvalue >= ALPHA:
        return None
    k = int(np.argmax(np.where(live, np.abs(counts - n * p), -1.0)))
    return (f"category {k} was drawn {int(counts[k])} times in {n}, where softmax(logits) gives "
            f"p = {p[k]:.4f}, about {n * p[k]:.0f} draws; over all categories the chi-square statistic "
            f"is {stat:.1f} on {int(live.sum()) - 1} degrees of freedom (p-value {pvalue:.2g}). The argmax "
            "of logits + g is a sample of softmax(logits) only for g = -log(-log(u)), added to the logits")


def cold_relaxation_is_one_hot(inputs, outputs, expected):
    """At tau <= 1e-3 the relaxation must pick the hard sample's category, row by row, and be
    its one-hot within 1e-6 on at least 98% of the rows (a row whose two best perturbed
    logits lie within ~1e-3 of each other is a near tie, and legitimately not one-hot)."""
    relaxation, sample = outputs.get("relaxation"), outputs.get("sample")
    if not isinstance(relaxation, np.ndarray) or relaxation.shape != np.shape(inputs["logits"]):
        return "the relaxation does not have the logits' shape (see above)"
    sample = np.asarray(sample)
    if sample.shape != relaxation.shape[:-1] or sample.dtype.kind not in "iu":
        return "the hard sample does not have the shape logits.shape[:-1] (see above)"
    rows = relaxation.reshape(-1, relaxation.shape[-1])
    picks = sample.reshape(-1)
    if not np.all(np.isfinite(rows)):
        return (f"at tau = {inputs['tau']:g} your relaxation holds inf or NaN: divide by tau, then "
                "subtract each row's maximum before exp, so the largest exponent is exactly 0")
    one_hot = np.zeros_like(rows)
    one_hot[np.arange(len(picks)), picks] = 1.0
    differ = np.flatnonzero(np.argmax(rows, axis=-1) != picks)
    if differ.size:
        return (f"at tau = {inputs['tau']:g} the relaxation's largest entry is not the hard sample's "
                f"category in {differ.size} of {len(picks)} rows: both must use the same noise "
                "g = -log(-log(u)) from one rng.random(logits.shape), and (logits + g)/tau keeps its argmax")
    near = np.max(np.abs(rows - one_hot), axis=-1) <= 1e-6
    if near.mean() >= 0.98:
        return None
    return (f"at tau = {inputs['tau']:g} only {int(near.sum())} of {len(picks)} rows of the relaxation are "
            "one-hot (within 1e-6): as tau -> 0, softmax((logits + g)/tau) must concentrate on the argmax "
            "of logits + g. Divide the noise by tau too, not only the logits")
