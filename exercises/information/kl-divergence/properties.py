"""A property check for kl_divergence: +inf exactly where the divergence is infinite.

The `close` check compares values with a relative tolerance, and rtol·|inf| is inf, so on
its own it would accept a large finite number (say from clipping q at 1e-300) where the
answer is +inf. This check makes the infinities exact.
"""
import numpy as np


def infinite_where_expected(inputs, outputs, expected):
    got = outputs.get("kl") if isinstance(outputs, dict) else None
    want = np.asarray(expected["kl"], dtype=np.float64)
    if got is None or np.shape(got) != want.shape:
        return None                              # the close check reports shapes and types
    try:
        got = np.asarray(got, dtype=np.float64)
    except (TypeError, ValueError):
        return None
    where = np.argwhere(np.isposinf(want) != np.isposinf(got))
    if len(where):
        index = tuple(int(i) for i in where[0])
        at = f" at {list(index)}" if index else ""
        if np.isposinf(want[index]):
            return (f"kl is {got[index]:.6g}{at} where some p_i > 0 has q_i = 0: the divergence is +inf "
                    "there (q calls impossible an outcome that happens), not a large finite number")
        return f"kl is +inf{at}, but no p_i > 0 has q_i = 0 in that slice: it should be {want[index]:.6g}"
    return None
