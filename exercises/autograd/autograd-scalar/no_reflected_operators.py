"""Mistake missing-reflected-operators, as an override of the reference: 2 + v, 2 - v, 3 * v and
1 / v raise TypeError."""


del Value.__radd__, Value.__rsub__, Value.__rmul__, Value.__rtruediv__
