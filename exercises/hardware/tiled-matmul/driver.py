"""How the grader calls tiled_matmul. For mismatched inner dimensions it records whether a
ValueError was raised; elsewhere it records C, loads and whether loads is a Python int.

Elsewhere `run` reports one call made between others (`stateful.between_other_calls`). Before it, one
call for every nonempty set of the inputs A, B and b, with those inputs holding other values
(A and B written into the very same arrays, then restored; b one larger), larger sets first;
after it, one call with every input other, before the reported C is sent. A result (or a
part of one, such as loads) kept in the module under a key that leaves out some inputs (the
shapes, the id of an array, b), or a count that is never reset, is then wrong for the
reported call, and a C reused between calls is overwritten after it: the close check sees
both."""
import numpy as np

RAISES = "rule: ValueError when the inner dimensions differ"
INT = "rule: loads is a Python int"


def _raises_value_error(impl, A, B, b):
    try:
        impl.tiled_matmul(A, B, b)
    except ValueError:
        return True
    except Exception:
        return False
    return False


def run(impl, A, B, b):
    from mlfun.grader.stateful import between_other_calls, sibling

    if A.shape[1] != B.shape[0]:
        return {"C": np.zeros((0, 0)), "loads": 0, INT: True,
                RAISES: _raises_value_error(impl, A, B, b)}
    inputs = {"A": A, "B": B, "b": b}
    others = {"A": sibling(A), "B": sibling(B), "b": b + 1}
    C, loads = between_other_calls(lambda given: impl.tiled_matmul(given["A"], given["B"], given["b"]),
                                    inputs, others)
    return {"C": C, "loads": loads, INT: type(loads) is int, RAISES: True}
