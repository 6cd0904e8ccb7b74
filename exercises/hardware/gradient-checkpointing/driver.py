"""How the grader calls checkpointed_chain.

`run` reports one call made between two others on the very same array objects holding other
values (written in place, then put back): a result kept in the module under a key that
leaves out the values (the shapes, the id() of an array) is then stale for the reported call,
and an output buffer reused from call to call is overwritten before the reported result is
sent. It also reports two rules no value shows: peak is a Python int, and on the one large
case (N·D = 65,536, L = 64, k = 8) the memory that tracemalloc traces during the reported
call stays below 32 activations of N·D float64 (the reference needs about 21, keeping every
layer input about 70). NumPy reports its array buffers to tracemalloc, so this counts them.
"""
import tracemalloc

import numpy as np

INT_RULE = "rule: peak is a Python int"
MEMORY_RULE = ("rule: with N·D = 65,536, L = 64 and k = 8 the traced memory stays below "
               "32 activations of N·D float64")
PROBE_SIZE = 65536          # N·D of the memory probe; every other case is far smaller
PROBE_ACTIVATIONS = 32      # 2·(⌈L/k⌉ + k) for L = 64, k = 8


def _call(impl, arrays, k):
    return impl.checkpointed_chain(arrays["x"], arrays["W"], arrays["B"], arrays["dout"], k)


def _call_on_other_values(impl, arrays, k):
    """One call with every input array holding other values, in place; the values are put back."""
    from mlfun.grader.stateful import sibling

    saved = {name: array.copy() for name, array in arrays.items()}
    try:
        for name, array in arrays.items():
            array[...] = sibling(saved[name])
        _call(impl, arrays, k)
    finally:
        for name, array in arrays.items():
            array[...] = saved[name]


def _traced_call(impl, arrays, k):
    """The call and the most memory (bytes) allocated during it, as tracemalloc sees it."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        result = _call(impl, arrays, k)
        top = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return result, top - before


def run(impl, x, W, B, dout, k):
    arrays = {"x": x, "W": W, "B": B, "dout": dout}
    _call_on_other_values(impl, arrays, k)
    probe = x.size == PROBE_SIZE
    if probe:
        result, traced = _traced_call(impl, arrays, k)
        small_enough = traced < PROBE_ACTIVATIONS * x.size * x.itemsize
    else:
        result, small_enough = _call(impl, arrays, k), True
    _call_on_other_values(impl, arrays, k)
    out, dx, dW, dB, peak = result
    return {"out": out, "dx": dx, "dW": dW, "dB": dB, "peak": peak,
            INT_RULE: type(peak) is int, MEMORY_RULE: bool(small_enough)}


def forward(impl, x, W, B, dout, k):
    """out alone, for the finite differences of sum(dout * out)."""
    return _call(impl, {"x": x, "W": W, "B": B, "dout": dout}, k)[0]
