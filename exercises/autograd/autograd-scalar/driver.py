"""Behavioural probes of a learner's Value class.

Each case names a graph and gives the values of its leaves. The driver builds that graph
with the learner's own Value class, calls backward() on the output, and reports the
output's value and the gradient of every leaf. The graphs are designed so that every
wrong order of the backward pass that is not a topological one gives wrong gradients,
whatever order a node keeps its operands in (a tuple, a list or a set):
  * classic, reuse: leaves used several times (gradients must accumulate);
  * numbers: plain numbers on either side of every operator;
  * every_op: every operation chained, relu on both sides of 0;
  * diamond: a shared node reached by a short path and by a longer one, whose two
    contributions are equal, so that a node processed before its gradient is complete
    gets a wrong gradient in a way that does not depend on which path came first;
  * deep_chain: a chain of symmetric diamonds, so a wrong order compounds level by level;
  * used_twice: each operation's operand is used again downstream, so its _backward adds to
    a gradient that already holds a part (in a fixed order: the later use is downstream);
  * relu_edges: relu at 0, inside (-1, 1) and beyond it.
"""
import numpy as np


def classic(a, b):
    return a * a + a * b


def reuse(a, b, c):
    p = a * a
    q = p * b
    r = q + a
    return r * c + b


def numbers(a, b, c, d, e):
    left = (3 * (2 + a) - 1 - b / 4) * (1 / c)
    right = ((5 - d) * 0.5) ** 3 + e ** 0.5
    return left + right + 1.5


def every_op(a, b, c, d, e, f):
    u = (a * b - c).tanh()
    v = (d / e).exp()
    w = (u + v + 1.5).relu()          # its input is > 0: relu passes the gradient
    z = (f - 3).relu()                # its input is < 0: relu blocks it
    return (w ** 3 + 1).log() + z * 2 - 0.5


def diamond(a, b):
    h = (a * b).tanh()
    short = h * 2
    long = ((h + 1) * 2) - 3
    return ((short + long) * 0.3).tanh() * a


def deep_chain(x, *ws):
    h = x
    for w in ws:
        s = (h * w).tanh()
        h = (s.tanh() + s.tanh()) * 0.5
    return h


def used_twice(x1, x2, x3, x4, x5, x6, x7, x8):
    # op(x) * x: the product's _backward gives x its first part, then op's adds the second
    # (no plain number on the left: reflected operators have their own graph)
    return ((x1 + x2) * x1 * x2 + (x3 - 0.5) * x3 + (x4 / 2) * x4
            + x5 ** 3 * x5 + x6.relu() * x6 + x7.exp() * x7 + x8.log() * x8)


def relu_edges(a, b, c, d, e):
    return a.relu() + b.relu() * 2 + c.relu() * 3 + d.relu() * 4 + e.relu() * 5


GRAPHS = {"classic": classic, "reuse": reuse, "numbers": numbers, "every_op": every_op,
          "diamond": diamond, "deep_chain": deep_chain, "used_twice": used_twice,
          "relu_edges": relu_edges}


def _number(value, what):
    try:
        return float(value)
    except (TypeError, ValueError):
        raise TypeError(f"{what} must be a plain number, got {type(value).__name__}") from None


def _build(engine, graph, leaves):
    nodes = [engine.Value(float(x)) for x in leaves]
    return GRAPHS[graph](*nodes), nodes


def run(engine, graph, leaves):
    out, nodes = _build(engine, graph, leaves)
    out.backward()
    return {"value": _number(out.data, "the output's .data"),
            "grads": np.array([_number(n.grad, f"the .grad of leaf {i}") for i, n in enumerate(nodes)])}


def forward(engine, graph, leaves):
    out, _ = _build(engine, graph, leaves)
    return _number(out.data, "the output's .data")
