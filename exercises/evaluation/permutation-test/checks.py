"""Statistical checks of the permutation test, computed in the trusted parent.

  * near_the_exact_p_value: for small groups every split of the pooled sample can be
    enumerated (C(nx + ny, nx) of them); the exact p-value is the share of splits whose
    |t_s| >= |t| - 1e-9 (1 + |t|). A Monte Carlo p from B permutations is within a few
    binomial standard deviations of it, sqrt(p (1 - p) / B), plus the 1/(B + 1) of the +1.
  * level_under_the_null: over many data sets whose groups share one distribution,
    P(p <= 0.05) <= 0.05 up to noise. With the +1 the test is exactly valid; without it
    (count / B) p can be 0 and the rejection rate rises.
"""
import itertools
import math

import numpy as np

SDS = 5.0


def exact_p_value(x, y):
    pooled = np.concatenate([x, y])
    nx, total = len(x), pooled.sum()
    ny = len(pooled) - nx
    t = x.mean() - y.mean()
    slack = 1e-9 * (1 + abs(t))
    hits = splits = 0
    for chosen in itertools.combinations(range(len(pooled)), nx):
        s = pooled[list(chosen)].sum()
        t_s = s / nx - (total - s) / ny
        hits += abs(t_s) >= abs(t) - slack
        splits += 1
    return hits / splits


def near_the_exact_p_value(inputs, outputs, expected):
    p = outputs.get("p")
    try:
        p = float(p)
    except (TypeError, ValueError):
        return "permutation_test must return a float p-value"
    x, y, B = np.asarray(inputs["x"], float), np.asarray(inputs["y"], float), inputs["B"]
    exact = exact_p_value(x, y)
    band = SDS * math.sqrt(max(exact * (1 - exact), 1e-4) / B) + 1.0 / (B + 1)
    if abs(p - exact) <= band:
        return None
    return (f"with {B} permutations your p-value is {p:.4g}, but enumerating all "
            f"{math.comb(len(x) + len(y), len(x))} splits of the pooled sample gives {exact:.4g} "
            f"(a Monte Carlo estimate stays within {band:.3g} of it)")


def level_under_the_null(inputs, outputs, expected):
    ps = np.asarray(outputs.get("p"), dtype=np.float64).reshape(-1)
    if ps.size < 2:
        return None
    rate = float(np.mean(ps <= 0.05))
    bound = 0.05 + 4 * math.sqrt(0.05 * 0.95 / ps.size)
    if rate <= bound:
        return None
    zeros = int(np.sum(ps == 0))
    return (f"on {ps.size} data sets where both groups come from one distribution, your test "
            f"gave p <= 0.05 on {100 * rate:.1f}% of them (a valid test: at most 5%, up to noise "
            f"{100 * bound:.1f}%)" + (f"; {zeros} p-values were exactly 0" if zeros else ""))
