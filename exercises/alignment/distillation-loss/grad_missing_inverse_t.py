# Mistake: grad-missing-inverse-t. dstudent = T^2 (p_s - p_t) / N: the chain rule 1/T is lost.
import numpy as np


def _log_softmax(logits):
    shifted = logits - np.max(logits, axis=1, keepdims=True)        # every exponent <= 0
    return shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))


def distillation_loss(student_logits, teacher_logits, T=1.0):
    n = student_logits.shape[0]
    log_p_t = _log_softmax(teacher_logits / T)                      # softened teacher
    log_p_s = _log_softmax(student_logits / T)                      # softened student
    p_t = np.exp(log_p_t)                                           # an underflow gives exactly 0
    p_s = np.exp(log_p_s)
    kl = np.sum(p_t * (log_p_t - log_p_s), axis=1)                  # KL(p_t || p_s) per row
    loss = T * T * np.mean(kl)                                      # T^2 keeps gradients O(1)
    dstudent = T * T * (p_s - p_t) / n                              # the mistake: the 1/T is lost
    return float(loss), dstudent
