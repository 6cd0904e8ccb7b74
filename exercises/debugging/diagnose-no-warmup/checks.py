"""The run is judged here, with the grader's own copy of the network and the loss:

    prediction = tanh(X W1 + b1) W2 + b2,   loss = mean((prediction - y)^2) / 2

  * 500 finite losses recorded, the first equal to the loss at init_params(8, seed) (1e-12
    relative): the budget, the initialization and the loss are the script's;
  * the recorded rates never exceed lr_max and equal it (1e-12) at every step from 250 on:
    the schedule warms up and then trains at lr_max;
  * the recorded rates are the ones used: from each call of loss_and_grads to the next (and
    to the returned parameters) the parameters move by exactly -lr[t] x the gradients;
  * the loss of the returned parameters is below 0.15 (a 100-step linear warmup: at most
    0.061 over 60 seeds; no warmup: NaN);
  * 200 more steps of plain gradient descent at lr_max, taken here from the returned
    parameters, keep the loss finite and at most 10 (a warmed-up run sits where lr_max is
    stable; a constant lr_max / 4 ends in a sharper place and diverges here on every seed).
"""
import numpy as np

STEPS, LR_MAX, HALF, TARGET, MORE, CEILING = 500, 0.3, 250, 0.15, 200, 10.0
SHAPES = (("W1", (8, 64)), ("b1", (64,)), ("W2", (64,)), ("b2", ()))


def init_params(d, seed):
    rng = np.random.default_rng(seed)
    return {"W1": rng.standard_normal((d, 64)) / np.sqrt(d), "b1": np.zeros(64),
            "W2": rng.standard_normal(64), "b2": np.zeros(())}


def loss_and_grads(params, X, y):
    with np.errstate(all="ignore"):
        h = np.tanh(X @ params["W1"] + params["b1"])
        err = h @ params["W2"] + params["b2"] - y
        dpred = err / len(y)
        dz = np.outer(dpred, params["W2"]) * (1.0 - h ** 2)
        grads = {"W1": X.T @ dz, "b1": dz.sum(axis=0), "W2": h.T @ dpred, "b2": np.sum(dpred)}
        return float(0.5 * np.mean(err ** 2)), grads


def _unflat(v):
    params, start = {}, 0
    for key, shape in SHAPES:
        size = int(np.prod(shape))
        params[key] = v[start:start + size].reshape(shape)
        start += size
    return params


def _array(outputs, key, ndim):
    v = outputs.get(key) if isinstance(outputs, dict) else None
    return v if isinstance(v, np.ndarray) and v.ndim == ndim and v.dtype.kind == "f" else None


def finite_losses(inputs, outputs, expected):
    loss = _array(outputs, "loss", 1)
    if loss is None or len(loss) != STEPS:
        got = "no list" if loss is None else f"{len(loss)} losses"
        return f'history["loss"] must hold the {STEPS} losses before each step; it holds {got}'
    if not np.all(np.isfinite(loss)):
        first = int(np.flatnonzero(~np.isfinite(loss))[0])
        return (f"the loss is inf or NaN from step {first} on: the run diverged (at a constant lr_max the "
                "first steps overshoot: the loss surface is far sharper at the start than 2 / lr_max)")
    return None


def starts_at_the_initialization(inputs, outputs, expected):
    loss = _array(outputs, "loss", 1)
    if loss is None or len(loss) == 0:
        return 'cannot be checked: history["loss"] is empty'
    start = loss_and_grads(init_params(inputs["X"].shape[1], inputs["seed"]), inputs["X"], inputs["y"])[0]
    if not abs(loss[0] - start) <= 1e-12 * abs(start):
        return (f"the first recorded loss is {loss[0]:.12g}, but the loss at init_params(8, seed) is "
                f"{start:.12g}: keep the initialization, the loss and the data as they were")
    return None


def reaches_lr_max(inputs, outputs, expected):
    lr = _array(outputs, "lr", 1)
    if lr is None or len(lr) != STEPS:
        got = "no list" if lr is None else f"{len(lr)} rates"
        return f'history["lr"] must hold the {STEPS} step sizes, one per step; it holds {got}'
    above = np.flatnonzero(~(lr <= LR_MAX * (1 + 1e-12)))
    if len(above):
        t = int(above[0])
        return f"the rate at step {t} is {lr[t]:.6g}, above lr_max = {LR_MAX}: a warmup only ever lowers the rate"
    short = np.flatnonzero(~(np.abs(lr[HALF:] - LR_MAX) <= 1e-12 * LR_MAX))
    if len(short):
        t = HALF + int(short[0])
        return (f"the rate at step {t} is {lr[t]:.6g}, not lr_max = {LR_MAX}: the warmup must reach lr_max by step "
                f"{HALF} and keep it; a run that never trains at lr_max has not shown that lr_max works")
    return None


def _moves(outputs):
    given, grads, final = _array(outputs, "given", 2), _array(outputs, "grads", 2), _array(outputs, "params", 1)
    if given is None or grads is None or final is None or given.shape != grads.shape or given.shape[1:] != final.shape:
        return None
    if len(given) and np.array_equal(given[-1], final):      # a last call on the result: not a step
        given, grads = given[:-1], grads[:-1]
    return np.diff(np.vstack([given, final[None, :]]), axis=0), grads, given


def rates_are_used(inputs, outputs, expected):
    moves, lr = _moves(outputs), _array(outputs, "lr", 1)
    if moves is None or lr is None:
        return "cannot be checked: train must return the dict of W1, b1, W2, b2 it trained and history[\"lr\"]"
    steps, grads, given = moves
    if len(steps) != len(lr):
        return (f"the grader saw {len(steps)} updates (calls of loss_and_grads) but {len(lr)} recorded rates: "
                "take one gradient step per recorded rate")
    with np.errstate(all="ignore"):
        error = np.linalg.norm(steps + lr[:, None] * grads, axis=1)
        scale = 1e-10 * (np.linalg.norm(given, axis=1) + np.abs(lr) * np.linalg.norm(grads, axis=1))
    bad = np.flatnonzero(~(error <= scale))
    if len(bad):
        t = int(bad[0])
        return (f"step {t} did not move the parameters by -lr[{t}] x the gradients (lr[{t}] = {lr[t]:.6g}): "
                'history["lr"] must be the step size each update really used')
    return None


def final_loss(inputs, outputs, expected):
    final = _array(outputs, "params", 1)
    if final is None or final.shape != (641,):
        return "cannot be checked: train must return the dict of W1, b1, W2, b2 it trained"
    loss = loss_and_grads(_unflat(final), inputs["X"], inputs["y"])[0]
    if not loss < TARGET:
        return (f"the loss of the returned parameters is {loss:.4g} (computed by the grader); below {TARGET} is "
                "needed (a 100-step linear warmup reaches about 0.06 or less)")
    return None


def _continued(final, X, y):
    """The largest loss over 200 more gradient steps at lr_max from the returned parameters."""
    params, worst = _unflat(final), 0.0
    for _ in range(MORE + 1):
        loss, grads = loss_and_grads(params, X, y)
        if not np.isfinite(loss):
            return float("inf")
        worst = max(worst, loss)
        params = {k: params[k] - LR_MAX * grads[k] for k in params}
    return worst


def lr_max_usable(inputs, outputs, expected):
    final = _array(outputs, "params", 1)
    if final is None or final.shape != (641,):
        return "cannot be checked: train must return the dict of W1, b1, W2, b2 it trained"
    worst = _continued(final, inputs["X"], inputs["y"])
    if not worst <= CEILING:
        return (f"200 more steps at lr_max = {LR_MAX} from your parameters drive the loss to {worst:.3g}: the run "
                f"ended where lr_max is not stable (a lower rate hides the sharpness instead of getting past it)")
    return None


def picture(inputs, outputs, expected):
    """Drawn under a failed check: your recorded loss per step beside the reference's."""
    from mlfun.grader.pictures import curves

    return curves(outputs.get("loss"), expected.get("loss"), "loss before each step")
