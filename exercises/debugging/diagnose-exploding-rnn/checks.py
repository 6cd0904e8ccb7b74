"""The trained network is run here, in the grader, on private held-out sequences of 200 steps
(about 7 times longer than the training sequences), in float64:

    h_t = tanh(x_t Wx + h_{t-1} Wh + b),   prediction_t = h_t . Wy,   loss = mean squared error

  * the parameters are finite: a run whose loss turned NaN leaves NaN in every weight;
  * no weight is larger than 1000 in size: an exploding run that was stopped or masked before
    the NaN leaves weights of 1e10 to 1e38 (a trained network here has weights below 10);
  * the held-out loss is finite and at most 0.4: predicting 0 costs about 1.0, the best
    prediction without memory at least 0.57, the reference about 0.05 to 0.3;
  * on the public example, training on a second target gives different parameters.
When the parameters are missing or malformed, the other checks report that they cannot judge.
"""
import numpy as np

HIDDEN, LARGE, TARGET = 16, 1e3, 0.4
SHAPES = {"Wx": (HIDDEN,), "Wh": (HIDDEN, HIDDEN), "b": (HIDDEN,), "Wy": (HIDDEN,)}


def _params(outputs, key="params"):
    p = outputs.get(key) if isinstance(outputs, dict) else None
    if not isinstance(p, dict):
        return None, 'train must return a dict {"Wx", "Wh", "b", "Wy"}'
    for k, shape in SHAPES.items():
        v = p.get(k)
        if not isinstance(v, np.ndarray) or v.shape != shape or v.dtype.kind not in "fiu":
            return None, (f'params["{k}"] must be a float array of shape {shape} (keep the network: '
                          f"{HIDDEN} tanh units, one input and one output per step)")
    return {k: p[k].astype(np.float64) for k in SHAPES}, None


def _nonfinite(p):
    return [k for k in SHAPES if not np.all(np.isfinite(p[k]))]


def held_out_loss(p, X, y):
    """The network's mean squared error on X (N, T), y (N, T), computed here in float64."""
    with np.errstate(all="ignore"):
        drive = X.T[:, :, None] * p["Wx"] + p["b"]          # (T, N, H)
        hs = np.empty_like(drive)
        h = np.zeros(drive.shape[1:])
        for t in range(len(drive)):
            h = hs[t] = np.tanh(drive[t] + h @ p["Wh"])
        return float(np.mean((hs @ p["Wy"] - y.T) ** 2))


def returns_params(inputs, outputs, expected):
    keys = ["params"] + (["params_other"] if isinstance(outputs, dict) and "params_other" in outputs else [])
    for key in keys:
        problem = _params(outputs, key)[1]
        if problem:
            return problem
    return None


def finite_params(inputs, outputs, expected):
    p, problem = _params(outputs)
    if problem:
        return f"cannot be checked: {problem}"
    bad = _nonfinite(p)
    if bad:
        return (f"{', '.join(bad)} {'holds' if len(bad) == 1 else 'hold'} NaN or inf after training: the loss "
                "overflowed float32 and NaN spread to the weights (the gradient exploded)")
    return None


def moderate_params(inputs, outputs, expected):
    p, problem = _params(outputs)
    if problem:
        return f"cannot be checked: {problem}"
    if _nonfinite(p):
        return "cannot be checked: the parameters are not finite"
    key = max(SHAPES, key=lambda k: np.max(np.abs(p[k])))
    largest = float(np.max(np.abs(p[key])))
    if largest > LARGE:
        return (f"{key} has an entry of size {largest:.3g}: the training blew up (a trained network here has "
                f"weights below 10); no entry may exceed {LARGE:g}")
    return None


def long_sequence_loss(inputs, outputs, expected):
    p, problem = _params(outputs)
    if problem:
        return f"cannot be checked: {problem}"
    X, y = inputs["_X_long"], inputs["_y_long"]
    loss = held_out_loss(p, X, y)
    if not np.isfinite(loss):
        return (f"the loss of your network on {len(X)} held-out sequences of {X.shape[1]} steps is {loss} "
                "(computed by the grader)")
    if not loss <= TARGET:
        return (f"the mean squared error of your network on {len(X)} held-out sequences of {X.shape[1]} steps is "
                f"{loss:.3g} (computed by the grader); at most {TARGET} is needed (predicting 0 everywhere "
                "costs about 1.0)")
    return None


def depends_on_the_data(inputs, outputs, expected):
    p, problem = _params(outputs, "params")
    q, problem2 = _params(outputs, "params_other")
    if problem or problem2:
        return f"cannot be checked: {problem or problem2}"
    if all(np.array_equal(p[k], q[k]) for k in SHAPES):
        return ("trained on two different targets (y and y_other) for the same X, your script returned exactly "
                "the same parameters: they do not come from the data, so no training happened")
    return None


def picture(inputs, outputs, expected):
    """Drawn under a failed check: the training loss at every step of your run (as your
    forward_backward returned it) beside the reference's, on the same data and seed."""
    from mlfun.grader.pictures import curves

    return curves(outputs.get("losses"), expected.get("losses"), "training loss per step")
