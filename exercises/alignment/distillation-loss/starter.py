import numpy as np


def distillation_loss(student_logits, teacher_logits, T=1.0):
    """Knowledge-distillation loss at temperature T, and its gradient for the student.

    student_logits, teacher_logits: float arrays (N, V). p_t = softmax(teacher_logits / T) and
    p_s = softmax(student_logits / T), per row. Return (loss, dstudent):
    loss = T^2 * mean over the rows of KL(p_t || p_s), a float (nats);
    dstudent (N, V) = dloss / dstudent_logits (the teacher is a constant).
    Finite and warning-free for logits of magnitude 1e4; the inputs are not modified.
    """
    raise NotImplementedError("distillation_loss")
