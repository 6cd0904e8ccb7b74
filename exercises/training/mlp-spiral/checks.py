"""What a spiral classifier must achieve, judged in the grader's process from its predictions.

Each function gets (inputs, outputs, expected) and returns None when the property holds,
or one sentence saying how it fails. `inputs["_y_test"]` (the held-out labels) never
reaches the learner's process. `expected` (the reference's predictions) is not used.

The convexity check: for pairs of held-out points that the model puts in the same class,
how often does their midpoint get another class? A linear model (argmax of affine scores
x W + b, with or without a hidden layer that has no nonlinearity) has convex class
regions, each an intersection of half-planes, so the answer is exactly 0. A network that
follows the spiral arms gets 0.17-0.38 over 100 seeds; the bar is 0.02. The reference
reaches a held-out accuracy of 0.99 or more; the bar is 0.95.
"""
import numpy as np

ACCURACY = 0.95
TRAIN_ACCURACY = 0.9
NONCONVEX = 0.02
CLASSES = 3


def _labels(outputs, name, n):
    """The predictions as an int array (n,), or (None, message)."""
    value = outputs.get(name) if isinstance(outputs, dict) else None
    if not isinstance(value, np.ndarray):
        return None, f"predict must return a numpy array of labels, but it returned {type(value).__name__}"
    if value.dtype.kind not in "iu":
        return None, (f"predict must return integer labels (np.argmax gives them), but it returned an "
                      f"array of {value.dtype}")
    if value.shape != (n,):
        return None, (f"predict returned an array of shape {value.shape} for {n} points, expected ({n},): "
                      "one label per point, the argmax of that point's scores over the class axis")
    if value.size and (value.min() < 0 or value.max() >= CLASSES):
        return None, f"predict returned the label {value.min() if value.min() < 0 else value.max()}, not a class 0, 1 or 2"
    return value, None


def _all(inputs, outputs):
    sizes = {"pred": len(inputs["X_test"]), "pred_train": len(inputs["X"]), "pred_mid": len(inputs["pairs"])}
    found = {}
    for name, n in sizes.items():
        found[name], problem = _labels(outputs, name, n)
        if problem:
            return None, problem
    return found, None


def predicts_labels(inputs, outputs, expected):
    return _all(inputs, outputs)[1]


def held_out_accuracy(inputs, outputs, expected):
    preds, problem = _all(inputs, outputs)
    if problem:
        return f"accuracy cannot be measured: {problem}"
    accuracy = np.mean(preds["pred"] == inputs["_y_test"])
    if accuracy < ACCURACY:
        return (f"your model classifies {accuracy:.1%} of {len(inputs['_y_test'])} held-out spiral points "
                f"correctly; at least {ACCURACY:.0%} is needed")
    return None


def training_accuracy(inputs, outputs, expected):
    preds, problem = _all(inputs, outputs)
    if problem:
        return f"training accuracy cannot be measured: {problem}"
    accuracy = np.mean(preds["pred_train"] == inputs["y"])
    if accuracy < TRAIN_ACCURACY:
        return (f"your model gets only {accuracy:.1%} of its own training points right (at least "
                f"{TRAIN_ACCURACY:.0%} expected): it does not fit the data it was trained on")
    return None


def regions_not_convex(inputs, outputs, expected):
    preds, problem = _all(inputs, outputs)
    if problem:
        return f"the shape of the class regions cannot be checked: {problem}"
    a, b = inputs["pairs"].T
    pred, mid = preds["pred"], preds["pred_mid"]
    same = pred[a] == pred[b]
    broken = np.mean(mid[same] != pred[a][same]) if same.any() else 0.0
    if broken < NONCONVEX:
        return (f"of {int(same.sum())} pairs of held-out points that your model puts in the same class, "
                f"it puts the midpoint in that class too for {1 - broken:.1%}: its class regions are "
                f"convex, which is what a linear model gives (the argmax of affine scores carves the "
                f"plane into intersections of half-planes). A region that follows a spiral arm curls "
                f"around the others and cannot be convex")
    return None
