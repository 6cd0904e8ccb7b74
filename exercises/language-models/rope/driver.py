"""How the grader calls apply_rope: offset and base are passed only when the case gives them
(None means: leave the argument out, so the defaults are exercised).

Before the call it reports, `run` calls apply_rope three times on the same array: with
another base, with another offset, and with other values written into x (restored
afterwards). A table or result kept in the module under a key that leaves out one of them (the
shape, the id of x, the offset, the base) is then stale for the reported call, and the close
check sees it.

Besides `out`, the driver measures the property RoPE exists for: the dot product of a
query rotated to position m with a key rotated to position n depends only on n − m. It
takes q = x[:, 0] and k = x[:, -1], puts them at their own positions (m, n) and again at
(0, n − m), and reports both dot products; a custom check compares them.
"""


def _rope(impl, x, offset, base):
    kwargs = {}
    if offset is not None:
        kwargs["offset"] = offset
    if base is not None:
        kwargs["base"] = base
    return impl.apply_rope(x, **kwargs)


def _primed(impl, x, offset, base):
    """The reported call, made after the same call with another base, with another offset
    (still within offset + T <= 4096), and on other values of x (written into x and restored).
    The order matters: a memo filled on the first call of its key keeps the wrong entry."""
    import numpy as np
    from mlfun.grader.stateful import sibling

    start = 0 if offset is None else offset
    _rope(impl, x, offset, 20000.0 if base is None else 2.0 * base)
    _rope(impl, x, start - 1 if start > 0 else start + 1, base)
    if isinstance(x, np.ndarray) and x.dtype.kind == "f" and x.flags.writeable:
        saved = x.copy()
        try:
            x[...] = sibling(saved)
            _rope(impl, x, offset, base)
        finally:
            x[...] = saved
    return _rope(impl, x, offset, base)


def run(impl, x, offset, base):
    out = _primed(impl, x, offset, base)
    m = 0 if offset is None else offset
    n = m + x.shape[1] - 1
    q, k = x[:, :1], x[:, -1:]
    own = (_rope(impl, q, m, base) * _rope(impl, k, n, base)).sum(axis=(1, 2))
    moved = (_rope(impl, q, 0, base) * _rope(impl, k, n - m, base)).sum(axis=(1, 2))
    return {"out": out, "q·k at their own positions (m, n)": own, "q·k moved to positions (0, n − m)": moved}
