"""How the grader calls best_split: on read-only views of X and y, after a decoy call.

The decoy call comes first: other values of the same shapes written into the very arrays
the real call gets (then restored): X a sibling case (reversed, rescaled), y labels whose
class counts differ from y's (so even the parent's Gini changes). Sorted orders, unique
values, impurities or a result kept in the module under a key other than the values (the
shapes, the id of X, len(y)) are then stale for the reported call, and the checks see it.

Both calls get read-only views of the arrays, so an input sorted or written into in place
and restored before returning raises at the write instead of passing unseen.
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


def _other_labels(y):
    """Labels 0..C'-1 of y's length whose sorted class counts differ from y's."""
    n = y.shape[0]
    counts = sorted(np.bincount(y).tolist()) if n else []
    num_classes = int(y.max()) + 1 if n else 1
    for labels in (np.arange(n) % (num_classes + 1), (np.arange(n) == 0).astype(np.int64), np.arange(n) % 2):
        if sorted(np.bincount(labels).tolist()) != counts:
            return labels.astype(y.dtype)
    return y[::-1].copy()


def _unpack(result):
    if not isinstance(result, tuple) or len(result) != 3:
        got = f"a tuple of {len(result)}" if isinstance(result, tuple) else type(result).__name__
        raise TypeError(f"best_split must return a tuple of 3 values (feature, threshold, gain); it returned {got}")
    return result


def run(impl, X, y):
    from mlfun.grader.stateful import sibling

    decoys = {"X": sibling(X), "y": _other_labels(np.asarray(y))}
    feature, threshold, gain = _unpack(_primed(lambda: impl.best_split(_read_only(X), _read_only(y)),
                                               {"X": X, "y": y}, decoys))
    return {"feature": feature, "threshold": threshold, "gain": gain}
