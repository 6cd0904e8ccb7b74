import numpy as np


def checkpointed_chain(x, W, B, dout, k):
    """Forward and backward through L elementwise tanh layers, keeping every k-th input only.

    x (N, D), W and B (L, D), dout (N, D) float64; k >= 1 an int (it may exceed L).
    Layer l: h_{l+1} = tanh(h_l * W[l] + B[l]), h_0 = x, out = h_L; the loss is sum(dout * out).
    Forward: keep h_l only for l = 0, k, 2k, ... < L (checkpoints, kept to the end).
    Backward: segments [j*k, min(j*k + k, L)) from the last to the first; recompute the
    segment's inputs from its checkpoint, backpropagate through its layers (each layer
    recomputes h_l * W[l] + B[l] and the tanh from its input h_l), free the recomputed
    inputs, and carry dL/dh_{j*k} into the previous segment.
    Return (out, dx, dW, dB, peak): out and dx (N, D), dW and dB (L, D) summed over the rows,
    all new arrays; peak, a Python int, the most layer inputs h_l (x included) held at once.
    Do not modify the inputs.
    """
    raise NotImplementedError("checkpointed_chain")
