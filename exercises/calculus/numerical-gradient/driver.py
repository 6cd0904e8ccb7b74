"""How the grader calls numerical_gradient.

A function cannot cross into the sandbox as data, so the case sends plain arrays and the
driver builds f from them: a quadratic bowl plus a cosine ripple,

    f(x) = 1/2 v^T A v + b^T v + sum_i c_i cos(w_i v_i),      v = x flattened (C order),

whose curvature along every axis is large (the hidden A has a big diagonal), so a
one-sided difference is visibly off by h/2 * f''. The driver reports the gradient and x
as it is after the call, so a learner who leaves x shifted is told so by the outputs.
"""
import numpy as np


def make_f(A, b, c, w, shape):
    shape = tuple(shape)

    def f(x):
        x = np.asarray(x, dtype=np.float64)
        if x.shape != shape:
            raise ValueError(f"f takes an array shaped like x, {shape}; it was given shape {x.shape}")
        v = x.reshape(-1)
        return float(0.5 * (v @ A @ v) + b @ v + np.sum(c * np.cos(w * v)))
    return f


def run(impl, A, b, c, w, x, h):
    f = make_f(A, b, c, w, x.shape)
    grad = impl.numerical_gradient(f, x) if h is None else impl.numerical_gradient(f, x, h)
    return {"grad": grad, "x_after": np.array(x, copy=True)}
