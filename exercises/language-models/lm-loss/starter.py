import numpy as np


def lm_loss(logits, tokens, mask=None):
    """Next-token cross-entropy of a language model, in nats per predicted token, and its gradient.

    logits: (N, T, V) floats, the model's scores at every position. tokens: (N, T) int ids.
    mask: (N, T) bool, True = real token, False = padding; None means all True. T >= 2.
    The prediction at position t is logits[n, t], its target tokens[n, t+1]; it counts iff
    mask[n, t+1]. Returns (loss, dlogits): loss a float, the sum of -log softmax over the
    counted predictions divided by their number in the whole batch; dlogits (N, T, V), with
    (softmax - onehot(target)) / count at counted predictions and 0 elsewhere. Finite for
    logits of magnitude 1e4. Inputs are not modified.
    """
    raise NotImplementedError("lm_loss: shift, log-softmax, pick the targets, mask, average")


def bits_per_byte(loss, bytes_per_token):
    """The loss (nats per token) converted to bits per byte: loss / (ln 2 * bytes_per_token)."""
    raise NotImplementedError("bits_per_byte")
