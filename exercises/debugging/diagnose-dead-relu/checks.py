"""The trained network is run here, in the grader, on private held-out points:

    h = max(X_test @ W1 + b1, 0),   prediction = argmax(h @ W2 + b2)

A hidden unit is dead when its activation is 0 on every held-out point: its gradient is
then 0 on every point too, and it can never come back. Bars: fewer than 10% dead units
(at most 1 of 16), held-out accuracy at least 0.95 (the reference: 0 dead, about 99%; the
starter: 30% to 95% dead, 50% to 90% accuracy). Training twice, on y and on 1 - y,
shows whether the parameters come from the data at all.
"""
import numpy as np

HIDDEN, DEAD, ACCURACY = 16, 0.1, 0.95


def _params(outputs, key):
    p = outputs.get(key) if isinstance(outputs, dict) else None
    if not isinstance(p, dict):
        return None, 'train must return a dict {"W1", "b1", "W2", "b2"}'
    want = {"W1": (2, HIDDEN), "b1": (HIDDEN,), "W2": (HIDDEN, 2), "b2": (2,)}
    for k, shape in want.items():
        v = p.get(k)
        if not isinstance(v, np.ndarray) or v.shape != shape or v.dtype.kind not in "fiu":
            return None, f'params["{k}"] must be a float array of shape {shape} (keep the {HIDDEN} ReLU units)'
    return {k: p[k].astype(np.float64) for k in want}, None


def _hidden(p, X):
    with np.errstate(all="ignore"):
        return np.maximum(X @ p["W1"] + p["b1"], 0.0)


def returns_params(inputs, outputs, expected):
    for key in ("params", "params_swapped"):
        problem = _params(outputs, key)[1]
        if problem:
            return problem
    return None


def dead_units(inputs, outputs, expected):
    p, problem = _params(outputs, "params")
    if problem:
        return f"cannot be checked: {problem}"
    h = _hidden(p, inputs["_X_test"])
    dead = int(np.sum(~np.any(h > 0, axis=0)))
    if dead >= DEAD * HIDDEN:
        return (f"{dead} of your {HIDDEN} hidden units are dead: max(x @ W1 + b1, 0) is 0 for every one of "
                f"{len(h)} held-out points, so they output nothing and receive no gradient; fewer than "
                f"{DEAD:.0%} dead units are allowed")
    return None


def held_out_accuracy(inputs, outputs, expected):
    p, problem = _params(outputs, "params")
    if problem:
        return f"cannot be checked: {problem}"
    with np.errstate(all="ignore"):
        scores = _hidden(p, inputs["_X_test"]) @ p["W2"] + p["b2"]
    if not np.all(np.isfinite(scores)):
        return "your network's outputs on held-out points are inf or NaN: the parameters blew up"
    acc = float(np.mean(np.argmax(scores, axis=1) == inputs["_y_test"]))
    if not acc >= ACCURACY:
        return (f"the trained network classifies {acc:.1%} of {len(scores)} held-out points right; at least "
                f"{ACCURACY:.0%} is needed")
    return None


def depends_on_the_data(inputs, outputs, expected):
    p, problem = _params(outputs, "params")
    q, problem2 = _params(outputs, "params_swapped")
    if problem or problem2:
        return f"cannot be checked: {problem or problem2}"
    if all(np.array_equal(p[k], q[k]) for k in p):
        return ("trained on the same points with the labels swapped (1 - y), your script returned exactly the "
                "same parameters: they do not come from the data, so no training happened")
    return None


# What the grader saw of the training loop: W1 at every forward pass X @ W1 (see driver.py).
# The bars were measured on the reference and on correct fixes: 300 to 400 passes, the last
# W1 within one step (about 0.004) of the returned one, and W1 at the end 20% to 30% away
# from W1 at the start, in norm.
STEPS, STEP_SLACK, MOVED = 300, 3.0, 0.02


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
    p, problem = _params(outputs, "params")
    if problem:
        return f"cannot be checked: {problem}"
    W = outputs.get("forward_W1")
    W = W if isinstance(W, np.ndarray) and W.ndim == 3 else np.zeros((0, 2, HIDDEN))
    if len(W) < STEPS:
        return (f"the grader saw {len(W)} forward passes X @ W1 while train ran, so at most {len(W)} training "
                f"steps; take the starter's {STEPS} steps of gradient descent (a network built by hand, or "
                f"trained for a few steps, has not learned from the data; and keep multiplying the X you "
                f"are given, not np.asarray(X))")
    W1 = p["W1"]
    if not _where_training_ended(W, W1):
        far = float(np.min(np.linalg.norm((W - W1).reshape(len(W), -1), axis=1)))
        return (f"the W1 you return is {far:.3g} away from every W1 your training loop used, while one step "
                f"moved it at most {_step_sizes(W).max():.3g}: it was changed after training (or built "
                f"elsewhere), so the loop's learning is not what you return")
    moved = float(np.linalg.norm(W1 - W[0]) / max(np.linalg.norm(W1), 1e-300))
    if moved < MOVED:
        return (f"W1 moved only {moved:.2%} of its size from the first forward pass to the end: the steps are "
                f"too small to learn anything, so the network was good before training began")
    return None


def picture(inputs, outputs, expected):
    """Drawn under a failed check: the training loss at every step of your run (as your
    forward_backward returned it) beside the reference's, on the same data and seed."""
    from mlfun.grader.pictures import curves

    return curves(outputs.get("losses"), expected.get("losses"), "training loss per step")
