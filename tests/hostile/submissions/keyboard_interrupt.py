def softmax(x, axis=-1):
    raise KeyboardInterrupt("pretend the user pressed Ctrl-C")
