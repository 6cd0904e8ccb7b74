# Mistake: no-shift (every position). logits[:, t] is scored against tokens[:, t] at all T
# positions, with the mask of the same position: no shift anywhere.
import numpy as np


def _log_softmax(logits):
    shifted = logits - np.max(logits, axis=-1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))


def lm_loss(logits, tokens, mask=None):
    n, t, v = logits.shape
    if mask is None:
        mask = np.ones((n, t), dtype=bool)
    counted = mask
    count = np.count_nonzero(counted)
    log_probs = _log_softmax(logits)
    targets = tokens
    rows, steps = np.indices(targets.shape)
    picked = log_probs[rows, steps, targets]
    loss = -np.sum(picked[counted]) / count
    grad = np.exp(log_probs)
    grad[rows, steps, targets] -= 1.0
    dlogits = grad * counted[..., None] / count
    return float(loss), dlogits


def bits_per_byte(loss, bytes_per_token):
    return float(loss / (np.log(2.0) * bytes_per_token))
