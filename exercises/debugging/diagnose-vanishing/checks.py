"""The fixed network is judged by what it does, measured here from the values the driver
collected (see driver.py), never from a loss or an accuracy the script reports.

  * architecture: W1..W9 keep the starter's shapes (8 hidden layers of 16 units): making
    the network shallow removes the symptom, not the cause;
  * the gradients are real: along the reported gradient of W1 and of W9, the loss changes
    at the rate the gradient's norm says (within 10%), so the norms cannot be faked;
  * the ratio |dW1| / |dW9| at initialization, median over five initializations, is within
    [0.1, 10] (the starter's is about 1e-6; ReLU with He initialization gives 0.2 to 2);
  * held-out accuracy after train is at least 0.9 (the reference gets about 0.98; the
    starter stays at chance, 0.5).
When the architecture is wrong, the other checks are not judged (they would only repeat it).
"""
import numpy as np

SIZES = [16, 16, 16, 16, 16, 16, 16, 16, 16, 1]
LOW, HIGH, ACCURACY, SLOPE_RTOL = 0.1, 10.0, 0.9, 0.1


def _architecture(outputs):
    shapes = outputs.get("shapes") if isinstance(outputs, dict) else None
    if not isinstance(shapes, dict):
        return "init_params must return a dict of arrays W1..W9, b1..b9"
    want = {f"W{l}": [SIZES[l - 1], SIZES[l]] for l in range(1, len(SIZES))}
    for key, shape in want.items():
        if shapes.get(key) != shape:
            got = shapes.get(key)
            extra = sorted(k for k in shapes if k.startswith("W") and k not in want)
            return (f"init_params must keep the network's 9 weight matrices with their shapes: {key} should be "
                    f"{tuple(shape)} but is {tuple(got) if got is not None else 'missing'}"
                    + (f" (and there are extra matrices {', '.join(extra)})" if extra else "")
                    + ". The lesson is to make the deep network learn, not to remove its depth")
    return None


def architecture(inputs, outputs, expected):
    return _architecture(outputs)


def real_gradients(inputs, outputs, expected):
    if _architecture(outputs):
        return None
    reported, measured = outputs.get("reported"), outputs.get("measured")
    if reported is None or measured is None:
        return "forward_backward must return (loss, grads) with grads['W1'] and grads['W9']"
    for name, r, m in zip(("W1", "W9"), reported, measured):
        if not (np.isfinite(r) and np.isfinite(m)) or abs(r - m) > SLOPE_RTOL * max(abs(r), abs(m), 1e-12):
            return (f"the gradient forward_backward reports for {name} is not the gradient of its loss: its norm is "
                    f"{r:.3g}, but moving {name} along it changes the loss at a rate of {m:.3g}. The grader "
                    "measures the gradients your network really has; rescaling them does not fix the network")
    return None


def gradient_ratio(inputs, outputs, expected):
    if _architecture(outputs):
        return None
    ratios = outputs.get("ratios")
    if not ratios:
        return "forward_backward must return (loss, grads) with grads['W1'] and grads['W9']"
    median = float(np.median(ratios))
    if not LOW <= median <= HIGH:
        return (f"at initialization the gradient of the first layer is {median:.2g} times that of the last "
                f"(|dW1| / |dW9|, median over {len(ratios)} initializations); between {LOW} and {HIGH:g} is "
                "needed: the gradient must reach the first layer with about the size it has at the last")
    return None


def held_out_accuracy(inputs, outputs, expected):
    if _architecture(outputs):
        return None
    pred, truth = outputs.get("predictions"), inputs["_y_test"]
    if not isinstance(pred, np.ndarray) or pred.shape != truth.shape:
        return f"predict must return one label per point, an array of shape {truth.shape}"
    acc = float(np.mean(pred == truth))
    if not acc >= ACCURACY:
        return (f"after train, the network classifies {acc:.1%} of {len(truth)} held-out points right; at least "
                f"{ACCURACY:.0%} is needed (guessing gets 50%)")
    return None
