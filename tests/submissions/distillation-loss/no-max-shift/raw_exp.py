import numpy as np


def distillation_loss(student_logits, teacher_logits, T=1.0):
    s = student_logits / T
    t = teacher_logits / T
    log_ps = s - np.log(np.sum(np.exp(s), axis=1, keepdims=True))
    log_pt = t - np.log(np.sum(np.exp(t), axis=1, keepdims=True))
    pt = np.exp(log_pt)
    N = s.shape[0]
    loss = T * T * np.sum(pt * (log_pt - log_ps)) / N
    return loss, T * (np.exp(log_ps) - pt) / N
