"""How the grader calls accumulate_gradients: with a loss_and_grad it builds and watches.

The callable computes a real mean loss and its gradient (softmax regression, or least
squares with a weight array of any shape) and records every call: the weights it was
given, and the micro-batch. The rules then say whether the learner called it exactly once
per micro-batch, in order, with w unchanged, and whether the result equals one call on the
whole batch.
"""
import numpy as np

RTOL = 1e-9


def least_squares(w, X, y):
    """Mean of ½(⟨x, w⟩ − y)² over the rows; x has w's shape, so w may have any shape."""
    residual = np.tensordot(X, w, axes=w.ndim) - y
    return float(0.5 * np.mean(residual ** 2)), np.tensordot(residual, X, axes=1) / X.shape[0]


def softmax_regression(w, X, y):
    """Mean cross-entropy of softmax(X w) (w (D, C)) against the integer labels y."""
    scores = X @ w
    scores = scores - scores.max(axis=1, keepdims=True)
    log_p = scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))
    rows = np.arange(X.shape[0])
    delta = np.exp(log_p)
    delta[rows, y] -= 1.0
    return float(-np.mean(log_p[rows, y])), X.T @ delta / X.shape[0]


LOSSES = {"least-squares": least_squares, "softmax": softmax_regression}


def watched(loss, calls):
    """loss_and_grad for the learner, appending (w as given, X_mb, y_mb) to `calls`."""
    function = LOSSES[loss]

    def loss_and_grad(w, X_mb, y_mb):
        calls.append((np.array(w, copy=True), X_mb, y_mb))
        return function(np.asarray(w, dtype=float), np.asarray(X_mb), np.asarray(y_mb))
    return loss_and_grad


def _same(a, b):
    a, b = np.asarray(a), np.asarray(b)
    return a.shape == b.shape and bool(np.array_equal(a, b))


def _close(got, want):
    got, want = np.asarray(got, dtype=float), np.asarray(want, dtype=float)
    scale = float(np.max(np.abs(want))) if want.size else 0.0
    return got.shape == want.shape and bool(np.all(np.abs(got - want) <= RTOL * np.abs(want) + 1e-12 * scale))


def _between_other_weights(accumulator, loss, w, micro_batches):
    """The reported call, with one call before and one after on the same w array holding
    other weights (then restored): a loss_and_grad result kept under a key that leaves w out
    (the micro-batch's shape or values) is stale for the reported call. Returns its calls
    and result."""
    from mlfun.grader.stateful import between_other_calls, sibling

    def once(given):
        calls = []
        return calls, accumulator.accumulate_gradients(watched(loss, calls), given["w"], micro_batches)
    return between_other_calls(once, {"w": w}, {"w": sibling(w)})


def run(accumulator, loss, w, micro_batches):
    calls, result = _between_other_weights(accumulator, loss, w, micro_batches)
    if not (isinstance(result, tuple) and len(result) == 2):
        raise TypeError("accumulate_gradients must return a pair (loss, grad), got " + type(result).__name__)
    total_loss, grad = result
    one_each = len(calls) == len(micro_batches) and all(
        _same(X, X_mb) and _same(y, y_mb) for (_, X, y), (X_mb, y_mb) in zip(calls, micro_batches))
    whole = LOSSES[loss](np.asarray(w, dtype=float), np.concatenate([X for X, _ in micro_batches]),
                         np.concatenate([y for _, y in micro_batches]))
    return {"loss": total_loss, "grad": grad,
            # np.float64 is a float too; a 0-d array or a list is not
            "rule: loss is a Python float": isinstance(total_loss, float),
            "rule: one loss_and_grad call per micro-batch, in order": one_each,
            "rule: every call gets the same w": all(_same(cw, w) for cw, _, _ in calls),
            "rule: equals one call on the concatenated batch":
                _close(np.float64(total_loss), whole[0]) and _close(grad, whole[1])}


def full_batch_loss(accumulator, loss, w, micro_batches):
    """The accumulated loss alone, differentiated by the gradient check."""
    return accumulator.accumulate_gradients(watched(loss, []), w, micro_batches)[0]
