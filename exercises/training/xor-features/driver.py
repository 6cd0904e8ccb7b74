"""How the grader calls your features: on the training points and on the held-out points
(the grader trains its own logistic regression on the first and tests it on the second),
and on four probes made from the held-out points, each with one coordinate changed: its
sign flipped (x1 -> -x1, or x2 -> -x2), or its values shuffled among the points."""
import numpy as np


def _changed(X, column, how):
    Z = X.copy()
    Z[:, column] = -Z[:, column] if how == "flip" else np.roll(Z[:, column], 1)
    return Z


def run(impl, X, X_test):
    out = {"F": impl.features(X), "F_test": impl.features(X_test)}
    for column in (0, 1):
        out[f"F_flip{column + 1}"] = impl.features(_changed(X_test, column, "flip"))
        out[f"F_move{column + 1}"] = impl.features(_changed(X_test, column, "move"))
    return out
