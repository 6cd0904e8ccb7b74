# Mistake: mean-includes-masked. The sum over counted tokens divided by N*T.
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, mask=None, clip_eps=0.2):
    counted = np.ones(logp_new.shape, dtype=bool) if mask is None else mask
    count = counted.size                                            # the mistake: N*T, masked included
    ratio = np.exp(logp_new - logp_old)                             # pi_new / pi_old per token
    unclipped = ratio * advantages
    clipped = np.clip(ratio, 1.0 - clip_eps, 1.0 + clip_eps) * advantages
    surrogate = np.minimum(unclipped, clipped)                      # the pessimistic bound
    loss = -np.sum(np.where(counted, surrogate, 0.0)) / count       # minus the mean objective
    active = ((advantages > 0) & (ratio > 1.0 + clip_eps)) | ((advantages < 0) & (ratio < 1.0 - clip_eps))
    flows = counted & ~active                                       # where the min picks ratio * A
    dlogp_new = np.where(flows, -unclipped / count, 0.0)            # d(ratio)/d(logp_new) = ratio
    return float(loss), dlogp_new
