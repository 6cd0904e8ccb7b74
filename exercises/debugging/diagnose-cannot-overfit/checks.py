"""The sanity check, judged by the grader with its own copy of the network and the loss:

    h = tanh(X W1 + b1),  scores = h W2 + b2,  loss = mean cross-entropy of softmax(scores)

  * 300 finite losses recorded, the first equal to the loss at init_params(seed) (1e-10
    relative): the budget and the initialization are the script's;
  * the steps are plain gradient descent at LR 1.0: from each call of loss_and_grads to the
    next (and to the returned parameters), the parameters move by exactly -1.0 x the
    gradients that call returned (the fix: 300 such steps; a smaller rate or a clipped
    gradient moves them by less);
  * the loss of the returned parameters, computed here, is below 0.01 (the fix: about 0.002;
    the broken script: 20 to 35; LR 0.3 with the bug: about 7; the bug with the gradient
    clipped to norm 1: stuck at log 4 = 1.39).
"""
import numpy as np

STEPS, LR, TARGET = 300, 1.0, 0.01
SHAPES = (("W1", (10, 64)), ("b1", (64,)), ("W2", (64, 4)), ("b2", (4,)))


def init_params(seed):
    rng = np.random.default_rng(seed)
    return {"W1": rng.standard_normal((10, 64)) / np.sqrt(10), "b1": np.zeros(64),
            "W2": rng.standard_normal((64, 4)) / 8, "b2": np.zeros(4)}


def _unflat(v):
    params, start = {}, 0
    for key, shape in SHAPES:
        size = int(np.prod(shape))
        params[key] = v[start:start + size].reshape(shape)
        start += size
    return params


def mean_cross_entropy(params, X, y):
    with np.errstate(all="ignore"):
        scores = np.tanh(X @ params["W1"] + params["b1"]) @ params["W2"] + params["b2"]
        shifted = scores - scores.max(axis=1, keepdims=True)
        log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        return float(-np.mean(log_p[np.arange(len(y)), y]))


def _array(outputs, key, ndim):
    v = outputs.get(key) if isinstance(outputs, dict) else None
    return v if isinstance(v, np.ndarray) and v.ndim == ndim and v.dtype.kind == "f" else None


def records_the_steps(inputs, outputs, expected):
    history = _array(outputs, "history", 1)
    if history is None:
        return "overfit_small_batch must return (params, history), history a list of the losses"
    if len(history) != STEPS:
        return (f"history holds {len(history)} losses; the script takes {STEPS} steps and records the loss "
                "before each: keep STEPS and the loop as they were")
    if not np.all(np.isfinite(history)):
        return "history holds inf or NaN losses: the training blew up"
    return None


def starts_at_the_initialization(inputs, outputs, expected):
    history = _array(outputs, "history", 1)
    if history is None or len(history) == 0:
        return "cannot be checked: history is empty"
    start = mean_cross_entropy(init_params(inputs["seed"]), inputs["X"], inputs["y"])
    if not abs(history[0] - start) <= 1e-10 * abs(start):
        return (f"the first recorded loss is {history[0]:.12g}, but the loss at init_params(seed) is "
                f"{start:.12g}: keep the initialization and the loss as they were")
    return None


def _moves(outputs):
    """The parameters at each call and the gradients each returned, with the returned
    parameters as the last state; a last call on the returned parameters themselves (a final
    print of the loss) is not a step."""
    given, grads, final = _array(outputs, "given", 2), _array(outputs, "grads", 2), _array(outputs, "params", 1)
    if given is None or grads is None or final is None or given.shape != grads.shape or given.shape[1:] != final.shape:
        return None
    if len(given) and np.array_equal(given[-1], final):
        given, grads = given[:-1], grads[:-1]
    states = np.vstack([given, final[None, :]])
    return np.diff(states, axis=0), grads, given


def plain_descent_at_lr_1(inputs, outputs, expected):
    moves = _moves(outputs)
    if moves is None:
        return "cannot be checked: overfit_small_batch must return the dict of W1, b1, W2, b2 it trained"
    steps, grads, given = moves
    if len(steps) != STEPS:
        return (f"the grader saw {len(steps)} updates of the parameters (calls of loss_and_grads), not "
                f"{STEPS}: keep the full-batch loop of {STEPS} steps")
    error = np.linalg.norm(steps + LR * grads, axis=1)
    scale = 1e-10 * (np.linalg.norm(given, axis=1) + np.linalg.norm(grads, axis=1))
    bad = np.flatnonzero(~(error <= scale))
    if len(bad):
        t = int(bad[0])
        with np.errstate(all="ignore"):
            factor = -float(steps[t] @ grads[t]) / float(grads[t] @ grads[t])
        return (f"step {t} did not move the parameters by -{LR} x the gradients loss_and_grads returned "
                f"(it moved them by about -{factor:.3g} x): the sanity check is plain gradient descent at "
                f"LR {LR}; a smaller rate or a clipped gradient hides a wrong gradient, it does not fix it")
    return None


def measure_plain_descent_at_lr_1(inputs, outputs):
    """1.0 when every step is the same multiple of the gradient (a constant learning rate,
    whatever its value), 0.0 when the multiple changes from step to step (clipping)."""
    moves = _moves(outputs)
    if moves is None or len(moves[0]) < 2:
        return None
    steps, grads, _ = moves
    with np.errstate(all="ignore"):
        factors = -np.sum(steps * grads, axis=1) / np.sum(grads * grads, axis=1)
    constant = np.all(np.isfinite(factors)) and np.ptp(factors) <= 1e-6 * np.max(np.abs(factors))
    return (1.0 if constant else 0.0), 0.25


def overfits(inputs, outputs, expected):
    final = _array(outputs, "params", 1)
    if final is None:
        return "cannot be checked: overfit_small_batch must return the dict of W1, b1, W2, b2 it trained"
    loss = mean_cross_entropy(_unflat(final), inputs["X"], inputs["y"])
    if not loss < TARGET:
        return (f"after {STEPS} steps the loss of the returned parameters is {loss:.4g} (computed by the grader); "
                f"a network of 64 hidden units must memorize 16 examples: below {TARGET} is needed")
    return None


def picture(inputs, outputs, expected):
    """Drawn under a failed check: your recorded loss per step beside the reference's."""
    from mlfun.grader.pictures import curves

    return curves(outputs.get("history"), expected.get("history"), "loss before each step")
