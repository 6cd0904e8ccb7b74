"""How the grader calls your trainer: once on the data, and once with the two labels swapped.

Swapping the labels (y -> 1 - y) must mirror the model: the cross-entropy of a point of
class 1 at score z equals that of a point of class 0 at score -z, so the minimum moves
from (w, b) to (-w, -b) and every prediction flips.
"""


def run(impl, X, y):
    w, b = impl.train_logistic_regression(X, y)
    w_swapped, b_swapped = impl.train_logistic_regression(X, 1 - y)
    return {"w": w, "b": b, "w_swapped": w_swapped, "b_swapped": b_swapped}
