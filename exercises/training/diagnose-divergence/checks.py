"""The fixed script is judged by the losses of the parameters it returns, computed here.

Each function gets (inputs, outputs, expected) and returns None when the property holds,
or one sentence. Nothing the learner's script prints or reports is used: the grader
evaluates X @ w + b itself, on the training data and on private held-out data.

The bars compare with the exact least-squares fit (solved here in closed form):
  * training MSE at most 1.05 times the least-squares minimum (a standardized run of
    200 steps reaches it to 1e-12; learning-rate-only fixes stay above 2 times it);
  * held-out MSE at most 1.1 times that of the least-squares fit.
The other checks tell the ways of failing apart: parameters that blew up, parameters that
do not depend on the data (not trained), zeros (never left the initialization), and
weights left in the units of standardized features.
"""
import math

import numpy as np

TRAIN_FACTOR, HELD_OUT_FACTOR = 1.05, 1.1


def _params(outputs, key):
    """(w, b) as float64, or (None, message). Any finite or non-finite values are returned."""
    p = outputs.get(key) if isinstance(outputs, dict) else None
    if not isinstance(p, dict) or "w" not in p or "b" not in p:
        return None, 'train must return a dict {"w": array (D,), "b": float}'
    w, b = p["w"], p["b"]
    if not isinstance(w, np.ndarray) or w.dtype.kind not in "fiu" or w.ndim != 1:
        return None, 'params["w"] must be a 1-D numpy array of floats'
    b = np.asarray(b) if isinstance(b, (int, float, np.number, np.ndarray)) else None
    if b is None or b.size != 1 or b.dtype.kind not in "fiu":
        return None, 'params["b"] must be a single number'
    return (w.astype(np.float64), float(b.reshape(-1)[0])), None


def _both(inputs, outputs):
    first, problem = _params(outputs, "params")
    second, problem = (None, problem) if problem else _params(outputs, "params_other")
    if problem:
        return None, None, problem
    D = inputs["X"].shape[1]
    if first[0].shape != (D,) or second[0].shape != (D,):
        return None, None, f'params["w"] must have shape ({D},), one weight per feature'
    return first, second, None


def _finite(model):
    return bool(np.all(np.isfinite(model[0])) and math.isfinite(model[1]))


def _mse(X, y, model):
    with np.errstate(all="ignore"):
        return float(np.mean((X @ model[0] + model[1] - y) ** 2))


def _least_squares(X, y):
    A = np.column_stack([X, np.ones(len(X))])
    coef, *_ = np.linalg.lstsq(A, y, rcond=None)
    return coef[:-1], float(coef[-1])


def _same(m1, m2):
    return np.array_equal(m1[0], m2[0]) and m1[1] == m2[1]


def returns_params(inputs, outputs, expected):
    return _both(inputs, outputs)[2]


def no_blow_up(inputs, outputs, expected):
    model, other, problem = _both(inputs, outputs)
    if problem:
        return f"cannot be checked: {problem}"
    if not (_finite(model) and _finite(other)):
        return ("your parameters contain inf or NaN: the training diverged. Each step multiplied the "
                "error instead of shrinking it, until the numbers overflowed")
    if _same(model, other):
        return None                  # not trained at all: judged by the data-dependence check
    X, y = inputs["X"], inputs["y"]
    start, final = float(np.mean(y ** 2)), _mse(X, y, model)
    if final > start:
        return (f"the training loss of your parameters is {final:.4g}, above {start:.4g}, the loss of the "
                "starting point w = 0, b = 0: training made the fit worse, so it is still diverging "
                "(or the parameters are not in the units of X)")
    return None


def depends_on_the_data(inputs, outputs, expected):
    model, other, problem = _both(inputs, outputs)
    if problem:
        return f"cannot be checked: {problem}"
    if not (_finite(model) and _finite(other)):
        return None                  # reported by the blow-up check
    if _same(model, other):
        return ("trained on the same X with two different targets (y and y_other), your script returned "
                "exactly the same parameters: they do not come from the data, so no training happened")
    return None


def left_initialization(inputs, outputs, expected):
    model, _, problem = _both(inputs, outputs)
    if problem:
        return f"cannot be checked: {problem}"
    if not np.any(model[0]) and model[1] == 0:
        return ("your script returns w = 0 and b = 0, the initialization: it took no training steps. "
                "Stopping before the loss can grow hides the symptom but trains nothing")
    return None


def training_loss(inputs, outputs, expected):
    model, _, problem = _both(inputs, outputs)
    if problem:
        return f"cannot be checked: {problem}"
    X, y = inputs["X"], inputs["y"]
    best = _mse(X, y, _least_squares(X, y))
    final = _mse(X, y, model)
    if not final <= TRAIN_FACTOR * best:
        return (f"the training loss (mean squared error) of your parameters is {final:.4g}; the minimum "
                f"over all w, b is {best:.4g}, and at most {TRAIN_FACTOR} times that is needed")
    return None


def held_out_loss(inputs, outputs, expected):
    model, _, problem = _both(inputs, outputs)
    if problem:
        return f"cannot be checked: {problem}"
    X_test, y_test = inputs["_X_test"], inputs["_y_test"]
    reference = _mse(X_test, y_test, _least_squares(inputs["X"], inputs["y"]))
    final = _mse(X_test, y_test, model)
    if not final <= HELD_OUT_FACTOR * reference:
        return (f"on {len(y_test)} held-out points your parameters have a mean squared error of {final:.4g}; "
                f"the least-squares fit of the training data gets {reference:.4g}, and at most "
                f"{HELD_OUT_FACTOR} times that is needed")
    return None


def in_raw_units(inputs, outputs, expected):
    model, _, problem = _both(inputs, outputs)
    if problem or not _finite(model):
        return None                  # reported by the other checks
    X, y = inputs["X"], inputs["y"]
    mean, scale = X.mean(axis=0), X.std(axis=0)
    scale = np.where(scale > 0, scale, 1.0)
    best = _mse(X, y, _least_squares(X, y))
    w, b = model
    if _mse(X, y, model) <= TRAIN_FACTOR * best:
        return None                  # the model fits as returned: it is in the units of X
    if _mse(X, y, (w / scale, b - mean @ (w / scale))) <= TRAIN_FACTOR * best:
        return ("your parameters fit the data only when applied to standardized features (x - mean) / std: "
                "w and b are still in standardized units. The grader, like any user of the model, "
                "predicts X @ w + b on raw features: return w / std and b - mean @ (w / std)")
    if _mse(X, y, (w, b - mean @ w)) <= TRAIN_FACTOR * best:
        return ("your w is in the units of X but your b is still the intercept of the standardized "
                "model: z @ w_z + b_z = x @ (w_z / std) + (b_z - mean @ (w_z / std)), so b must be "
                "shifted by - mean @ w")
    return None
