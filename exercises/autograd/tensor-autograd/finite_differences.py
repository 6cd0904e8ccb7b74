"""An independent check of the gradients: the same computations written in plain NumPy,
without any Tensor class, differentiated by centered finite differences. This also
proves the reference right."""
import numpy as np

RTOL = 1e-5
FLOOR = 1e-3
PER_LEAF = 8                  # coordinates checked per leaf


def example(x, b):
    return (x * b).sum()


def mlp(x, W1, b1, W2, b2, y):
    h = np.maximum(x @ W1 + b1, 0.0)
    s = h @ W2 + b2
    lse = np.log(np.exp(s).sum(axis=1, keepdims=True))
    onehot = np.eye(W2.shape[1])[y]
    return ((lse - s) * onehot).sum() / x.shape[0] + 0.01 * (W1 * W1).sum()


def broadcasting(a, b, c, s):
    w = 2 - (a * b + c) / (1 + b * b) * s
    return (w * w).mean() + (a / 3).sum()


def reductions(x, g):
    xc = x - x.mean(axis=(0, 2), keepdims=True)
    t = (xc * xc).sum(axis=-1).sum(axis=0)
    return (t * g).sum() + (x.sum(axis=(-1, -3)) * g).mean() + np.exp(xc).mean(axis=-2).sum()


def reshape_and_transpose(x, W, V):
    a, b, c = x.shape
    q = ((x.reshape(a, b * c) @ W).T @ V).reshape(V.shape[1], W.shape[1])
    return (q * q).sum() + np.log(np.exp(q.T).sum(axis=0)).sum()


def square_matrices(A, B, C):
    q = ((A @ B) * A) @ C
    return (q * q).mean() + np.exp(C.T @ B).mean()


def plain_numbers(a, b):
    k = np.arange(1, b.shape[0] + 1, dtype=np.float64)
    q = 3 * np.log(a * a + 1) - 1 / (a * a + 2) - a / 4 - 0.5
    r = np.exp(2 - q * 0.5) / (1 + a * a)
    return (r * b).sum() / 2 + (a * k).mean()


def relu_at_zero(x, w):
    return (np.maximum(x, 0.0) * w).sum() + np.maximum(-x, 0.0).mean()


def used_twice(x1, x2, x3, x4, x5, x6, x7):
    return (((x1 + x2) * x1 * x2).sum() + (x3 / x4 * x3).sum() + (np.log(x5) * x5).sum()
            + (x6 * x6).sum() + (x7 * x7).sum())


FUNCTIONS = {"example": example, "mlp": mlp, "broadcasting": broadcasting, "reductions": reductions,
             "reshape_and_transpose": reshape_and_transpose, "square_matrices": square_matrices,
             "plain_numbers": plain_numbers, "relu_at_zero": relu_at_zero, "used_twice": used_twice}


def _numerical(f, arrays, name, k):
    """The five-point centered difference: its error is O(h^4), so h can be large enough
    that rounding (about eps * |f| / h) stays far below the tolerance."""
    base = np.array(arrays[name], dtype=np.float64)
    step = 1e-4 * max(1.0, abs(float(base.reshape(-1)[k])))
    values = {}
    for m in (-2, -1, 1, 2):
        moved = base.copy()
        moved.reshape(-1)[k] += m * step
        values[m] = f(**dict(arrays, **{name: moved}))
    return (8 * (values[1] - values[-1]) - (values[2] - values[-2])) / (12 * step)


def grads_match_finite_differences(inputs, outputs, expected):
    graph = inputs["graph"]
    f = FUNCTIONS[graph]
    arrays = {k: v for k, v in inputs.items() if k != "graph"}
    for name, value in arrays.items():
        if name == "y":
            continue                                         # labels: integers, not differentiated
        shape = np.shape(value)
        grad = outputs.get(f"grad_{name}") if isinstance(outputs, dict) else None
        if not isinstance(grad, np.ndarray) or grad.shape != shape:
            got = f"shape {grad.shape}" if isinstance(grad, np.ndarray) else type(grad).__name__
            return f"the .grad of leaf '{name}' must have the shape of its data, {shape}; got {got}"
        size = int(np.prod(shape, dtype=int))
        for k in np.unique(np.linspace(0, size - 1, min(size, PER_LEAF)).round().astype(int)):
            k = int(k)
            if graph == "relu_at_zero" and name == "x" and value.reshape(-1)[k] == 0.0:
                continue                                     # a kink: no derivative to compare with
            numerical = _numerical(f, arrays, name, k)
            got = float(grad.reshape(-1)[k])
            error = abs(got - numerical) / max(abs(got) + abs(numerical), FLOOR)
            if not error <= RTOL:
                index = [int(i) for i in np.unravel_index(k, shape)]
                return (f"the .grad of leaf '{name}' at {index} is {got:.6g}, but finite differences of "
                        f"the same computation in plain NumPy give {numerical:.6g}")
    return None
