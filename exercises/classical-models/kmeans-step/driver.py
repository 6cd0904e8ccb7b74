"""How the grader calls kmeans_step: on read-only views of X and centers, after a decoy call.

The decoy call comes first: other values of the same shapes (a sibling case, written into
the very arrays the real call gets, then restored). A result, a table or a norm kept in the
module under a key other than the values (the shapes, the id of X) is then stale for the
reported call, and the close check sees it.

Both calls get read-only views of the inputs, so an input written into and restored before
returning (centered in place, sorted in place) raises at the write instead of passing unseen.
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


def _unpack(result):
    if not isinstance(result, tuple) or len(result) != 3:
        got = f"a tuple of {len(result)}" if isinstance(result, tuple) else type(result).__name__
        raise TypeError(f"kmeans_step must return a tuple of 3 values (labels, new_centers, inertia); it returned {got}")
    return result


def run(impl, X, centers):
    from mlfun.grader.stateful import sibling

    arrays = {"X": X, "centers": centers}
    decoys = {"X": sibling(X), "centers": sibling(centers)}
    labels, new_centers, inertia = _unpack(_primed(
        lambda: impl.kmeans_step(_read_only(X), _read_only(centers)), arrays, decoys))
    return {"labels": labels, "new_centers": new_centers, "inertia": inertia}
