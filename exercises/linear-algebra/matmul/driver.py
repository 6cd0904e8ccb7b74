"""How the grader calls matmul.

Compatible shapes: the product is compared with the reference's. Incompatible shapes
(a's columns differ from b's rows): the function must raise ValueError, whose message says
which shapes did not fit; the grader records whether it did, and whether the message names
both inner sizes (a's columns and b's rows, as numbers: "(2, 3) and (4, 5)" and "3 columns
but 4 rows" both do). Any other exception is reported as an error with its line.
"""
import re


def run(impl, a, b):
    if a.shape[1] == b.shape[0]:
        return {"out": impl.matmul(a, b)}
    try:
        impl.matmul(a, b)
    except ValueError as error:
        numbers = set(re.findall(r"\d+", str(error)))
        named = {str(a.shape[1]), str(b.shape[0])} <= numbers
        return {"raises ValueError": True, "rule: its message names both inner sizes": named}
    return {"raises ValueError": False}
