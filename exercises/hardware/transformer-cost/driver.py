"""How the grader calls the four functions. Each result is reported three ways: as a number
(compared exactly), as its decimal digits (exact even beyond 2**53, where a float64
comparison would round), and whether it is a Python int (not float, bool or a NumPy integer).

State kept between calls is looked for two ways (a count kept in the module under a key
that leaves out some of cfg's values, such as the id of the dict or a few of its keys, or
handed from one function to another, such as a training count built from the last forward
count computed):

- the reported calls come after the four functions ran on the very dict given with every
  value changed (then restored), and each function's reported call is followed at once by
  a call on another configuration, so every reported call follows calls of the other
  functions on another configuration;
- `STALE` reports the four counts of one more configuration per key of cfg, each made
  fresh (values no other call used) and first met with that one key changed (in the same
  dict, then put back): a count kept under a key that leaves that value out is stale there.
"""
FUNCTIONS = ("param_count", "forward_flops_per_token", "train_flops_per_step", "kv_cache_bytes")
STALE = "the four counts of other configurations, each met first with one value changed"


def _changed(cfg, shift):
    """cfg with every value moved by `shift` (tied_embeddings flipped) and a single head, so
    that n_heads divides d_model whatever it becomes."""
    other = {key: (not value) if isinstance(value, bool) else value + shift for key, value in cfg.items()}
    other["n_heads"] = 1
    return other


def _all_four(impl, cfg):
    return [getattr(impl, name)(cfg) for name in FUNCTIONS]


def _reported(impl, name, cfg):
    value = getattr(impl, name)(cfg)
    is_int = type(value) is int
    return {name: value if is_int or isinstance(value, (float, bool)) else float(value),
            f"{name}, every digit": str(value) if is_int else repr(value),
            f"rule: {name} returns a Python int": is_int}


def _stale(impl, cfg):
    """Per key: a fresh configuration, all four functions called with that key changed, then
    the key put back in the same dict and the four counts reported (as digits)."""
    counts = []
    for j, key in enumerate(cfg):
        fresh = _changed(cfg, 2 + j)
        kept = fresh[key]
        if isinstance(kept, bool):
            fresh[key] = not kept
        elif key == "n_heads":
            fresh[key] = fresh["d_model"]
        else:
            fresh[key] = kept + 1000
        _all_four(impl, fresh)
        fresh[key] = kept
        counts += [str(count) for count in _all_four(impl, fresh)]
    return counts


def run(impl, cfg):
    saved = dict(cfg)
    try:
        cfg.update(_changed(saved, 1))
        _all_four(impl, cfg)
    finally:
        cfg.clear()
        cfg.update(saved)
    other = _changed(saved, 1)
    out = {}
    for name in FUNCTIONS:
        out.update(_reported(impl, name, cfg))
        getattr(impl, name)(other)
    out[STALE] = _stale(impl, dict(saved))
    return out
