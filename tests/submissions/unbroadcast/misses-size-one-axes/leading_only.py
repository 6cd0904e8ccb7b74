def unbroadcast(grad, shape):
    while grad.ndim > len(shape):
        grad = grad.sum(0)
    return grad
