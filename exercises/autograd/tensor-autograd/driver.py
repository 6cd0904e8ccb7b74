"""Behavioural probes of a learner's Tensor class.

Each case names a graph and gives the arrays of its leaves. The driver builds that
computation with the learner's own Tensor class, calls backward() once on the scalar
result, and reports the result's value, the .grad of the first leaf as it was before
backward() (zeros of the leaf's shape), and the .grad of every leaf afterwards.

The graphs, and what each one probes:
  * example: the statement's example, (x * b).sum() with b broadcast over the rows;
  * mlp: a two-layer network with a cross-entropy loss: @, bias vectors broadcast over the
    rows, relu, exp, a sum with keepdims=True broadcast back against the logits (the
    log-sum-exp), log, a weight used twice (an L2 penalty), numbers on both sides;
  * broadcasting: operands (P, 1, R), (Q, R), (R,) and a 0-d scalar combined with
    + - * /, and numbers on either side;
  * reductions: sum and mean over tuples of axes, negative axes, keepdims=True and False,
    a mean broadcast back against its input (centering), exp;
  * reshape and transpose: reshape with separate ints and with a tuple, .T, @ of
    non-square matrices, a sum over a tuple of negative axes (no broadcasting, no numbers);
  * square matrices: @ of square matrices, so that products with a missing transpose
    have the right shape and only the values are wrong (no broadcasting, no numbers);
  * plain numbers: numbers on both sides of every operator, unary minus, log, exp, a
    Tensor made from a Python list of ints, a bias-like vector;
  * relu at zero: relu of inputs that are exactly 0, whose gradient must be 0;
  * used twice: op(x) * x for +, /, log, reshape and .T, so each op's _backward adds to a
    gradient the product has already given a part (the product is downstream, so it always
    runs first); no numbers, no broadcasting, no @.
Graphs without broadcasting contain no plain numbers either (a number is broadcast too),
so that an engine that never unbroadcasts is right on them, and one whose @ backward is
wrong is right on the graphs without @.
"""
import numpy as np


def example(T, x, b):
    leaves = {"x": T(x), "b": T(b)}
    X, B = leaves.values()
    return (X * B).sum(), leaves


def mlp(T, x, W1, b1, W2, b2, y):
    leaves = {"x": T(x), "W1": T(W1), "b1": T(b1), "W2": T(W2), "b2": T(b2)}
    X, A, B, C, E = leaves.values()
    onehot = T(np.eye(W2.shape[1])[y])                          # the labels, as a constant
    h = (X @ A + B).relu()                                      # (N, H)
    s = h @ C + E                                               # (N, C) logits
    lse = s.exp().sum(axis=1, keepdims=True).log()              # (N, 1) log-sum-exp
    loss = ((lse - s) * onehot).sum() / x.shape[0] + 0.01 * (A * A).sum()
    return loss, leaves


def broadcasting(T, a, b, c, s):
    leaves = {"a": T(a), "b": T(b), "c": T(c), "s": T(s)}
    A, B, C, S = leaves.values()
    u = A * B + C                                               # (P, 1, R), (Q, R), (R,) -> (P, Q, R)
    v = u / (1 + B * B)
    w = 2 - v * S                                               # S is 0-d
    return (w * w).mean() + (A / 3).sum(), leaves


def reductions(T, x, g):
    leaves = {"x": T(x), "g": T(g)}
    X, G = leaves.values()
    m = X.mean(axis=(0, 2), keepdims=True)                      # (1, B, 1)
    xc = X - m                                                  # centred per middle index
    v = (xc * xc).sum(axis=-1)                                  # (A, B)
    t = v.sum(axis=0)                                           # (B,)
    loss = (t * G).sum() + (X.sum(axis=(-1, -3)) * G).mean() + xc.exp().mean(axis=-2).sum()
    return loss, leaves


def reshape_and_transpose(T, x, W, V):
    leaves = {"x": T(x), "W": T(W), "V": T(V)}
    X, Wt, Vt = leaves.values()
    a, b, c = x.shape
    f = X.reshape(a, b * c)                                     # separate ints
    z = f @ Wt                                                  # (A, E)
    m = z.T @ Vt                                                # (E, F)
    q = m.reshape((V.shape[1], W.shape[1]))                     # a tuple: (F, E), not a transpose
    return (q * q).sum(axis=(-2, -1)) + q.T.exp().sum(axis=0).log().sum(), leaves


def square_matrices(T, A, B, C):
    leaves = {"A": T(A), "B": T(B), "C": T(C)}
    a, b, c = leaves.values()
    p = a @ b
    q = (p * a) @ c
    return (q * q).mean() + (c.T @ b).exp().mean(), leaves


def plain_numbers(T, a, b):
    leaves = {"a": T(a), "b": T(b), "k": T(list(range(1, b.shape[0] + 1)))}   # k from Python ints
    A, B, K = leaves.values()
    p = (A * A + 1).log()
    q = 3 * p - 1 / (A * A + 2) + (-A) / 4 - 0.5
    r = (2 - q * 0.5).exp() / (1 + A * A)
    return (r * B).sum() / 2 + (A * K).mean(), leaves


def relu_at_zero(T, x, w):
    leaves = {"x": T(x), "w": T(w)}
    X, Wt = leaves.values()
    return (X.relu() * Wt).sum() + (X * -1).relu().mean(), leaves


def used_twice(T, x1, x2, x3, x4, x5, x6, x7):
    leaves = {f"x{i}": T(v) for i, v in enumerate((x1, x2, x3, x4, x5, x6, x7), 1)}
    a, b, c, d, e, f, g = leaves.values()
    n, m = x1.shape
    return (((a + b) * a * b).sum() + ((c / d) * c).sum() + (e.log() * e).sum()
            + (f.reshape(n * m).reshape((n, m)) * f).sum() + (g.T.T * g).sum()), leaves


GRAPHS = {"example": example, "mlp": mlp, "broadcasting": broadcasting, "reductions": reductions,
          "reshape_and_transpose": reshape_and_transpose, "square_matrices": square_matrices,
          "plain_numbers": plain_numbers, "relu_at_zero": relu_at_zero, "used_twice": used_twice}


def _array(value, what):
    if value is None:
        raise TypeError(f"{what} is None; it must be a numpy array (a leaf's .grad starts as "
                        "zeros of its data's shape)")
    try:
        return np.array(value, dtype=np.float64)               # a copy, of plain numbers
    except (TypeError, ValueError):
        raise TypeError(f"{what} must be a numpy array of numbers, got {type(value).__name__}") from None


def _value(out, graph):
    data = getattr(out, "data", None)
    if data is None:
        raise TypeError(f"the result of graph '{graph}' must be a Tensor with .data, got {type(out).__name__}")
    value = _array(data, f"the .data of the result of graph '{graph}'")
    if value.size != 1:
        raise ValueError(f"the result of graph '{graph}' should be a scalar, but its .data has shape "
                         f"{value.shape}: a sum() or mean() without an axis must reduce every axis")
    return float(value.reshape(()))


def run(engine, graph, **arrays):
    out, leaves = GRAPHS[graph](engine.Tensor, **arrays)
    first = next(iter(leaves))
    before = _array(leaves[first].grad, f"the .grad of leaf '{first}' before backward()")
    value = _value(out, graph)
    out.backward()
    result = {"value": value, "grad_before_backward": before}
    for name, leaf in leaves.items():
        result[f"grad_{name}"] = _array(leaf.grad, f"the .grad of leaf '{name}'")
    return result


def forward(engine, graph, **arrays):
    out, _ = GRAPHS[graph](engine.Tensor, **arrays)
    return _value(out, graph)
