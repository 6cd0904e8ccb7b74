# kind: combined
# expect: no-scaling, softmax-backward-no-sum
# why: scores are q k^T with no 1/sqrt(d) (forward and backward), and the softmax backward is weights * dweights without the row-sum term
import numpy as np


def attention_forward(q, k, v, mask=None):
    scores = np.matmul(q, np.swapaxes(k, 1, 2))
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    scores = scores - np.max(scores, axis=-1, keepdims=True)
    w = np.exp(scores)
    w /= np.sum(w, axis=-1, keepdims=True)
    out = np.matmul(w, v)
    return out, (q, k, v, w)


def attention_backward(dout, cache):
    q, k, v, w = cache
    dv = np.matmul(np.swapaxes(w, 1, 2), dout)
    dw = np.matmul(dout, np.swapaxes(v, 1, 2))
    dscores = w * dw
    dq = np.matmul(dscores, k)
    dk = np.matmul(np.swapaxes(dscores, 1, 2), q)
    return dq, dk, dv
