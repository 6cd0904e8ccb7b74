"""What a trained logistic regression must achieve, judged in the grader's process.

Each function gets (inputs, outputs, expected) and returns None when the property holds,
or one sentence saying how it fails. `inputs` holds the private held-out data (_X_test,
_y_test) and the Bayes-optimal boundary (_w_best, _b_best) that the learner's code never
sees. `expected` (the reference's model) is not used: any model that meets the bars passes.

Bars, measured over 300+ seeds of the generator (the reference, plain gradient descent
from zeros with learning rates 0.1-1, and standardized features all pass with room):
  * held-out accuracy >= Bayes-optimal accuracy - 0.04 on the same 2000 points (reference:
    within 0.025; a model without intercept: at least 0.09 below);
  * the mean predicted probability on the training set is within 0.03 of the fraction of
    1 labels: dL/db = mean(p - y) vanishes at the minimum (reference: < 0.002; plain
    gradient descent for 2000 steps of 0.1: < 0.015; without intercept: > 0.06).
"""
import math

import numpy as np

ACCURACY_MARGIN = 0.04
BIAS_GRADIENT_TOL = 0.03
SWAP_AGREEMENT = 0.95


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _model(outputs, suffix=""):
    """(w, b) as float64, or (None, message)."""
    w, b = outputs.get("w" + suffix), outputs.get("b" + suffix)
    if not isinstance(w, np.ndarray) or w.dtype.kind not in "fiu" or w.ndim != 1:
        return None, "w must be a 1-D numpy array of floats"
    b = np.asarray(b) if isinstance(b, (int, float, np.number, np.ndarray)) else None
    if b is None or b.size != 1 or b.dtype.kind not in "fiu":
        return None, "b must be a single number (a float)"
    return (w.astype(np.float64), float(b.reshape(-1)[0])), None


def _checked(inputs, outputs, suffix=""):
    model, problem = _model(outputs, suffix)
    if problem:
        return None, problem
    w, b = model
    if w.shape != (inputs["X"].shape[1],):
        return None, f"w has shape {w.shape}, but X has {inputs['X'].shape[1]} features: expected ({inputs['X'].shape[1]},)"
    if not (np.all(np.isfinite(w)) and math.isfinite(b)):
        return None, "w or b is not finite (inf or NaN): the training blew up"
    return (w, b), None


def returns_model(inputs, outputs, expected):
    for suffix, what in (("", ""), ("_swapped", " (on the swapped labels)")):
        _, problem = _checked(inputs, outputs, suffix)
        if problem:
            return problem + what
    return None


def held_out_accuracy(inputs, outputs, expected):
    model, problem = _checked(inputs, outputs)
    if problem:
        return f"accuracy cannot be measured: {problem}"
    (w, b), X, y = model, inputs["_X_test"], inputs["_y_test"]
    accuracy = np.mean((X @ w + b > 0) == y)
    best = np.mean((X @ inputs["_w_best"] + inputs["_b_best"] > 0) == y)
    if accuracy < best - ACCURACY_MARGIN:
        return (f"your model classifies {accuracy:.1%} of {len(y)} held-out points correctly, but the "
                f"best possible boundary for this distribution gets {best:.1%} of them: at least "
                f"{best - ACCURACY_MARGIN:.1%} is needed")
    return None


def training_loss_below_chance(inputs, outputs, expected):
    model, problem = _checked(inputs, outputs)
    if problem:
        return f"the training loss cannot be measured: {problem}"
    (w, b), X, y = model, inputs["X"], inputs["y"]
    z = X @ w + b
    loss = float(np.mean(np.logaddexp(0.0, z) - y * z))      # mean cross-entropy, computed stably
    if not loss < math.log(2):
        return (f"the mean cross-entropy of your model on its own training data is {loss:.4g}, above "
                f"log 2 = 0.6931, the loss of the untrained model w = 0, b = 0 (which predicts 1/2 "
                f"everywhere): training made the loss worse, not better")
    return None


def intercept_optimal(inputs, outputs, expected):
    model, problem = _checked(inputs, outputs)
    if problem:
        return f"the intercept cannot be checked: {problem}"
    (w, b), X, y = model, inputs["X"], inputs["y"]
    mean_p, frac = float(np.mean(_sigmoid(X @ w + b))), float(np.mean(y))
    if abs(mean_p - frac) > BIAS_GRADIENT_TOL:
        return (f"on the training data your mean predicted probability is {mean_p:.3f}, but a fraction "
                f"{frac:.3f} of the labels are 1. At the minimum dL/db = mean(p - y) = 0, so the two "
                f"must agree (within {BIAS_GRADIENT_TOL}): b is not at its optimum")
    return None


def label_swap_mirrors(inputs, outputs, expected):
    model, problem = _checked(inputs, outputs)
    swapped, problem = (None, problem) if problem else _checked(inputs, outputs, "_swapped")
    if problem:
        return f"the label swap cannot be checked: {problem}"
    X = inputs["X"]
    (w, b), (w2, b2) = model, swapped
    flipped = np.mean((X @ w + b > 0) != (X @ w2 + b2 > 0))
    if flipped < SWAP_AGREEMENT:
        return (f"trained on the swapped labels 1 - y, your model should predict the opposite class "
                f"for every training point (the loss of class 1 at score z equals the loss of class 0 "
                f"at -z, so the minimum moves to (-w, -b)), but only {flipped:.1%} of the "
                f"predictions flipped: your training treats the two classes differently")
    return None
