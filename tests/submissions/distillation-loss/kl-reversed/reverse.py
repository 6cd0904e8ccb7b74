import numpy as np


def distillation_loss(student_logits, teacher_logits, T=1.0):
    s = student_logits / T
    t = teacher_logits / T
    s = s - s.max(axis=1, keepdims=True)
    t = t - t.max(axis=1, keepdims=True)
    log_ps = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    log_pt = t - np.log(np.exp(t).sum(axis=1, keepdims=True))
    ps, pt = np.exp(log_ps), np.exp(log_pt)
    loss = T ** 2 * np.mean(np.sum(ps * (log_ps - log_pt), axis=1))
    return loss, T * (ps - pt) / s.shape[0]
