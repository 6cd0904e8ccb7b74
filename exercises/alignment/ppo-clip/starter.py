import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, mask=None, clip_eps=0.2):
    """The PPO clipped surrogate loss over a batch of sampled tokens, and its gradient.

    logp_new, logp_old, advantages: float arrays (N, T): the log-prob of each sampled token
    under the current policy and under the policy that sampled it, and its advantage (used
    as given). mask: bool (N, T), True = the token counts; None = every token counts.
    ratio = exp(logp_new - logp_old); per token surrogate = min(ratio*A, clip(ratio, 1-eps, 1+eps)*A).
    Return (loss, dlogp_new): loss = -(sum of the counted surrogates) / (number counted), a
    float; dlogp_new (N, T) its gradient, exactly 0 where the clip is active and at
    uncounted tokens (logp_old is a constant). The inputs are not modified.
    """
    raise NotImplementedError("ppo_clip_loss")
