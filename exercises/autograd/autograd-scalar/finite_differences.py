"""An independent check of the gradients: the same expressions written with plain floats and
the math module, differentiated by centered finite differences. No Value class is involved,
so this also proves the reference right."""
import math

import numpy as np

RTOL = 1e-5
FLOOR = 1e-3


def classic(a, b):
    return a * a + a * b


def reuse(a, b, c):
    return (a * a * b + a) * c + b


def numbers(a, b, c, d, e):
    return (3 * (2 + a) - 1 - b / 4) * (1 / c) + ((5 - d) * 0.5) ** 3 + e ** 0.5 + 1.5


def every_op(a, b, c, d, e, f):
    u = math.tanh(a * b - c)
    v = math.exp(d / e)
    w = max(u + v + 1.5, 0.0)
    z = max(f - 3, 0.0)
    return math.log(w ** 3 + 1) + z * 2 - 0.5


def diamond(a, b):
    h = math.tanh(a * b)
    return math.tanh((h * 2 + ((h + 1) * 2 - 3)) * 0.3) * a


def deep_chain(x, *ws):
    h = x
    for w in ws:
        s = math.tanh(h * w)
        h = (math.tanh(s) + math.tanh(s)) * 0.5
    return h


def used_twice(x1, x2, x3, x4, x5, x6, x7, x8):
    return ((x1 + x2) * x1 * x2 + (x3 - 0.5) * x3 + (x4 / 2) * x4
            + x5 ** 3 * x5 + max(x6, 0.0) * x6 + math.exp(x7) * x7 + math.log(x8) * x8)


FUNCTIONS = {"classic": classic, "reuse": reuse, "numbers": numbers, "every_op": every_op,
             "diamond": diamond, "deep_chain": deep_chain, "used_twice": used_twice}


def numerical_gradient(f, x, i):
    step = 1e-6 * max(1.0, abs(x[i]))
    up, down = list(x), list(x)
    up[i] += step
    down[i] -= step
    return (f(*up) - f(*down)) / (2 * step)


def grads_match_finite_differences(inputs, outputs, expected):
    f = FUNCTIONS[inputs["graph"]]
    x = [float(v) for v in inputs["leaves"]]
    grads = outputs.get("grads") if isinstance(outputs, dict) else None
    if not isinstance(grads, np.ndarray) or grads.shape != (len(x),):
        return "the leaves' gradients could not be read"
    for i in range(len(x)):
        numerical = numerical_gradient(f, x, i)
        got = float(grads[i])
        error = abs(got - numerical) / max(abs(got) + abs(numerical), FLOOR)
        if not error <= RTOL:
            return (f"leaf {i} (value {x[i]:.6g}) has .grad {got:.6g}, but finite differences of the "
                    f"same expression in plain floats give {numerical:.6g}")
    return None
