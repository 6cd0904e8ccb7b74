import numpy as np


def ppo_clip_loss(logp_new, logp_old, advantages, mask=None, clip_eps=0.2):
    m = np.ones(logp_new.shape) if mask is None else mask.astype(float)
    ratio = np.exp(logp_new - logp_old)
    surr = np.minimum(ratio * advantages, np.clip(ratio, 1 - clip_eps, 1 + clip_eps) * advantages)
    loss = -np.mean(surr * m)
    active = ((advantages > 0) & (ratio > 1 + clip_eps)) | ((advantages < 0) & (ratio < 1 - clip_eps))
    grad = np.where(active, 0.0, -ratio * advantages) * m / m.size
    return loss, grad
