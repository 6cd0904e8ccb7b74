# kind: combined
# expect: exponent-not-doubled, halves-not-interleaved
# why: frequencies 1 / 10000^(i / D) with the pair index i (the 2 is lost), and the sines and cosines concatenated as two halves instead of interleaved
import numpy as np


def sinusoidal_positions(T, D):
    half = D // 2
    positions = np.arange(T).reshape(-1, 1)
    freqs = 1.0 / np.power(10000.0, np.arange(half) / D)
    angles = positions * freqs
    return np.concatenate((np.sin(angles), np.cos(angles)), axis=-1)
