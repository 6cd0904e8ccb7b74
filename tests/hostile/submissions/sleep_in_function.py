import time


def softmax(x, axis=-1):
    time.sleep(1000)
