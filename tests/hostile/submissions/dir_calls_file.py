import os

os.mkdir("calls.bin")


def softmax(x, axis=-1):
    return x
