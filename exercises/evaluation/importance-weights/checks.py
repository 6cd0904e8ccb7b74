"""Properties of importance_weights checked beside the exact comparison.

  * equals_the_true_density_ratio: on the Gaussian-shift case, c comes from the Bayes-optimal
    classifier, so ratio must be p_target(x) / p_source(x) itself (known in closed form).
  * weights_never_exceed_max_weight: the clip is the last step, so no weight is above it.
"""
import numpy as np


def _array(outputs, name):
    try:
        return np.asarray(outputs.get(name), dtype=np.float64)
    except (TypeError, ValueError):
        return None


def equals_the_true_density_ratio(inputs, outputs, expected):
    ratio, true = _array(outputs, "ratio"), inputs["_true_ratio"]
    if ratio is None or ratio.shape != true.shape:
        return "ratio must be a float array with one value per source point"
    rel = np.abs(ratio - true) / true
    if np.all(rel <= 1e-8):
        return None
    i = int(np.argmax(rel))
    return (f"with the Bayes-optimal classifier for source N(0, 1) and a shifted Gaussian target, "
            f"ratio must be the true density ratio p_target(x)/p_source(x); at point {i} yours is "
            f"{ratio[i]:.6g} against {true[i]:.6g} (a factor {ratio[i] / true[i]:.4g})")


def weights_never_exceed_max_weight(inputs, outputs, expected):
    weights = _array(outputs, "weights")
    if weights is None or weights.size == 0:
        return "weights must be a float array"
    top = float(np.max(weights))
    if top <= inputs["max_weight"]:
        return None
    return (f"a weight of {top:.6g} is above max_weight = {inputs['max_weight']:.6g}: the clip "
            f"must come after the normalization, so that nothing divides the clipped weights again")
