import numpy as np


def vae_loss(x, recon_logits, mu, logvar):
    """The negative ELBO of a Bernoulli-decoder VAE, averaged over the batch, and its gradients.

    x: (N, D) targets in [0, 1]; recon_logits: (N, D) decoder logits;
    mu, logvar: (N, K) the encoder's Gaussian (mean, log variance).
    loss = (1/N) sum_n [ sum_d BCE(x_nd, l_nd) + KL_n ], a float, with
    BCE(x, l) = max(l, 0) - x l + log1p(exp(-|l|)) and
    KL_n = -1/2 sum_k (1 + logvar_nk - mu_nk^2 - exp(logvar_nk)).
    Returns (loss, dlogits, dmu, dlogvar): the gradients of loss, shaped like their inputs.
    Finite, with no warning, for |recon_logits| up to 1e4. Does not modify its inputs.
    """
    raise NotImplementedError("vae_loss: a stable BCE summed over pixels, the Gaussian KL, then the gradients")
