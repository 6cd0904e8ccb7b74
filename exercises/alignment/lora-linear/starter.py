import numpy as np


def lora_forward(x, W0, A, B, alpha):
    """A linear layer with a LoRA adapter: y = x W0 + (alpha / r) (x A) B.

    x (N, d_in); W0 (d_in, d_out), frozen; A (d_in, r); B (r, d_out); alpha a float;
    r = A.shape[1]. Returns (y, cache): y (N, d_out), the cache yours. Do not modify the inputs.
    """
    raise NotImplementedError("lora_forward")


def lora_backward(dy, cache):
    """Given dy (N, d_out) and your cache, return (dx, dA, dB) shaped like x, A and B.
    W0 is frozen: no dW0."""
    raise NotImplementedError("lora_backward")
