"""Mistake reflected-operands-swapped, as an override of the reference: 2 - v computes v - 2."""


Value.__rsub__ = Value.__sub__             # the operands end up swapped
