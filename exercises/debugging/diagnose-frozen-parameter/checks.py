"""The trained network is judged here, from the parameters it returns:

    prediction = tanh(X @ W1 + b1) @ W2 + b2,   loss = mean((prediction - y)^2)

  * every parameter moved: each of W1, b1, W2, b2 differs from init_params(seed) (a frozen one
    is bit for bit its initial value; a trained one can end near where it started, b2 for
    example near 0 when the target's mean is, so any change beyond rounding counts);
  * the training loss is at most 0.02, or 1.25 times the fixed script's own loss on a surface
    so bumpy that even it ends above 0.016 (the reference: 0.004 to 0.012 mostly, 0.025 on
    the hardest of 1,000 seeds; W1 frozen: 0.015 to 0.15, above 0.02 on the public example
    and on most cases);
  * the parameters change with the target (trained on y and on y_other).
"""
import numpy as np

HIDDEN, TARGET, MOVED = 12, 0.02, 1e-9
SHAPES = {"W1": (2, HIDDEN), "b1": (HIDDEN,), "W2": (HIDDEN, 1), "b2": (1,)}


def _params(outputs, key, what):
    p = outputs.get(key) if isinstance(outputs, dict) else None
    if not isinstance(p, dict):
        return None, f'{what} must return a dict {{"W1", "b1", "W2", "b2"}}'
    for k, shape in SHAPES.items():
        v = p.get(k)
        if not isinstance(v, np.ndarray) or v.shape != shape or v.dtype.kind not in "fiu":
            return None, f'{what}: params["{k}"] must be a float array of shape {shape}'
    return {k: p[k].astype(np.float64) for k in SHAPES}, None


def _loss(p, X, y):
    with np.errstate(all="ignore"):
        pred = (np.tanh(X @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"])[:, 0]
        return float(np.mean((pred - y) ** 2))


def returns_params(inputs, outputs, expected):
    for key, what in (("initial", "init_params"), ("params", "train"), ("params_other", "train")):
        problem = _params(outputs, key, what)[1]
        if problem:
            return problem
    return None


def every_parameter_moves(inputs, outputs, expected):
    start, problem = _params(outputs, "initial", "init_params")
    end, problem2 = _params(outputs, "params", "train")
    if problem or problem2:
        return f"cannot be checked: {problem or problem2}"
    frozen = [k for k in SHAPES if not np.max(np.abs(end[k] - start[k])) > MOVED]
    if frozen:
        return (f"{', '.join(frozen)} did not change during training (every entry is still its value from "
                "init_params(seed)): a parameter that never updates keeps its random initial value")
    return None


def loss_reaches_target(inputs, outputs, expected):
    p, problem = _params(outputs, "params", "train")
    if problem:
        return f"cannot be checked: {problem}"
    loss = _loss(p, inputs["X"], inputs["y"])
    reference, _ = _params(expected, "params", "the reference")
    target = max(TARGET, 1.25 * _loss(reference, inputs["X"], inputs["y"])) if reference is not None else TARGET
    if not loss <= target:
        return (f"the training mean squared error of your parameters is {loss:.4g} (computed by the grader); "
                f"at most {target:.3g} is needed")
    return None


def depends_on_the_data(inputs, outputs, expected):
    p, problem = _params(outputs, "params", "train")
    q, problem2 = _params(outputs, "params_other", "train")
    if problem or problem2:
        return f"cannot be checked: {problem or problem2}"
    if all(np.array_equal(p[k], q[k]) for k in SHAPES):
        return ("trained on two different targets (y and y_other) on the same X, your script returned exactly "
                "the same parameters: they do not come from the data, so no training happened")
    return None


# What the grader saw of the training loop: W1 at every forward pass X @ W1 (see driver.py).
# The starter takes 1000 steps; the floor leaves room for a faster optimizer. W1 is the
# parameter that froze, so a W1 that the loop never used is the symptom hidden, not fixed.
STEPS, STEP_SLACK = 100, 3.0


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
    start, problem = _params(outputs, "initial", "init_params")
    end, problem2 = _params(outputs, "params", "train")
    if problem or problem2:
        return f"cannot be checked: {problem or problem2}"
    W = outputs.get("forward_W1")
    W = W if isinstance(W, np.ndarray) and W.ndim == 3 else np.zeros((0,) + SHAPES["W1"])
    if len(W) < STEPS:
        return (f"the grader saw {len(W)} forward passes X @ W1 while train ran, so at most {len(W)} training "
                f"steps; at least {STEPS} steps are needed (parameters set without training have not learned "
                f"from the data; and keep multiplying the X you are given, not np.asarray(X))")
    if not np.allclose(W[0], start["W1"], rtol=1e-12, atol=0.0):
        return ("the first forward pass X @ W1 did not use W1 from init_params(seed): training must start "
                "from init_params(seed)")
    if not _where_training_ended(W, end["W1"]):
        far = float(np.min(np.linalg.norm((W - end["W1"]).reshape(len(W), -1), axis=1)))
        return (f"the W1 you return is {far:.3g} away from every W1 your training loop used, while one step "
                f"moved it at most {_step_sizes(W).max():.3g}: W1 was changed after training, not by its "
                f"gradient, so the frozen parameter is hidden, not fixed")
    return None


def picture(inputs, outputs, expected):
    """Drawn under a failed check: the training loss at every step of your run (as your
    forward_backward returned it) beside the reference's, on the same data and seed."""
    from mlfun.grader.pictures import curves

    return curves(outputs.get("losses"), expected.get("losses"), "training loss per step")
