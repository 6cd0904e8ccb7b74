"""How the grader calls knn_predict: on read-only views of the inputs, after a decoy call.

The decoy call comes first: other values of the same shapes (a sibling case, written into
the very arrays the real call gets, then restored). Norms, a distance table or a result
kept in the module under a key other than the values (the shapes, the id of X_train) are
then stale for the reported call, and the close check sees it.

Both calls get read-only views of the arrays, so an input written into and restored before
returning raises at the write instead of passing unseen.
"""
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


def run(impl, X_train, y_train, X_test, k):
    from mlfun.grader.stateful import sibling

    arrays = {"X_train": X_train, "y_train": y_train, "X_test": X_test}
    decoys = {name: sibling(value) for name, value in arrays.items()}
    labels = _primed(lambda: impl.knn_predict(_read_only(X_train), _read_only(y_train), _read_only(X_test), k),
                     arrays, decoys)
    return {"labels": labels}
