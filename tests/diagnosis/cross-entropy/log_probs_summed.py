# kind: combined
# expect: log-of-softmax, sum-not-mean
# why: takes np.log of a (stably computed) softmax probability, which is 0 for confident mistakes, and sums the per-example losses instead of averaging
import numpy as np


def cross_entropy(logits, y):
    N = logits.shape[0]
    z = logits - logits.max(axis=1, keepdims=True)
    probs = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    correct = probs[np.arange(N), y]
    return float(-np.log(correct).sum())
