"""What the statement promises of the results beyond the close check: each worker's result is
the sum within 1e-12·Σ|x| (any order of addition passes), and all P results are the same bits."""
import numpy as np


def _arrays_of_shape(results, P, n):
    """A sentence when results is not P arrays of shape (n,), else None."""
    if not isinstance(results, (list, tuple)) or len(results) != P:
        return f"results must hold one array per worker ({P})"
    for p, r in enumerate(results):
        if not isinstance(r, np.ndarray) or r.shape != (n,):
            return f"results[{p}] must be an array of shape ({n},)"
    return None


def sums_within_tolerance(inputs, outputs, expected):
    """|result − Σ_p x_p| <= 1e-12 · Σ_p |x_p|, element by element, for every worker."""
    stacked = np.stack(inputs["arrays"])
    results = outputs.get("results")
    problem = _arrays_of_shape(results, *stacked.shape)
    if problem:
        return problem
    total, bound = stacked.sum(axis=0), 1e-12 * np.abs(stacked).sum(axis=0)
    for p, r in enumerate(results):
        wrong = np.flatnonzero(~(np.abs(r - total) <= bound))
        if wrong.size:
            i = int(wrong[0])
            return (f"worker {p}'s result[{i}] is {r[i]:.17g}, but the sum over the workers is "
                    f"{total[i]:.17g}: after reduce-scatter and all-gather every worker holds the "
                    "full sum of every element")
    return None


def results_identical(inputs, outputs, expected):
    """Every worker ends with worker 0's bits: each chunk is summed once, by one worker, and
    copied unchanged to the others in the all-gather."""
    stacked = np.stack(inputs["arrays"])
    results = outputs.get("results")
    problem = _arrays_of_shape(results, *stacked.shape)
    if problem:
        return problem
    for p, r in enumerate(results[1:], start=1):
        if not np.array_equal(r, results[0]):
            return (f"worker {p}'s result is not bit for bit worker 0's: in the all-gather each "
                    "chunk is copied from the one worker that reduced it, so every worker must end "
                    "with the same bits")
    return None
