"""Hidden batches for the VAE loss: binary and grey-level targets, saturated decoders.

Every generator draws N, D and K all different (a transpose or a sum over the wrong axis
cannot have the right shape), and targets that are really fractional in the grey groups.
"""
import numpy as np


def _sizes(rng):
    n, d, k = rng.choice(np.arange(2, 10), size=3, replace=False)
    return int(n), int(d) + 3, int(k)


def _latents(rng, n, k, logvar_range=3.0):
    return {"mu": rng.normal(0.0, 1.5, size=(n, k)),
            "logvar": rng.uniform(-logvar_range, logvar_range, size=(n, k))}


def binary_images(rng):
    n, d, k = _sizes(rng)
    x = (rng.random((n, d)) < 0.4).astype(np.float64)
    return {"x": x, "recon_logits": rng.normal(0.0, 3.0, size=(n, d)), **_latents(rng, n, k)}


def grey_levels(rng):
    n, d, k = _sizes(rng)
    x = rng.uniform(0.0, 1.0, size=(n, d))
    return {"x": x, "recon_logits": rng.normal(0.0, 2.0, size=(n, d)), **_latents(rng, n, k)}


def extreme_logvar(rng):
    """The encoder at the contract's edge, |logvar| up to 10 (variances from 4.5e-5 to 2.2e4)."""
    n, d, k = _sizes(rng)
    x = rng.uniform(0.0, 1.0, size=(n, d))
    latents = _latents(rng, n, k, 10.0)
    latents["logvar"][0, 0], latents["logvar"][-1, -1] = 10.0, -10.0
    return {"x": x, "recon_logits": rng.normal(0.0, 2.0, size=(n, d)), **latents}


def saturated_decoder(rng):
    """Logits of magnitude 30 to 1e4 of both signs, on binary and fractional targets: a
    computed sigmoid rounds to exactly 0 or 1 there, and exp(|l|) overflows past 709."""
    n, d, k = _sizes(rng)
    magnitude = np.exp(rng.uniform(np.log(30.0), np.log(1e4), size=(n, d)))
    logits = magnitude * rng.choice([-1.0, 1.0], size=(n, d))
    logits[0, 0], logits[-1, -1] = 1e4, -1e4
    x = np.where(rng.random((n, d)) < 0.5, rng.uniform(0.0, 1.0, size=(n, d)),
                 (rng.random((n, d)) < 0.5).astype(np.float64))
    x[0, 0], x[-1, -1] = 0.0, 1.0                    # confidently wrong at both ends: BCE = 1e4
    return {"x": x, "recon_logits": logits, **_latents(rng, n, k)}
