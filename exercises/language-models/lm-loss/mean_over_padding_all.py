# Mistake: mean-over-padding (padded predictions summed too). The mean of every prediction,
# padded ones included: the mask is ignored.
import numpy as np


def _log_softmax(logits):
    shifted = logits - np.max(logits, axis=-1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))


def lm_loss(logits, tokens, mask=None):
    n, t, v = logits.shape
    counted = np.ones((n, t - 1), dtype=bool)
    count = np.count_nonzero(counted)
    log_probs = _log_softmax(logits[:, :-1])
    targets = tokens[:, 1:]
    rows, steps = np.indices(targets.shape)
    picked = log_probs[rows, steps, targets]
    loss = -np.sum(picked[counted]) / count
    grad = np.exp(log_probs)
    grad[rows, steps, targets] -= 1.0
    dlogits = np.zeros(logits.shape)
    dlogits[:, :-1] = grad * counted[..., None] / count
    return float(loss), dlogits


def bits_per_byte(loss, bytes_per_token):
    return float(loss / (np.log(2.0) * bytes_per_token))
