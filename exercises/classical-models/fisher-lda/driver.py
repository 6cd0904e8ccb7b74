"""How the grader calls fisher_lda: on read-only views of X and y, after a decoy call.

The decoy call comes first, with other values of X written into the very array the real
call gets (then restored): a sibling of X (rows and columns reversed, rescaled) with y left
as it is, so the classes hold other points and S_W is not a rescaling of the real one. A
scatter matrix, means or a result kept in the module under a key other than the values (the
shape, the id of X) are then stale for the reported call, and the close check sees it.

Both calls get read-only views, so an input centered in place and restored before returning
raises at the write instead of passing unseen.
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
    if not isinstance(result, tuple) or len(result) != 2:
        got = f"a tuple of {len(result)}" if isinstance(result, tuple) else type(result).__name__
        raise TypeError(f"fisher_lda must return a tuple of 2 values (w, threshold); it returned {got}")
    return result


def run(impl, X, y):
    from mlfun.grader.stateful import sibling

    w, threshold = _unpack(_primed(lambda: impl.fisher_lda(_read_only(X), _read_only(y)), {"X": X}, {"X": sibling(X)}))
    return {"w": w, "threshold": threshold}
