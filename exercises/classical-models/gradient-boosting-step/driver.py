"""Unpacks the stump so that each part is compared on its own (the feature exactly).

Before the reported call, the driver makes a decoy call: other values of the same shapes
(a sibling case, written into the very arrays the real call gets, then restored). Sorted
orders, residuals or a result kept in the module under a key other than the values (the
shapes, the id of X) are then stale for the reported call, and the close check sees it.
Both calls get read-only views of the arrays, so an input written into and restored before
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


def run(impl, X, y, pred, learning_rate):
    from mlfun.grader.stateful import sibling

    arrays = {"X": X, "y": y, "pred": pred}
    decoys = {name: sibling(value) for name, value in arrays.items()}
    stump, new_pred = _primed(
        lambda: impl.boosting_step(_read_only(X), _read_only(y), _read_only(pred), learning_rate), arrays, decoys)
    feature, threshold, left_value, right_value = stump
    return {"feature": feature, "threshold": threshold, "left_value": left_value,
            "right_value": right_value, "new_pred": new_pred, "rule: the stump is a tuple": isinstance(stump, tuple)}
