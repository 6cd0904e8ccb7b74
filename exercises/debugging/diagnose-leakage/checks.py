"""The estimate is judged against the truth, which the grader computes itself (generators.py):
the pipeline fitted on all the orders of a case and scored on 50,000 fresh orders of the same
shop. Your code never sees it.

  * the estimate is a number in [0, 1];
  * it depends on the labels: a number that stays exactly the same on a shop's labels and on
    the same labels shuffled was not measured on them (a constant). Judged on the shops only:
    on 300 coin flips two honest estimates are both multiples of 1/300 near 0.5, and now and
    then equal;
  * on every shop, it is within 0.03 of the truth (an honest 5-fold estimate: within 0.017
    over 300 seeds; the starter's leak: 0.09 to 0.44 too high);
  * with the labels shuffled, it is within 0.03 of the pipeline's chance level on fresh
    orders (honest: within 0.017; the leak: about 0.97 instead of about 0.51);
  * on coin-flip labels with 97 features and 300 orders, it is at most 0.65 (honest 5-fold:
    0.37 to 0.63 over 2000 seeds, too noisy for a two-sided bound; the accuracy on the fitted
    rows: 0.67 to 0.85).
The shuffled-label check skips an estimate that ignores the labels (the second check already
says all there is to say about it).
"""
import numbers

import numpy as np

TOLERANCE, COIN_MARGIN = 0.03, 0.15


def _value(outputs, key):
    value = outputs.get(key) if isinstance(outputs, dict) else None
    if isinstance(value, np.ndarray) and value.shape == ():
        value = value[()]
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (numbers.Real, np.number)):
        return None
    value = float(value)
    return value if 0.0 <= value <= 1.0 else None


def _ignores_labels(outputs):
    """True when the estimate is exactly the same on y and on the shuffled labels."""
    a, b = _value(outputs, "estimate"), _value(outputs, "estimate_shuffled")
    return a is not None and b is not None and a == b


def returns_accuracy(inputs, outputs, expected):
    for key in ("estimate", "estimate_shuffled"):
        if key in outputs and _value(outputs, key) is None:
            return ("estimate_accuracy must return one number between 0 and 1 (an accuracy); "
                    f"it returned {outputs[key]!r}")
    return None


def depends_on_the_labels(inputs, outputs, expected):
    if _ignores_labels(outputs):
        return (f"your estimate is exactly {_value(outputs, 'estimate'):.4g} both on the labels y and on the same "
                "labels shuffled: a number that does not change with the labels was not measured on them")
    return None


def close_to_fresh_accuracy(inputs, outputs, expected):
    got, truth = _value(outputs, "estimate"), inputs["_truth"]
    if got is None:
        return "cannot be checked: estimate_accuracy must return a number between 0 and 1"
    if abs(got - truth) > TOLERANCE:
        return (f"your estimate is {got:.3f}, but the pipeline fitted on these orders scores {truth:.3f} on 50,000 "
                f"fresh orders of the same shop (off by {got - truth:+.3f}; at most {TOLERANCE} is allowed)")
    return None


def chance_on_shuffled_labels(inputs, outputs, expected):
    if "estimate_shuffled" not in outputs or _ignores_labels(outputs):
        return None
    got, truth = _value(outputs, "estimate_shuffled"), inputs["_truth_shuffled"]
    if got is None:
        return "cannot be checked: estimate_accuracy must return a number between 0 and 1"
    if abs(got - truth) > TOLERANCE:
        return (f"with the labels shuffled there is nothing to learn, and the pipeline scores {truth:.3f} on fresh "
                f"orders (chance), but your estimate is {got:.3f}: labels of the orders you score reach the model "
                "that scores them")
    return None


def no_skill_on_coin_flips(inputs, outputs, expected):
    for key in ("estimate", "estimate_shuffled"):
        got = _value(outputs, key)
        if got is None:
            return "cannot be checked: estimate_accuracy must return a number between 0 and 1"
        if got > 0.5 + COIN_MARGIN:
            return (f"the labels are fair coin flips, so every model scores 0.5 on fresh orders, but your estimate "
                    f"is {got:.3f} (for comparison: with {inputs['X'].shape[1] + 2} coefficients fitted on "
                    f"{len(inputs['y'])} orders, the model gets about 0.76 of the very orders it was fitted on "
                    "right, by chance)")
    return None
