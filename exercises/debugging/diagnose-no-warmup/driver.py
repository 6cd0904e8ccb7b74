"""How the grader calls your script: train(X, y, seed, steps=500, lr_max=0.3).

While it runs, the grader watches loss_and_grads (the module's function is wrapped for the
call): it notes the parameters each call is given and the gradients it returns, to see the
step size each update really used. The grader then computes every loss itself from the
parameters you return, and continues training them for 200 steps at lr_max.
"""
import numpy as np

KEYS = ("W1", "b1", "W2", "b2")
STEPS, LR_MAX = 500, 0.3


def _flat(d):
    """The four parameters (or gradients) as one float64 vector, in KEYS order."""
    return np.concatenate([np.asarray(d[k], dtype=np.float64).ravel() for k in KEYS])


def _history(history, key):
    values = history.get(key) if isinstance(history, dict) else None
    try:
        return np.asarray(values, dtype=np.float64).ravel()
    except (TypeError, ValueError):
        return np.zeros(0)


def run(impl, X, y, seed):
    given, returned = [], []
    original = impl.loss_and_grads

    def noting(params, *args, **kwargs):
        state = _flat(params)
        loss, grads = original(params, *args, **kwargs)
        if len(given) < 10_000:
            given.append(state)
            try:
                flat = _flat(grads)
            except Exception:           # a missing key: the step check will say so
                flat = None
            returned.append(flat if flat is not None and flat.shape == state.shape else np.full(state.shape, np.nan))
        return loss, grads

    impl.loss_and_grads = noting
    try:
        params, history = impl.train(X, y, seed, steps=STEPS, lr_max=LR_MAX)
    finally:
        impl.loss_and_grads = original
    empty = np.zeros((0, 641))
    return {"loss": _history(history, "loss"), "lr": _history(history, "lr"), "params": _flat(params),
            "given": np.array(given) if given else empty, "grads": np.array(returned) if returned else empty}
