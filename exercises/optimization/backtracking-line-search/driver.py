"""How the grader calls backtracking_line_search: with an f it builds and counts.

f is a quadratic ½ zᵀAz − bᵀz or the Rosenbrock function, described by the case's `f_spec`.
Every call to it is recorded, so the count the learner reports can be compared with the
calls really made, and the number of calls itself with the reference's.
"""
import numpy as np


def value(spec, z):
    z = np.asarray(z, dtype=float)
    if spec["kind"] == "quadratic":
        return float(0.5 * z @ (spec["A"] @ z) - spec["b"] @ z)
    return float(np.sum(100.0 * (z[1:] - z[:-1] ** 2) ** 2 + (1.0 - z[:-1]) ** 2))


MAX_CALLS = 1000    # the hidden cases accept within 60 trials: far more means a search that never stops


def watched(spec, x, calls, points=None):
    """f for the learner. Appends to `calls`, per call, whether it was at x itself (f(x)),
    and to `points` (if given) a float64 copy of every other point it was called at."""
    def f(z):
        if len(calls) >= MAX_CALLS:
            raise RuntimeError(f"f was called more than {MAX_CALLS} times: the search never accepts a step")
        at_x = bool(np.array_equal(z, x))
        calls.append(at_x)
        if points is not None and not at_x:
            points.append(np.array(z, dtype=float, copy=True))
        return value(spec, z)
    return f


def _trials_on_the_ray(points, x, p, rho):
    """The trial points are x + αp for α = 1, ρ, ρ², … in turn, to float64 rounding (1e-12).

    A trial point formed in lower precision (float32), or another sequence of steps, is not
    what the statement tests, even where the accepted step happens to be the same."""
    x, p, alpha = np.asarray(x, dtype=float), np.asarray(p, dtype=float), 1.0
    for z in points:
        want = x + alpha * p
        if z.shape != want.shape or not np.all(np.abs(z - want) <= 1e-12 * (np.abs(x) + alpha * np.abs(p)) + 1e-300):
            return False
        alpha *= rho
    return True


def run(searcher, f_spec, x, g, p, rho, c):
    calls, points = [], []
    settings = {name: v for name, v in (("rho", rho), ("c", c)) if v is not None}
    result = searcher.backtracking_line_search(watched(f_spec, x, calls, points), x, g, p, **settings)
    if not (isinstance(result, tuple) and len(result) == 2):
        raise TypeError("backtracking_line_search must return a pair (alpha, num_evals), got "
                        + type(result).__name__)
    alpha, num_evals = result
    counted = isinstance(num_evals, (int, np.integer)) and not isinstance(num_evals, bool)
    return {"alpha": alpha, "f_calls": len(calls),
            "rule: num_evals is an int equal to the number of calls to f": counted and num_evals == len(calls),
            "rule: alpha is a float": isinstance(alpha, float),
            "rule: f(x) is evaluated exactly once": sum(calls) == 1,
            "rule: f is called at x + αp for α = 1, ρ, ρ², … in turn":
                _trials_on_the_ray(points, x, p, 0.5 if rho is None else rho)}
