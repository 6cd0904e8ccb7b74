"""How the grader calls your script.

Gradient cases: loss_and_grads(params, X, y) on random parameters and batches; the grader
compares the loss with the mean cross-entropy and every gradient with central differences.

Sanity cases: overfit_small_batch(X, y, seed), with its default steps and learning rate.
While it runs, the grader watches loss_and_grads (the module's function is wrapped for the
call): it notes the parameters each call is given and the gradients it returns, to see the
steps your loop takes, and then computes the loss of the parameters you return itself.
"""
import numpy as np

KEYS = ("W1", "b1", "W2", "b2")


def _flat(d):
    """A dict of the four parameters (or gradients) as one float64 vector, in KEYS order."""
    return np.concatenate([np.asarray(d[k], dtype=np.float64).ravel() for k in KEYS])


def _gradient_case(impl, W1, b1, W2, b2, X, y):
    params = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    loss, grads = impl.loss_and_grads(params, X, y)
    return {"loss": float(loss), **{"d" + k: np.asarray(grads[k]) for k in KEYS}}


def loss_of(impl, W1, b1, W2, b2, X, y):
    """The forward for the gradient check: the loss alone."""
    return impl.loss_and_grads({"W1": W1, "b1": b1, "W2": W2, "b2": b2}, X, y)[0]


def _watched_training(impl, X, y, seed):
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
        params, history = impl.overfit_small_batch(X, y, seed)
    finally:
        impl.loss_and_grads = original
    empty = np.zeros((0, 964))
    return {"history": np.asarray(history, dtype=np.float64), "params": _flat(params),
            "given": np.array(given) if given else empty, "grads": np.array(returned) if returned else empty}


def run(impl, X, y, seed=None, W1=None, b1=None, W2=None, b2=None):
    if seed is None:
        return _gradient_case(impl, W1, b1, W2, b2, X, y)
    return _watched_training(impl, X, y, seed)
