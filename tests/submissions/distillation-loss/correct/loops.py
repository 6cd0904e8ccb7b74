import numpy as np


def log_softmax_row(u):
    top = u.max()
    return u - top - np.log(np.exp(u - top).sum())


def distillation_loss(student_logits, teacher_logits, T=1.0):
    N, V = student_logits.shape
    total = 0.0
    grad = np.zeros((N, V))
    for n in range(N):
        lt = log_softmax_row(teacher_logits[n] / T)
        ls = log_softmax_row(student_logits[n] / T)
        pt, ps = np.exp(lt), np.exp(ls)
        kl = 0.0
        for v in range(V):
            if pt[v] > 0:                 # a zero-probability class adds nothing
                kl += pt[v] * (lt[v] - ls[v])
        total += kl
        grad[n] = T * (ps - pt) / N
    return T ** 2 * total / N, grad
