import numpy as np


def _layer(h, w, b):
    """One elementwise layer: tanh(h * w + b), with w and b (D,) broadcast over the N rows."""
    return np.tanh(h * w + b)


def _forward_with_checkpoints(x, W, B, k):
    """Run all L layers, keeping only the inputs h_l with l a multiple of k (l -> h_l)."""
    checkpoints = {}
    h = x
    for l in range(W.shape[0]):
        if l % k == 0:
            checkpoints[l] = h
        h = _layer(h, W[l], B[l])
    return h, checkpoints


def _recompute_inputs(h_start, W, B, start, end):
    """The inputs h_start, ..., h_{end-1} of the segment's layers, rebuilt from its checkpoint."""
    inputs = [h_start]
    for l in range(start, end - 1):
        inputs.append(_layer(inputs[-1], W[l], B[l]))
    return inputs


def _layer_backward(dh, h, w, b):
    """From dL/dh_{l+1} to (dL/dh_l, dL/dW[l], dL/dB[l]); only the input h is kept, so the
    pre-activation and the tanh are recomputed here."""
    y = np.tanh(h * w + b)
    dz = dh * (1.0 - y * y)
    return dz * w, (dz * h).sum(axis=0), dz.sum(axis=0)


def checkpointed_chain(x, W, B, dout, k):
    L = W.shape[0]
    out, checkpoints = _forward_with_checkpoints(x, W, B, k)
    dW, dB = np.zeros(W.shape), np.zeros(B.shape)
    peak = len(checkpoints)
    dh = dout
    for start in range(k * ((L - 1) // k), -1, -k):          # segments, last to first
        end = min(start + k, L)
        inputs = _recompute_inputs(checkpoints[start], W, B, start, end)
        peak = max(peak, len(checkpoints) + len(inputs) - 1)  # the checkpoint is counted once
        for l in range(end - 1, start - 1, -1):
            dh, dW[l], dB[l] = _layer_backward(dh, inputs.pop(), W[l], B[l])   # frees h_l
    return out, dh, dW, dB, peak
