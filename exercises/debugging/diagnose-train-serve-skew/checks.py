"""Serving is judged here, against the requests' labels, which the grader keeps:

  * serve returns one int label per row, for a batch of any size, 1 included;
  * accuracy of the 300 requests served one at a time at least 0.85 (the fix: at least
    0.89 over 100 seeds; the broken script: about 0.33, every request the same class);
  * every request gets the same label alone, within the whole set of 300, and within a
    batch of requests of one class only (a label must not depend on the rest of the batch);
  * trained and served on the same readings in other units (x -> u x + v per feature),
    still at least 0.85 one at a time: training statistics follow the units, constants
    written into the code do not.
"""
import numpy as np

ACCURACY = 0.85


def _labels(outputs, key):
    v = outputs.get(key) if isinstance(outputs, dict) else None
    return v if isinstance(v, np.ndarray) and v.dtype.kind in "iu" else None


def returns_labels(inputs, outputs, expected):
    problems = outputs.get("problems") if isinstance(outputs, dict) else None
    return problems or None


def _accuracy(labels, truth):
    return float(np.mean(labels == truth))


def served_accuracy(inputs, outputs, expected):
    alone = _labels(outputs, "alone")
    if alone is None:
        return "cannot be checked: serve must return int labels"
    acc = _accuracy(alone, inputs["_labels"])
    if not acc >= ACCURACY:
        counts = np.bincount(alone[alone >= 0], minlength=3)
        return (f"served one at a time, {acc:.1%} of the 300 requests get the right class (at least {ACCURACY:.0%} "
                f"is needed); the classes served: {counts.tolist()}")
    return None


def same_label_any_batch(inputs, outputs, expected):
    alone, whole = _labels(outputs, "alone"), _labels(outputs, "whole")
    batch, batch_alone = _labels(outputs, "one_class_batch"), _labels(outputs, "one_class_alone")
    if alone is None or whole is None or batch is None or batch_alone is None:
        return "cannot be checked: serve must return int labels"
    differ = int(np.sum(alone != whole))
    if differ:
        return (f"{differ} of the 300 requests get another label when served with the others than when served "
                "alone: a request's label must depend on that request only, not on the rest of its batch "
                "(or on what was served before it)")
    differ = int(np.sum(batch != batch_alone))
    if differ:
        return (f"in batches that hold requests of a single class, {differ} of {batch.size} requests get another "
                "label than when served alone: standardizing with the batch's own statistics removes exactly "
                "what makes the class stand out")
    return None


def measure_same_label_any_batch(inputs, outputs):
    """The share of requests whose label alone differs from their label in the whole set."""
    alone, whole = _labels(outputs, "alone"), _labels(outputs, "whole")
    return None if alone is None or whole is None else (float(np.mean(alone != whole)), 0.15)


def other_units(inputs, outputs, expected):
    alone = _labels(outputs, "alone_other_units")
    if alone is None:
        return "cannot be checked: serve must return int labels"
    acc = _accuracy(alone, inputs["_labels"])
    if not acc >= ACCURACY:
        return (f"trained and served on the same readings in other units (each feature x -> u x + v), only {acc:.1%} "
                f"of the requests served one at a time get the right class (at least {ACCURACY:.0%} is needed): "
                "the standardization must use the statistics of the training set the model was fitted on, "
                "not constants")
    return None
