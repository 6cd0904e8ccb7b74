"""How the grader calls your script: train(X, y, seed), and train(X, 1 - y, seed) with the
labels swapped (parameters that come from the data must change). The grader runs the
ReLU network itself on its private held-out points, from the parameters you return.

During the first call the grader also watches your training loop: X is handed to train as
an ordinary float array that notes the W of every product X @ W (the forward pass of the
first layer). From those notes the grader counts your steps and checks that the W1 you
return is where that training ended. Keep multiplying the X you are given: np.asarray(X)
or np.array(X) makes a plain copy, and then no step is seen.
"""
import numpy as np


class Watched(np.ndarray):
    """An array that notes a copy of W whenever it is the left operand of X @ W."""

    def __array_finalize__(self, obj):
        self.notes = getattr(obj, "notes", None)
        self.watched_shape = getattr(obj, "watched_shape", None)

    def __array_ufunc__(self, ufunc, method, *inputs, **kwargs):
        plain = [a.view(np.ndarray) if isinstance(a, Watched) else a for a in inputs]
        if "out" in kwargs:
            kwargs["out"] = tuple(o.view(np.ndarray) if isinstance(o, Watched) else o for o in kwargs["out"])
        result = getattr(ufunc, method)(*plain, **kwargs)
        if (ufunc is np.matmul and method == "__call__" and inputs[0] is self
                and self.shape == self.watched_shape and np.ndim(inputs[1]) == 2):
            self.notes.append(np.array(inputs[1], dtype=np.float64))
        return result


def watched(X):
    """X as train sees it, and the list its forward passes are noted in."""
    w = X.copy().view(Watched)
    w.notes, w.watched_shape = [], X.shape
    return w, w.notes


def first_layers(notes, params):
    """The noted W with the shape of the returned W1, stacked in order: (steps, D, H)."""
    shape = np.shape(params.get("W1")) if isinstance(params, dict) else None
    kept = [W for W in notes if W.shape == shape]
    return np.stack(kept) if kept else np.zeros((0,))


def run(impl, X, y, seed):
    from mlfun.grader.recording import losses_of

    X_watched, notes = watched(X)
    with losses_of(impl) as losses:          # the loss per step, drawn when a check fails
        params = impl.train(X_watched, y.copy(), seed)
    return {"params": params, "params_swapped": impl.train(X.copy(), 1 - y, seed),
            "forward_W1": first_layers(notes, params), "losses": np.array(losses, dtype=np.float64)}
