import numpy as np


def checkpointed_chain(x, W, B, dout, k):
    L = W.shape[0]
    out, checkpoints = _forward_with_checkpoints(x, W, B, k)
    dW, dB = np.zeros(W.shape), np.zeros(B.shape)
    peak = len(checkpoints)
    dh = dout
    for start in range(k * ((L - 1) // k), -1, -k):          # segments, last to first
        end = min(start + k, L)
        dh = dout
        inputs = _recompute_inputs(checkpoints[start], W, B, start, end)
        peak = max(peak, len(checkpoints) + len(inputs) - 1)
        for l in range(end - 1, start - 1, -1):
            dh, dW[l], dB[l] = _layer_backward(dh, inputs.pop(), W[l], B[l])   # frees h_l
    return out, dh, dW, dB, peak
