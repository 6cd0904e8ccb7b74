import numpy as np


def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def distillation_loss(student_logits, teacher_logits, T=1.0):
    ps = softmax(student_logits / T)
    pt = softmax(teacher_logits / T)
    kl = np.sum(pt * np.log(pt / ps), axis=1)
    N = ps.shape[0]
    return T * T * kl.mean(), T * (ps - pt) / N
