import sys

sys.setrecursionlimit(1_000_000_000)


class Deep:
    def __repr__(self):               # recursion through C (repr): the C stack overflows
        return repr(Deep())


def softmax(x, axis=-1):
    return repr(Deep())
