import numpy as np
import numpy_but_faster_and_correct


def softmax(x, axis=-1):
    return numpy_but_faster_and_correct.softmax(x, axis)
