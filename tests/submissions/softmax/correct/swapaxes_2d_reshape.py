import numpy as np


def softmax(x, axis=-1):
    # bring the axis last, flatten everything else into rows, softmax each row, undo
    t = np.swapaxes(x, axis, -1)
    rows = t.reshape(-1, t.shape[-1])
    rows = rows - rows.max(axis=1)[:, None]
    probs = np.exp(rows)
    probs = probs / probs.sum(axis=1)[:, None]
    return np.swapaxes(probs.reshape(t.shape), axis, -1)
