"""The statistical property of the percentile bootstrap: over 300 data sets of n = 40
normal samples, a 90% interval (B = 400) holds the true mean 80-96% of the time.

Why those bounds: for the normal mean at n = 40, the percentile interval covers about 88%
of the time (it is a little narrow: the resample means spread by s/sqrt(n) with the
biased s). Over 300 data sets the count is binomial with sd about 1.9%, so a correct
implementation stays inside 80-96% (4 sd either side) on essentially every seed, while a
zero-width interval (resampling without replacement) covers ~0%, an 80% interval
(alpha not halved) ~78%, and percentiles given as fractions ~0%.
"""
import numpy as np

LOW, HIGH = 0.80, 0.96


def covers_the_true_mean(inputs, outputs, expected):
    lo = np.asarray(outputs.get("lo"), dtype=np.float64)
    hi = np.asarray(outputs.get("hi"), dtype=np.float64)
    if lo.shape != hi.shape or lo.size == 0:
        return "bootstrap_ci must return two floats (lo, hi)"
    mean = float(inputs["x"][0])
    rate = float(np.mean((lo <= mean) & (mean <= hi)))
    if LOW <= rate <= HIGH:
        return None
    width = float(np.mean(hi - lo))
    return (f"over {lo.size} data sets of normal samples, your {100 * (1 - inputs['alpha']):.0f}% "
            f"intervals held the true mean {100 * rate:.1f}% of the time (a correct percentile "
            f"bootstrap: 80-96%); their mean width was {width:.4g}")


def measure_covers_the_true_mean(inputs, outputs):
    lo = np.asarray(outputs.get("lo"), dtype=np.float64)
    hi = np.asarray(outputs.get("hi"), dtype=np.float64)
    mean = float(inputs["x"][0])
    return float(np.mean((lo <= mean) & (mean <= hi))), 0.06
