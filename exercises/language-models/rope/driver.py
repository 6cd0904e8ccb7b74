"""How the grader calls apply_rope: offset and base are passed only when the case gives them
(None means: leave the argument out, so the defaults are exercised).

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


def run(impl, x, offset, base):
    out = _rope(impl, x, offset, base)
    m = 0 if offset is None else offset
    n = m + x.shape[1] - 1
    q, k = x[:, :1], x[:, -1:]
    own = (_rope(impl, q, m, base) * _rope(impl, k, n, base)).sum(axis=(1, 2))
    moved = (_rope(impl, q, 0, base) * _rope(impl, k, n - m, base)).sum(axis=(1, 2))
    return {"out": out, "q·k at their own positions (m, n)": own, "q·k moved to positions (0, n − m)": moved}
