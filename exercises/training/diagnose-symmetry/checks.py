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


# What the grader saw of the training loop: W1 at every forward pass X @ W1 (see driver.py).
# The learner may change the step count, so the floor is low (the starter takes 300, a
# correct fix seen in tests 500); a hand-built network takes none. W1 starts at zero in
# the starter and near it with a small random init, so it moves by most of its final size.
STEPS, STEP_SLACK, MOVED = 50, 3.0, 0.02


def _step_sizes(W):
    """|W_{t+1} - W_t| for each pair of consecutive forward passes."""
    return np.linalg.norm((W[1:] - W[:-1]).reshape(len(W) - 1, -1), axis=1)


def _where_training_ended(W, final):
    """True when `final` lies within STEP_SLACK steps of some forward pass's W: the returned
    W1 is one the loop used, or one more step from it (a best-checkpoint restore included)."""
    steps = _step_sizes(W)
    distance = np.linalg.norm((W - final).reshape(len(W), -1), axis=1)
    for t in range(len(W)):
        local = steps[max(t - 2, 0):t + 3].max(initial=0.0)
        if distance[t] <= STEP_SLACK * local + 1e-9 * (1.0 + np.linalg.norm(W[t])):
            return True
    return False


def trained_by_the_loop(inputs, outputs, expected):
    p, problem = _network(outputs, "params")
    if problem:
        return f"cannot be checked: {problem}"
    W = outputs.get("forward_W1")
    W = W if isinstance(W, np.ndarray) and W.ndim == 3 else np.zeros((0,) + p["W1"].shape)
    if len(W) < STEPS:
        return (f"the grader saw {len(W)} forward passes X @ W1 while train ran, so at most {len(W)} training "
                f"steps; at least {STEPS} steps of gradient descent are needed (a network built by hand has "
                f"not learned from the data; and keep multiplying the X you are given, not np.asarray(X))")
    W1 = p["W1"]
    if not _where_training_ended(W, W1):
        far = float(np.min(np.linalg.norm((W - W1).reshape(len(W), -1), axis=1)))
        return (f"the W1 you return is {far:.3g} away from every W1 your training loop used, while one step "
                f"moved it at most {_step_sizes(W).max():.3g}: it was changed after training (or built "
                f"elsewhere), so the loop's learning is not what you return")
    size = np.linalg.norm(W1)
    moved = float(np.linalg.norm(W1 - W[0]) / size) if size > 0 else 1.0   # W1 = 0: a symmetry failure, told elsewhere
    if moved < MOVED:
        return (f"W1 moved only {moved:.2%} of its size from the first forward pass to the end: the steps are "
                f"too small to learn anything, so the network was good before training began")
    return None
