import math


def clip_by_global_norm(grads, max_norm):
    squares = 0.0
    for g in grads:
        for value in g.flat:
            squares += float(value) * float(value)
    total_norm = math.sqrt(squares)
    if total_norm <= max_norm:
        return [g.copy() for g in grads], total_norm
    factor = max_norm / total_norm
    clipped = []
    for g in grads:
        out = g.astype(float)
        out.flat[:] = [v * factor for v in g.flat]
        clipped.append(out)
    return clipped, total_norm
