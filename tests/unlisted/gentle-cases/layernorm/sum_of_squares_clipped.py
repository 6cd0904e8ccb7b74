# expect: spread of 10^-2
# The variance from running sums, (Σx² − (Σx)²/D) / D, clipped at 0 so it never goes
# negative: the clip hides the cancellation's sign, not its loss of digits.
import numpy as np


def layernorm_forward(x, gamma, beta, ln_param):
    eps = ln_param.get("eps", 1e-5)
    d = x.shape[1]
    s1 = x.sum(axis=1, keepdims=True)
    s2 = (x * x).sum(axis=1, keepdims=True)
    var = np.maximum((s2 - s1 * s1 / d) / d, 0.0)
    std = np.sqrt(var + eps)
    x_hat = (x - s1 / d) / std
    return gamma * x_hat + beta, (x_hat, gamma, std)


def layernorm_backward(dout, cache):
    x_hat, gamma, std = cache
    dx_hat = dout * gamma
    dx = (dx_hat - dx_hat.mean(axis=1, keepdims=True)
          - x_hat * (dx_hat * x_hat).mean(axis=1, keepdims=True)) / std
    return dx, (dout * x_hat).sum(axis=0), dout.sum(axis=0)
