import numpy as np


def apply_rope(x, offset=0, base=10000.0):
    """Each pair as a complex number a + ib; rotating by φ multiplies by e^{iφ}."""
    D = x.shape[-1]
    freqs = 1.0 / base ** (np.arange(D // 2) * 2.0 / D)
    pos = np.arange(offset, offset + x.shape[1])
    z = x[..., ::2] + 1j * x[..., 1::2]
    z = z * np.exp(1j * np.outer(pos, freqs))
    return np.stack([z.real, z.imag], axis=-1).reshape(x.shape)
