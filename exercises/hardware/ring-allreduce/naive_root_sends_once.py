import numpy as np


def naive_allreduce_sent(n, P):
    return [n] + [n] * (P - 1)
