"""How the grader calls importance_sampling. Besides the values, it reports whether the
results have the promised types: a float estimate for (n,) f (a 0-d array is not one:
arithmetic with it gives arrays, and `isinstance(..., float)` is False), and a float ess."""


def run(impl, f_values, log_p, log_q):
    estimate, ess = impl.importance_sampling(f_values, log_p, log_q)
    outputs = {"estimate": estimate, "ess": ess, "rule: ess is a float": isinstance(ess, float)}
    if f_values.ndim == 1:
        outputs["rule: the estimate for (n,) f is a float"] = isinstance(estimate, float)
    return outputs
