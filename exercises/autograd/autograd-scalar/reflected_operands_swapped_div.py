"""Mistake reflected-operands-swapped, as an override of the reference: 1 / v computes v / 1."""


Value.__rtruediv__ = Value.__truediv__     # the operands end up swapped
