import sys


def softmax(x, axis=-1):
    line = "spam " * 200000 + "\n"    # 1 MB a line, 100 lines
    for _ in range(100):
        sys.stdout.write(line)
    return x
