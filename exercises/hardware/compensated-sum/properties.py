"""Property checks for compensated_sum, run in the grader on the learner's output.

The exact sum of the float32 inputs is computed with math.fsum on their float64 values
(every float32 is exactly a float64, and fsum rounds the exact sum once), so the error of
the learner's float32 result is measured against the true answer, not against another
float32 computation.
"""
import math

import numpy as np

EPS32 = float(np.finfo(np.float32).eps)      # 2**-23, about 1.19e-7


def _exact(x):
    return math.fsum(np.asarray(x, dtype=np.float64).ravel().tolist())


def _bound(x):
    return 3.0 * EPS32 * math.fsum(np.abs(np.asarray(x, dtype=np.float64)).ravel().tolist())


def returns_float32(inputs, outputs, expected):
    total = outputs.get("total") if isinstance(outputs, dict) else None
    if type(total) is np.float32:
        return None
    if isinstance(total, np.ndarray):
        what = f"an array of shape {total.shape} and dtype {total.dtype}"
    else:
        what = f"a {type(total).__name__}"
    return (f"compensated_sum returned {what}; return the np.float32 running sum itself "
            "(start it as np.float32(0.0) and add np.float32 values to it, so that it stays float32)")


def error_within_bound(inputs, outputs, expected):
    total = outputs.get("total") if isinstance(outputs, dict) else None
    if not isinstance(total, (np.floating, float, np.ndarray)) or np.size(total) != 1:
        return "the result is not a single number, so its error cannot be measured (see above)"
    got = float(np.asarray(total, dtype=np.float64).reshape(-1)[0])
    if not math.isfinite(got):
        return f"the sum is {got!r}, but every input is finite"
    exact, bound = _exact(inputs["x"]), _bound(inputs["x"])
    error = abs(got - exact)
    if error <= bound:
        return None
    return (f"your sum is {got!r}, the exact sum of these float32 values is {exact!r}: the error "
            f"{error:.4g} is {error / bound:.1f} times the allowed 3·eps32·Σ|x| = {bound:.4g}")
