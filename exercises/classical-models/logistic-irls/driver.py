"""Calls the fit with l2 and num_iters only when the case gives them, so that a case with
null for either runs the function's own default (l2 = 0.0, num_iters = 10).

Before the reported call, the driver makes a decoy call: other values of the same shapes (a
sibling case, written into the very arrays the real call gets, then restored). A solution
kept in the module (a warm start) or a result cached under a key other than the values (the
shapes, the id of X) is then stale for the reported call, and the close check sees it. Both
calls get read-only views of X and y, so an input written into and restored before
returning raises at the write instead of passing unseen."""
import numpy as np


def _read_only(value):
    if isinstance(value, np.ndarray):
        view = value.view()
        view.flags.writeable = False
        return view
    return value


def _primed(call, arrays, decoys):
    """call() once with `decoys` written into `arrays` (restored afterwards), then call() on
    the real values and return that."""
    saved = {}
    try:
        for name, decoy in decoys.items():
            array = arrays[name]
            if isinstance(array, np.ndarray) and array.flags.writeable and np.shape(decoy) == array.shape:
                saved[name] = array.copy()
                array[...] = decoy
        try:
            call()
        except Exception:       # the decoy's outcome is not graded; the real call below is
            pass
    finally:
        for name, value in saved.items():
            arrays[name][...] = value
    return call()


def run(impl, X, y, l2=None, num_iters=None):
    from mlfun.grader.stateful import sibling

    options = {name: value for name, value in (("l2", l2), ("num_iters", num_iters)) if value is not None}
    w, b = _primed(lambda: impl.logistic_irls(_read_only(X), _read_only(y), **options),
                   {"X": X, "y": y}, {"X": sibling(X), "y": sibling(y)})
    return {"w": w, "b": b}
