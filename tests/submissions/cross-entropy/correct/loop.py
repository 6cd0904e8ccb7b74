import math


def cross_entropy(logits, y):
    total = 0.0
    for row, label in zip(logits, y):
        top = max(row)
        lse = top + math.log(sum(math.exp(v - top) for v in row))
        total += lse - row[label]
    return total / len(y)
