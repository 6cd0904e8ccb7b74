"""Mistake reflected-operands-swapped, as an override of the reference: 2 - v computes v - 2 and
1 / v computes v / 1."""


Value.__rsub__ = Value.__sub__             # the operands end up swapped
Value.__rtruediv__ = Value.__truediv__     # the operands end up swapped
