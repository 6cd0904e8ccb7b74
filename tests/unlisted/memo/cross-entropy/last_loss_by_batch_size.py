# A learner keeps the loss of the last batch of each size "to save time": a new batch of the same size gets the old loss.
# expect: returned exactly what it returned for the call before
import numpy as np

_by_size = {}


def cross_entropy(logits, y):
    n = logits.shape[0]
    if n in _by_size:
        return _by_size[n]
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -log_probs[np.arange(n), y].mean()
    _by_size[n] = loss
    return loss
