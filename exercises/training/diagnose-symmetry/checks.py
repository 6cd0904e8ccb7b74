"""The fixed network is judged from the parameters it returns, with the grader's own
forward pass (the script's: h = tanh(X W1 + b1), scores = h W2 + b2, predict the argmax).

Each function gets (inputs, outputs, expected) and returns None when the property holds,
or one sentence. The held-out points and labels (_X_test, _y_test) are private.

Accuracy bar 0.9 on the held-out points: the reference gets 0.99-1.0; a network whose
hidden units are all copies of one unit computes a function of a single projection w . x
and cannot separate a disc from the ring around it (it stays near the share of the larger
class, at most 0.65, or a little above).
"""
import numpy as np

ACCURACY = 0.9


def _network(outputs, key):
    """The four parameter arrays as float64, or (None, message)."""
    p = outputs.get(key) if isinstance(outputs, dict) else None
    if not isinstance(p, dict):
        return None, 'train must return a dict {"W1": ..., "b1": ..., "W2": ..., "b2": ...}'
    arrays = {}
    for name, ndim in (("W1", 2), ("b1", 1), ("W2", 2), ("b2", 1)):
        a = p.get(name)
        if not isinstance(a, np.ndarray) or a.dtype.kind not in "fiu" or a.ndim != ndim:
            return None, f'params["{name}"] must be a {ndim}-D numpy array of floats'
        arrays[name] = a.astype(np.float64)
    H = arrays["W1"].shape[1]
    shapes = {"W1": (2, H), "b1": (H,), "W2": (H, 2), "b2": (2,)}
    for name, shape in shapes.items():
        if arrays[name].shape != shape:
            return None, (f'params["{name}"] has shape {arrays[name].shape}, expected {shape} '
                          f"(W1 (2, H), b1 (H,), W2 (H, 2), b2 (2,) with H = {H})")
    if not all(np.all(np.isfinite(a)) for a in arrays.values()):
        return None, "the parameters contain inf or NaN"
    return arrays, None


def _predict(params, X):
    h = np.tanh(X @ params["W1"] + params["b1"])
    return np.argmax(h @ params["W2"] + params["b2"], axis=1)


def returns_params(inputs, outputs, expected):
    for key in ("params", "params_swapped"):
        if key in outputs or key == "params":
            problem = _network(outputs, key)[1]
            if problem:
                return problem + (" (trained on the swapped labels)" if key != "params" else "")
    return None


def held_out_accuracy(inputs, outputs, expected):
    params, problem = _network(outputs, "params")
    if problem:
        return f"accuracy cannot be measured: {problem}"
    X, y = inputs["_X_test"], inputs["_y_test"]
    accuracy = np.mean(_predict(params, X) == y)
    if accuracy < ACCURACY:
        share = max(np.mean(y), 1 - np.mean(y))
        return (f"the trained network classifies {accuracy:.1%} of {len(y)} held-out points correctly (always "
                f"answering the larger class gets {share:.1%}); at least {ACCURACY:.0%} is needed")
    return None


def units_differ(inputs, outputs, expected):
    params, problem = _network(outputs, "params")
    if problem:
        return f"cannot be checked: {problem}"
    # Hidden unit j is the column W1[:, j], the bias b1[j] and the row W2[j, :].
    units = np.column_stack([params["W1"].T, params["b1"], params["W2"]])
    if np.allclose(units, units[0], rtol=1e-9, atol=1e-12):
        return (f"after training, all {len(units)} hidden units have exactly the same weights: "
                "every unit computes the same function of x, so the layer is worth a single unit. "
                "Units that start identical get identical gradients and stay identical forever")
    return None


def depends_on_the_data(inputs, outputs, expected):
    if not inputs["probe"]:
        return None
    params, problem = _network(outputs, "params")
    swapped, problem = (None, problem) if problem else _network(outputs, "params_swapped")
    if problem:
        return f"cannot be checked: {problem}"
    if all(np.array_equal(params[k], swapped[k]) for k in params):
        return ("trained on the labels y and on the swapped labels 1 - y, your script returned exactly the "
                "same parameters: they do not come from the data, so nothing was trained")
    return None
