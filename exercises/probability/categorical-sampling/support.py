"""Property checks of a categorical sampler: format, range, a chi-square test, a shift test,
and reproducibility. Each returns None when the property holds and one sentence when not.

The statistical test
--------------------
For K categories with probabilities p and n samples with counts c_k, Pearson's statistic

    X^2 = sum over k with p_k > 0 of (c_k - n p_k)^2 / (n p_k)

follows, for a correct sampler, approximately a chi-square distribution with (number of
categories with p_k > 0) - 1 degrees of freedom. Its p-value is computed exactly below from
the closed form of the chi-square survival function for an integer number of degrees of
freedom (no scipy needed). A sample in a category with p_k = 0, or outside 0..K-1, can
never come from p: the test fails outright.

Why ALPHA = 1e-9. A correct sampler fails the test with probability ALPHA per case, and a
grade tests at most 8 cases, so the nominal false-failure rate of a grade is below 1e-8.
The chi-square law is only an approximation of the distribution of X^2: the hidden cases
keep every expected count n p_k >= 100, and at that size the approximation is good: over
2 million simulated multinomial draws (n = 5000, smallest p_k = 0.02 or 0.025), the test
rejected at levels 1e-3 to 1e-6 at most 1.6 times as often as nominal. Even if the far tail
at 1e-9 were ten times heavier than the chi-square tail, a correct sampler would fail a
grade with probability below 1e-7, well under the 1e-6 we allow. A wrong sampler is rejected
decisively all the same: with n >= 5000 draws, the off-by-one sampler gives statistics in
the thousands (p-values that underflow to 0), or samples outside 0..K-1.
"""
import math

import numpy as np

ALPHA = 1e-9


def chi2_sf(x, df):
    """P(X >= x) for X ~ chi-square with df (an integer >= 1) degrees of freedom, exactly.

    Even df:  e^(-x/2) * sum_{j=0}^{df/2 - 1} (x/2)^j / j!
    Odd df:   erfc(sqrt(x/2)) + e^(-x/2) * sum_{j=1}^{(df-1)/2} (x/2)^(j - 1/2) / Gamma(j + 1/2)
    Each term is evaluated in log space, so large x underflows cleanly to 0.
    """
    if x <= 0:
        return 1.0
    if math.isinf(x):
        return 0.0
    h = x / 2.0
    if df % 2 == 0:
        return min(1.0, sum(math.exp(-h + j * math.log(h) - math.lgamma(j + 1)) for j in range(df // 2)))
    tail = math.erfc(math.sqrt(h))
    tail += sum(math.exp(-h + (j - 0.5) * math.log(h) - math.lgamma(j + 0.5)) for j in range(1, (df + 1) // 2))
    return min(1.0, tail)


def _samples(outputs, key="samples"):
    """The samples as a flat int64 array, or None when they are not whole numbers at all.

    Floats that all hold whole numbers (np.floor(...), say) are still counted, so a learner
    is told about their frequencies as well as about the dtype (samples_format fails those).
    """
    value = outputs.get(key) if isinstance(outputs, dict) else None
    if not isinstance(value, np.ndarray) or value.dtype.kind not in "iuf":
        return None
    if value.dtype.kind == "f" and not (np.all(np.isfinite(value)) and np.all(value == np.round(value))):
        return None
    return value.reshape(-1).astype(np.int64)


def _probabilities(inputs):
    return np.asarray(inputs["p"], dtype=np.float64)


def _fit(values, probs):
    """(statistic, df, p-value) of the samples against the distribution {category: prob}.

    Categories are the keys of `probs` (integers, possibly outside 0..K-1 for a shifted
    hypothesis). A sample on a value with no probability makes the statistic infinite.
    """
    n = values.size
    support = {v: q for v, q in probs.items() if q > 0}
    if any(int(v) not in support for v in np.unique(values)):
        return math.inf, max(len(support) - 1, 1), 0.0
    counts = {v: int(np.count_nonzero(values == v)) for v in support}
    stat = sum((counts[v] - n * q) ** 2 / (n * q) for v, q in support.items())
    df = len(support) - 1
    if df == 0:
        return 0.0, 0, 1.0
    return stat, df, chi2_sf(stat, df)


def _pvalue_text(pvalue):
    return f"{pvalue:.2g}" if pvalue > 0 else "below 1e-300"


def _shifted(p, shift):
    """The distribution of (category + shift) when the category follows p."""
    return {k + shift: float(q) for k, q in enumerate(p)}


def samples_format(inputs, outputs, expected):
    value = outputs.get("samples") if isinstance(outputs, dict) else None
    n = int(inputs["n"])
    if not isinstance(value, np.ndarray):
        return (f"sample_categorical returned {type(value).__name__}, expected a NumPy array of "
                f"{n} integers")
    if value.dtype.kind not in "iu":
        return (f"the samples have dtype {value.dtype}, expected integers: category indices are "
                "whole numbers (np.searchsorted returns int64; or convert with .astype(np.int64))")
    if value.shape != (n,):
        return f"the samples have shape {value.shape}, expected ({n},): one category per draw"
    return None


def samples_in_range(inputs, outputs, expected):
    values = _samples(outputs)
    if values is None:
        return "the samples are not whole numbers, so their range cannot be checked (see above)"
    k = _probabilities(inputs).size
    outside = (values < 0) | (values >= k)
    if outside.any():
        bad, counts = np.unique(values[outside], return_counts=True)
        listing = ", ".join(f"{int(v)} ({int(c)} times)" for v, c in zip(bad[:4], counts[:4]))
        return (f"{int(outside.sum())} of {values.size} samples are not category indices "
                f"0..{k - 1}: {listing}")
    return None


def frequencies_match_p(inputs, outputs, expected):
    values = _samples(outputs)
    if values is None:
        return "the samples are not whole numbers, so their frequencies cannot be tested (see above)"
    p = _probabilities(inputs)
    n, k = values.size, p.size
    if n == 0:
        return None
    outside = (values < 0) | (values >= k)
    if outside.any():
        return (f"{int(outside.sum())} of {n} samples fall outside 0..{k - 1}, which p never "
                "produces")
    counts = np.bincount(values, minlength=k)
    impossible = [j for j in range(k) if p[j] == 0 and counts[j] > 0]
    if impossible:
        j = impossible[0]
        return (f"category {j} has probability 0 but was drawn {int(counts[j])} times in {n} "
                "draws: a category with p = 0 has an empty slot in [0, 1), so no u can land in it")
    stat, df, pvalue = _fit(values, {j: float(q) for j, q in enumerate(p)})
    if pvalue >= ALPHA:
        return None
    live = p > 0
    excess = np.where(live, np.abs(counts - n * p) / np.sqrt(np.where(live, n * p, 1.0)), -1.0)
    j = int(np.argmax(excess))
    return (f"category {j} was drawn {int(counts[j])} times in {n} draws, expected about "
            f"{n * p[j]:.0f} (p[{j}] = {p[j]:.4g}); over all categories the chi-square statistic is "
            f"{stat:.1f} with {df} degrees of freedom, p-value {_pvalue_text(pvalue)} (a correct "
            f"sampler falls below {ALPHA:g} about once in a billion tries)")


def not_shifted_by_one(inputs, outputs, expected):
    """Fails when the samples do not follow p but do follow p moved by one category."""
    values = _samples(outputs)
    if values is None or values.size == 0:
        return None
    p = _probabilities(inputs)
    if _fit(values, {j: float(q) for j, q in enumerate(p)})[2] >= ALPHA:
        return None
    for shift, words in ((1, "one above"), (-1, "one below")):
        stat, df, pvalue = _fit(values, _shifted(p, shift))
        if pvalue >= ALPHA:
            return (f"your samples follow p shifted by one category: each draw is {words} the "
                    f"category whose slot u fell in (value k{shift:+d} appears as often as p[k] "
                    f"says category k should; chi-square p-value under that shift {_pvalue_text(pvalue)})")
    return None


def same_seed_same_samples(inputs, outputs, expected):
    first, second = _samples(outputs, "samples"), _samples(outputs, "again")
    if first is None or second is None:
        return None if first is None and second is None else "the two calls returned different kinds of values"
    if first.shape != second.shape or not np.array_equal(first, second):
        where = ""
        if first.shape == second.shape:
            where = f" (first difference at index {int(np.argmax(first != second))})"
        return ("two calls with generators made from the same seed returned different samples"
                f"{where}: draw every random number from the rng you are given (rng.random), "
                "not from np.random.* or a generator of your own")
    return None


def each_draw_is_the_slot_of_its_uniform(inputs, outputs, expected):
    """Inverse-CDF sampling is exact draw by draw: with u = rng.random(n), draw i is the slot
    of u[i]. The reference ran on a generator made from the same seed, so its samples are
    those slots; a sampler right only in distribution (one u for all draws, counts fixed in
    advance, sorted draws, numbers from another generator) differs from them."""
    values, slots = _samples(outputs), _samples(expected)
    if values is None or slots is None or values.shape != slots.shape:
        return None                                   # samples_format says what is wrong
    differ = np.flatnonzero(values != slots)
    if differ.size == 0:
        return None
    i = int(differ[0])
    return (f"{differ.size} of {values.size} draws are not the slot of the uniform number rng gave "
            f"for that draw (the first is draw {i}: you gave {int(values[i])}, its u falls in slot "
            f"{int(slots[i])}). Draw u = rng.random(n), n numbers from rng in order and nothing "
            "else, and return for each u its slot: frequencies that merely match p (a single u "
            "for all draws, counts fixed in advance, another generator) are another sampler")


def picture(inputs, outputs, expected):
    """Drawn under a failed check: how often each category came out of your first run,
    against p (a category outside 0..K-1 gets a bar of its own, where p is 0)."""
    from mlfun.grader.pictures import category_histogram

    samples = outputs.get("samples") if isinstance(outputs, dict) else None
    return category_histogram(samples, inputs["p"], "frequency of each category: yours against p")
