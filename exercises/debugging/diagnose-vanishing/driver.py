"""How the grader calls your script.

1. params = init_params(seed + k) for k = 0..4, and forward_backward(params, X, y) on each:
   the ratio |dW1| / |dW9| of the Frobenius norms of the gradients at initialization
   (the grader takes the median of the five).
2. On the first of them, the loss is evaluated again at W1 and W9 moved a tiny step along
   the reported gradient: the change of the loss must match the reported gradient's norm
   (the gradients are the loss's real gradients).
3. params = train(X, y, seed), then predict(params, X_test): the grader compares the
   predictions with the held-out labels, which never reach your code.
"""
import numpy as np

RATIO_SEEDS, EPS = 5, 1e-4


def _norm(a):
    return float(np.linalg.norm(np.asarray(a, dtype=float)))


def _last_key(params):
    layers = [int(k[1:]) for k in params if k.startswith("W") and k[1:].isdigit()]
    return f"W{max(layers)}" if layers else None


def _slope(impl, params, X, y, key, grad):
    """(loss(W + eps d) - loss(W - eps d)) / (2 eps) with d = grad / |grad|: should equal |grad|."""
    g = np.asarray(grad, dtype=float)
    size = np.linalg.norm(g)
    if not np.isfinite(size) or size == 0:
        return 0.0
    d = g / size
    plus, minus = dict(params), dict(params)
    plus[key] = params[key] + EPS * d
    minus[key] = params[key] - EPS * d
    return float((impl.forward_backward(plus, X, y)[0] - impl.forward_backward(minus, X, y)[0]) / (2 * EPS))


def run(impl, X, y, X_test, seed):
    out = {}
    first = impl.init_params(seed)
    out["shapes"] = {k: list(np.shape(v)) for k, v in first.items()}
    last = _last_key(first)
    ratios = []
    for k in range(RATIO_SEEDS):
        params = first if k == 0 else impl.init_params(seed + k)
        _, grads = impl.forward_backward(params, X.copy(), y.copy())
        if last is None or "W1" not in grads or last not in grads:
            break
        ratios.append(_norm(grads["W1"]) / max(_norm(grads[last]), 1e-300))
        if k == 0:
            out["reported"] = [_norm(grads["W1"]), _norm(grads[last])]
            out["measured"] = [_slope(impl, params, X, y, "W1", grads["W1"]),
                               _slope(impl, params, X, y, last, grads[last])]
    out["ratios"] = ratios
    trained = impl.train(X.copy(), y.copy(), seed)
    out["predictions"] = np.asarray(impl.predict(trained, X_test.copy()))
    return out
