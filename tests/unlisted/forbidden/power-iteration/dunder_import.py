# np.linalg.eigh through __import__ of a module named by a string and a computed attribute.
# expect: __import__() imports a module named by a string
import numpy as np


def power_iteration(A, num_iters=1000, tol=1e-10):
    lin = __import__("numpy." + "lin" + "alg", fromlist=["x"])
    values, vectors = getattr(lin, "ei" + "gh")(A)
    k = int(np.argmax(np.abs(values)))
    return float(values[k]), vectors[:, k]
