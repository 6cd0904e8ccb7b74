"""The 40000-step chain's statistics on a Gaussian target N(mean, diag(std²)).

MCMC draws are correlated, so the standard error of a chain average is not std/sqrt(n).
The chain is cut into B = 40 consecutive batches of 1000 steps (far longer than the
chain's autocorrelation time at this step size), whose means are nearly independent: the
standard error of the overall average is then sd(batch means)/sqrt(B) ("batch means").
Each coordinate's average must lie within 6 such standard errors of the target's mean,
and the average of (x - mean)² within 6 of the target's variance. For a right sampler
the ratio follows about a t law with 39 degrees of freedom: a failure once in about
four million per test. A chain that runs away (the ratio inverted), never moves, or
repeats its final state is off by hundreds of standard errors.
"""
import numpy as np

LIMIT = 6.0


def _batch_test(values, target, what):
    b = values.shape[0]
    center = values.mean(axis=0)
    se = values.std(axis=0, ddof=1) / np.sqrt(b)
    for k in range(values.shape[1]):
        gap = abs(center[k] - target[k])
        if not np.isfinite(center[k]) or gap > LIMIT * max(se[k], 1e-12 * (1 + abs(target[k]))):
            return (f"the chain's {what} of coordinate {k} is {center[k]:.4g}, the target's is {target[k]:.4g}: "
                    f"{gap / max(se[k], 1e-300):.3g} standard errors away (batch means over {b} batches; "
                    f"{LIMIT:g} allowed)")
    return None


def chain_matches_target(inputs, outputs, expected):
    means = outputs.get("chain: batch means") if isinstance(outputs, dict) else None
    squares = outputs.get("chain: batch means of (x - mean)²") if isinstance(outputs, dict) else None
    if not isinstance(means, np.ndarray) or not isinstance(squares, np.ndarray):
        return "the chain does not have the shape (n_steps, d), so its statistics cannot be tested (see above)"
    mean = np.asarray(inputs["mean"], dtype=np.float64)
    variance = 1.0 / np.diag(np.asarray(inputs["precision"], dtype=np.float64))
    flat = squares.std(axis=0) == 0
    if np.any(flat):
        return ("every batch of the chain has the same spread: the chain's rows are the same array "
                "(or it never moves). Record a copy of the current state at each step")
    return _batch_test(means, mean, "mean") or _batch_test(squares, variance, "variance")
