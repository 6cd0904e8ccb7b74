"""Statistical checks of a next-token sampler, and what they measure for diagnosis.

The kept set and its probabilities q are computed here from the contract, in the trusted
parent (the same arithmetic as the reference). Every hidden setting keeps each kept id at
q >= 0.02, an expected count 4000 q >= 80, where the count is close to normal: a correct
sampler lands more than 5 standard errors away with probability about 6e-7 per id (a little
more in the upper tail of small counts), so a grade of ~50 kept ids fails falsely about once
in 30,000 grades at worst. Wrong samplers are off by hundreds of draws, or draw an id that
is not kept at all.
"""
import numpy as np

SIGMAS = 5.0


def kept_distribution(inputs):
    """{id: q} of the ids the contract keeps, and the ids in rank order."""
    logits = np.asarray(inputs["logits"], dtype=np.float64)
    temperature = 1.0 if inputs.get("temperature") is None else inputs["temperature"]
    scaled = logits / temperature
    p = np.exp(scaled - np.max(scaled))
    p = p / np.sum(p)
    order = np.argsort(-p, kind="stable")
    probs = p[order]
    if inputs.get("top_k") is not None:
        order, probs = order[:inputs["top_k"]], probs[:inputs["top_k"]]
        probs = probs / np.sum(probs)
    if inputs.get("top_p") is not None:
        crossing = np.flatnonzero(np.cumsum(probs) >= inputs["top_p"])
        size = crossing[0] + 1 if crossing.size else probs.size
        order, probs = order[:size], probs[:size]
    probs = probs / np.sum(probs)
    return {int(i): float(q) for i, q in zip(order, probs)}, [int(i) for i in order]


def _draws(outputs, key="draws"):
    value = outputs.get(key) if isinstance(outputs, dict) else None
    return value if isinstance(value, np.ndarray) and value.dtype.kind in "iu" else None


def draws_are_ids(inputs, outputs, expected):
    draws = _draws(outputs)
    v = np.asarray(inputs["logits"]).size
    if draws is None or (draws < 0).all():
        return "sample_next did not return an int id (a Python int or NumPy integer) on every call"
    outside = (draws < 0) | (draws >= v)
    if outside.any():
        return f"{int(outside.sum())} of {draws.size} draws are not ids in [0, {v}), e.g. {int(draws[outside][0])}"
    return None


def draws_in_kept_set(inputs, outputs, expected):
    draws = _draws(outputs)
    if draws is None:
        return None
    kept, _ = kept_distribution(inputs)
    outside = ~np.isin(draws, list(kept))
    if not outside.any():
        return None
    bad = int(draws[outside][0])
    return (f"{int(outside.sum())} of {draws.size} draws are ids that top-k/top-p must remove "
            f"(id {bad}, say): only the ids {sorted(kept)} survive these settings")


def measure_draws_in_kept_set(inputs, outputs):
    draws = _draws(outputs)
    if draws is None:
        return None
    kept, _ = kept_distribution(inputs)
    rate = float(np.mean(~np.isin(draws, list(kept))))
    return rate, SIGMAS * np.sqrt(max(rate * (1 - rate), 1.0 / draws.size) / draws.size)


def counts_match(inputs, outputs, expected):
    draws = _draws(outputs)
    if draws is None:
        return None
    kept, order = kept_distribution(inputs)
    n = draws.size
    worst, worst_z = None, 0.0
    for i in order:
        q = kept[i]
        count = int(np.count_nonzero(draws == i))
        spread = np.sqrt(n * q * (1 - q))
        z = abs(count - n * q) / spread if spread > 0 else (0.0 if count == n * q else np.inf)
        if z > SIGMAS and z > worst_z:
            worst, worst_z = (i, count, n * q), z
    if worst is None:
        return None
    i, count, mean = worst
    return (f"id {i} was drawn {count} times in {n} calls, expected about {mean:.0f} "
            f"({worst_z:.1f} standard errors away; a correct sampler stays within {SIGMAS:g})")


def measure_counts_match(inputs, outputs):
    """The frequency of the best-ranked kept id: where a wrong sampler puts its mass."""
    draws = _draws(outputs)
    if draws is None:
        return None
    _, order = kept_distribution(inputs)
    rate = float(np.mean(draws == order[0]))
    return rate, SIGMAS * np.sqrt(max(rate * (1 - rate), 1.0 / draws.size) / draws.size)


def same_seed_same_draws(inputs, outputs, expected):
    first, second = _draws(outputs), _draws(outputs, "again")
    if first is None or second is None:
        return None
    head = first[:second.size]
    if np.array_equal(head, second):
        return None
    i = int(np.argmax(head != second))
    return ("two runs with Generators made from the same seed gave different draws (first at call "
            f"{i}): every random number must come from the rng argument, never from np.random.* "
            "or a generator of your own")
