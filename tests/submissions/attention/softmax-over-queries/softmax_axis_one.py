import numpy as np


def softmax(z, axis):
    z = z - z.max(axis=axis, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=axis, keepdims=True)


def attention_forward(q, k, v, mask=None):
    scores = q @ np.transpose(k, (0, 2, 1)) / np.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    A = softmax(scores, axis=1)
    return A @ v, (q, k, v, A)


def attention_backward(dout, cache):
    q, k, v, A = cache
    c = np.sqrt(q.shape[-1])
    dA = dout @ np.transpose(v, (0, 2, 1))
    dS = A * (dA - np.sum(A * dA, axis=1, keepdims=True))
    return dS @ k / c, np.transpose(dS, (0, 2, 1)) @ q / c, np.transpose(A, (0, 2, 1)) @ dout
