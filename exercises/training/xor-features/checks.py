"""The fixed classifier trained on the learner's features, and properties of those features.

Each function gets (inputs, outputs, expected) and returns None when the property holds,
or one sentence. The labels `_y` and `_y_test` are private: only this process sees them.

`train_logistic` is the fixed trainer: it standardizes each feature with the training
mean and standard deviation (a constant feature is left at scale 1), then runs 1000 steps
of gradient descent with learning rate 0.5 on the mean cross-entropy, from zero, with an
intercept. On standardized features that are linearly separable this reaches 100% on the
held-out points; on linear features of XOR it stays near 50%.
"""
import numpy as np

MAX_FEATURES = 200
ACCURACY = 0.95


def train_logistic(F, y, steps=1000, learning_rate=0.5):
    """Returns predict(F_new) -> 0/1 labels: the fixed linear classifier fit on (F, y)."""
    mean, scale = F.mean(axis=0), F.std(axis=0)
    scale = np.where(scale > 1e-12 * (1 + np.abs(mean)), scale, 1.0)
    Z = (F - mean) / scale
    w, b = np.zeros(F.shape[1]), 0.0
    for _ in range(steps):
        p = 0.5 * (1 + np.tanh(0.5 * (Z @ w + b)))
        w -= learning_rate * Z.T @ (p - y) / len(y)
        b -= learning_rate * np.mean(p - y)
    return lambda G: (((G - mean) / scale) @ w + b > 0).astype(np.int64)


NAMES = {"F": "the training points", "F_test": "the held-out points",
         "F_flip1": "the held-out points with x1 negated", "F_flip2": "the held-out points with x2 negated",
         "F_move1": "the held-out points with x1 shuffled", "F_move2": "the held-out points with x2 shuffled"}


def _features(inputs, outputs):
    """All feature arrays as float64, or (None, message)."""
    found, k = {}, None
    for name, what in NAMES.items():
        rows = len(inputs["X"]) if name == "F" else len(inputs["X_test"])
        F = outputs.get(name) if isinstance(outputs, dict) else None
        if not isinstance(F, np.ndarray) or F.dtype.kind not in "fiub":
            return None, f"features must return a numpy array, but it returned {type(F).__name__} for {what}"
        if F.ndim != 2 or F.shape[0] != rows:
            return None, f"features returned shape {F.shape} for {what}, expected ({rows}, K): one row per point"
        if k is not None and F.shape[1] != k:
            return None, f"features returned {F.shape[1]} columns for {what} but {k} for the training points"
        k = F.shape[1]
        if not 1 <= k <= MAX_FEATURES:
            return None, f"features returned {k} features per point; use 1 to {MAX_FEATURES}"
        if not np.all(np.isfinite(F)):
            return None, f"features returned inf or NaN for {what}"
        found[name] = F.astype(np.float64)
    return found, None


def returns_features(inputs, outputs, expected):
    return _features(inputs, outputs)[1]


def linearly_separable(inputs, outputs, expected):
    F, problem = _features(inputs, outputs)
    if problem:
        return f"the classifier cannot be trained: {problem}"
    predict = train_logistic(F["F"], inputs["_y"])
    train_acc = np.mean(predict(F["F"]) == inputs["_y"])
    accuracy = np.mean(predict(F["F_test"]) == inputs["_y_test"])
    if accuracy < ACCURACY:
        return (f"a logistic regression trained on your features gets {accuracy:.1%} of the held-out points "
                f"right (and {train_acc:.1%} of its training points); at least {ACCURACY:.0%} is needed: "
                "no hyperplane in your feature space separates the two classes")
    return None


def _unchanged(F, G):
    return np.allclose(F, G, rtol=1e-12, atol=1e-12)


def uses_both_coordinates(inputs, outputs, expected):
    F, problem = _features(inputs, outputs)
    if problem:
        return f"cannot be checked: {problem}"
    for j in (1, 2):
        if _unchanged(F["F_test"], F[f"F_move{j}"]):
            return (f"your features do not change when x{j} changes (the held-out points with their x{j} "
                    f"values shuffled get exactly the same features): they ignore x{j}, yet the label "
                    f"flips whenever x{j} changes sign")
    return None


def sees_the_signs(inputs, outputs, expected):
    F, problem = _features(inputs, outputs)
    if problem:
        return f"cannot be checked: {problem}"
    for j in (1, 2):
        if _unchanged(F["F_test"], F[f"F_flip{j}"]):
            return (f"your features are the same for (x1, x2) and for the point with x{j} negated, but "
                    f"those two points always have opposite labels: no classifier on these features can "
                    f"tell them apart. The label is a matter of signs, and your features discard the sign "
                    f"of x{j}")
    return None


def not_linear(inputs, outputs, expected):
    F, problem = _features(inputs, outputs)
    if problem:
        return f"cannot be checked: {problem}"
    X = inputs["X_test"]
    A = np.column_stack([X, np.ones(len(X))])
    coef, *_ = np.linalg.lstsq(A, F["F_test"], rcond=None)
    residual = np.abs(A @ coef - F["F_test"]).max()
    if residual <= 1e-9 * (1 + np.abs(F["F_test"]).max()):
        return ("every one of your features is an affine function a1·x1 + a2·x2 + c of the point, so a "
                "linear classifier on them is still a linear classifier on x: its boundary is a straight "
                "line, and no straight line separates XOR")
    return None
