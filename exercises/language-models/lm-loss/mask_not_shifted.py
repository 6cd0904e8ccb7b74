# Mistake: mask-not-shifted. Predictions are selected with mask[:, t], the input's mask, not the target's.
import numpy as np


def _log_softmax(logits):
    shifted = logits - np.max(logits, axis=-1, keepdims=True)          # every exponent <= 0
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))


def lm_loss(logits, tokens, mask=None):
    n, t, v = logits.shape
    if mask is None:
        mask = np.ones((n, t), dtype=bool)
    counted = mask[:, :-1]                       # the mistake: the mask of the input position
    count = np.count_nonzero(counted)
    log_probs = _log_softmax(logits[:, :-1])     # (N, T-1, V): position t predicts tokens[:, t+1]
    targets = tokens[:, 1:]
    rows, steps = np.indices(targets.shape)
    picked = log_probs[rows, steps, targets]     # (N, T-1) log-prob of each target
    loss = -np.sum(picked[counted]) / count
    grad = np.exp(log_probs)
    grad[rows, steps, targets] -= 1.0            # softmax - onehot(target)
    dlogits = np.zeros(logits.shape)
    dlogits[:, :-1] = grad * counted[..., None] / count
    return float(loss), dlogits


def bits_per_byte(loss, bytes_per_token):
    return float(loss / (np.log(2.0) * bytes_per_token))
