# A learner remembers the last input array object and its answer, to skip work when "the same" array comes again; an array changed in place is not the same values.
# expect: returned exactly what it returned for the call before
import numpy as np

_last = [None, None, None]


def logsumexp(x, axis=-1):
    if _last[0] is x and _last[1] == axis:
        return _last[2]
    m = np.max(x, axis=axis, keepdims=True)
    out = np.squeeze(m + np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True)), axis=axis)
    _last[:] = [x, axis, out]
    return out
