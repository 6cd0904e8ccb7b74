"""How the grader calls pca.

A principal component is only defined up to its sign (u and -u span the same direction),
so before comparing, each component vector is given a fixed sign: its entry of largest
magnitude is made positive. The comparison itself is also made up to the sign of each row.
"""
import numpy as np


def _fixed_signs(components, d):
    if type(components) is not np.ndarray or components.ndim != 2 or components.dtype.kind != "f":
        return components                      # let the checks report the wrong type or shape
    if components.shape[1] == d:               # one component per row, as asked
        vectors = components
    elif components.shape[0] == d:             # one per column: fixed too, so it shows as a transpose
        return _fixed_signs(components.T, d).T
    else:
        return components
    rows = np.arange(vectors.shape[0])
    biggest = vectors[rows, np.argmax(np.abs(vectors), axis=1)]
    return vectors * np.where(biggest < 0, -1.0, 1.0)[:, None]


def run(impl, X, k):
    result = impl.pca(X, k)
    if not isinstance(result, tuple) or len(result) != 2:
        got = f"a tuple of {len(result)}" if isinstance(result, tuple) else type(result).__name__
        raise TypeError(f"pca must return a tuple (components, explained_variance); it returned {got}")
    components, explained_variance = result
    for name, value in (("components", components), ("explained_variance", explained_variance)):
        if isinstance(value, np.ndarray) and value.dtype.kind == "c":
            raise TypeError(f"{name} holds complex numbers ({value.dtype}). np.linalg.eig treats C as a "
                            "general matrix, and rounding can give it complex eigenvalue pairs; C is "
                            "symmetric, so use np.linalg.eigh, whose results are always real")
    return {"components": _fixed_signs(components, X.shape[1]), "explained_variance": explained_variance}
