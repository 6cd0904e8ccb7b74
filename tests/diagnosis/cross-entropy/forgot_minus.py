# kind: unlisted
# expect: generic:sign-flip
# why: averages the log-probabilities of the true classes but forgets the minus sign of the negative log-likelihood
import numpy as np


def cross_entropy(logits, y):
    n = len(y)
    shifted = logits - np.max(logits, axis=1, keepdims=True)
    log_probs = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
    return float(np.mean(log_probs[np.arange(n), y]))
