import numpy as np


def _logsoftmax(z):
    m = np.max(z, axis=-1, keepdims=True)
    lse = m + np.log(np.sum(np.exp(z - m), axis=-1, keepdims=True))
    return z - lse


def distillation_loss(student_logits, teacher_logits, T=1.0):
    log_q = _logsoftmax(student_logits / T)
    log_p = _logsoftmax(teacher_logits / T)
    p = np.exp(log_p)
    # KL = cross-entropy(p, q) - entropy(p)
    cross = -(p * log_q).sum(axis=-1)
    entropy = -(p * log_p).sum(axis=-1)
    n = student_logits.shape[0]
    loss = T * T * (cross - entropy).mean()
    dstudent = (np.exp(log_q) - p) * (T / n)
    return loss, dstudent
