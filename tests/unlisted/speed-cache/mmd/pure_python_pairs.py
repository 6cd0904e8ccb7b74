# A loop over pairs in pure Python on lists, using the symmetry of the kernel to halve the
# pairs: several times faster than one NumPy call per pair, still a loop over pairs.
# expect: x the speed of the loop over pairs
import math


def mmd2(X, Y, bandwidth):
    xs, ys = X.tolist(), Y.tolist()
    s = 2.0 * bandwidth * bandwidth

    def k(a, b):
        return math.exp(-sum((p - q) * (p - q) for p, q in zip(a, b)) / s)

    n, m = len(xs), len(ys)
    xx = 2 * sum(k(xs[i], xs[j]) for i in range(n) for j in range(i + 1, n))
    yy = 2 * sum(k(ys[i], ys[j]) for i in range(m) for j in range(i + 1, m))
    xy = sum(k(a, b) for a in xs for b in ys)
    return xx / (n * (n - 1)) + yy / (m * (m - 1)) - 2 * xy / (n * m)
