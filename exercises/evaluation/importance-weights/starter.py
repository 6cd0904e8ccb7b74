import numpy as np


def importance_weights(p_target, n_source, n_target, max_weight):
    """Covariate-shift weights from a domain classifier.

    p_target: float array (n,), c_i = P(target | x_i) at the n source points, in [1e-6, 1 - 1e-6];
    the classifier was trained on n_source source and n_target target examples (ints).
    max_weight: a float > 1.
    Returns (ratio, weights), new float arrays (n,):
      ratio_i = (n_source / n_target) * c_i / (1 - c_i), the density ratio p_target(x_i) / p_source(x_i);
      weights = min(ratio / mean(ratio), max_weight): normalized first, then clipped, not renormalized.
    p_target must not be modified.
    """
    raise NotImplementedError("importance_weights: odds of the classifier, prior correction, normalize, clip")
