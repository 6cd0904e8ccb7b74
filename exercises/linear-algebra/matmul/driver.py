"""How the grader calls matmul.

Compatible shapes: the product is compared with the reference's. Incompatible shapes
(a's columns differ from b's rows): the function must raise ValueError; the grader records
whether it did. Any other exception is reported as an error with its line.
"""


def run(impl, a, b):
    if a.shape[1] == b.shape[0]:
        return {"out": impl.matmul(a, b)}
    try:
        impl.matmul(a, b)
    except ValueError:
        return {"raises ValueError": True}
    return {"raises ValueError": False}
