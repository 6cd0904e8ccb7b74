# A learner who normalizes the advantages (PPO implementations often do, this contract does not):
# every loss and gradient is off. Its zero losses once crashed the size-factor diagnosis.
# expect: loss differs
import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, mask=None, clip_eps=0.2):
    if mask is None:
        mask = np.ones(logp_new.shape, dtype=bool)
    a = (advantages - advantages[mask].mean()) / (advantages[mask].std() + 1e-8)
    ratio = np.exp(logp_new - logp_old)
    clipped = np.clip(ratio, 1 - clip_eps, 1 + clip_eps)
    surrogate = np.minimum(ratio * a, clipped * a)
    count = mask.sum()
    loss = -surrogate[mask].sum() / count
    active = ((a > 0) & (ratio > 1 + clip_eps)) | ((a < 0) & (ratio < 1 - clip_eps))
    grad = np.where(mask & ~active, -ratio * a / count, 0.0)
    return float(loss), grad
