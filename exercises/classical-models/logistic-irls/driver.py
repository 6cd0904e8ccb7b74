"""Calls the fit with l2 and num_iters only when the case gives them, so that a case with
null for either runs the function's own default (l2 = 0.0, num_iters = 10)."""


def run(impl, X, y, l2=None, num_iters=None):
    options = {name: value for name, value in (("l2", l2), ("num_iters", num_iters)) if value is not None}
    w, b = impl.logistic_irls(X, y, **options)
    return {"w": w, "b": b}
