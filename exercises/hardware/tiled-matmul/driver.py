"""How the grader calls tiled_matmul. For mismatched inner dimensions it records whether a
ValueError was raised; elsewhere it records C, loads and whether loads is a Python int."""
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
    if A.shape[1] != B.shape[0]:
        return {"C": np.zeros((0, 0)), "loads": 0, INT: True,
                RAISES: _raises_value_error(impl, A, B, b)}
    C, loads = impl.tiled_matmul(A, B, b)
    return {"C": C, "loads": loads, INT: type(loads) is int, RAISES: True}
