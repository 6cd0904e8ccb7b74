import time

time.sleep(1000)


def softmax(x, axis=-1):
    return x
