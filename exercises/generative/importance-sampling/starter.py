import numpy as np


def importance_sampling(f_values, log_p, log_q):
    """Self-normalized importance sampling of E_p[f] from samples x_i ~ q.

    f_values: (n,) or (n, m), f at the n samples; log_p: (n,), the target's log density up to
    a constant (may hold -inf, not everywhere); log_q: (n,), the proposal's log density.
    Returns (estimate, ess): estimate = sum_i wbar_i f_i with wbar the normalized weights
    exp(log_p - log_q), a float for (n,) f and an (m,) array for (n, m) f; ess = 1 / sum wbar^2,
    a float. Finite, with no warning, for log weights of magnitude 1e4. Modifies nothing.
    """
    raise NotImplementedError("importance_sampling: log weights, max-shift, normalize, average, ESS")
