import numpy as np


def softmax_loss(x, y):
    n = x.shape[0]
    loss = 0.0
    grads = []
    for i in range(n):
        z = x[i] - x[i].max()
        lz = np.log(np.sum(np.exp(z)))
        loss += lz - z[y[i]]
        grads.append(np.exp(z - lz) / n)
    return loss / n, np.array(grads)
