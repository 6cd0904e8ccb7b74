"""How the grader calls the four functions. Each result is reported three ways: as a number
(compared exactly), as its decimal digits (exact even beyond 2**53, where a float64
comparison would round), and whether it is a Python int (not float, bool or a NumPy integer)."""

FUNCTIONS = ("param_count", "forward_flops_per_token", "train_flops_per_step", "kv_cache_bytes")


def run(impl, cfg):
    out = {}
    for name in FUNCTIONS:
        value = getattr(impl, name)(cfg)
        is_int = type(value) is int
        out[name] = value if is_int or isinstance(value, (float, bool)) else float(value)
        out[f"{name}, every digit"] = str(value) if is_int else repr(value)
        out[f"rule: {name} returns a Python int"] = is_int
    return out
