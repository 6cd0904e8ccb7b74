import numpy as np


def sample_next(logits, rng, temperature=1.0, top_k=None, top_p=None):
    """Draw the next token id from a language model's logits.

    logits: (V,) floats. rng: a np.random.Generator, the only source of randomness.
    temperature > 0; top_k an int in 1..V or None; top_p a float in (0, 1] or None.
    In order: p = softmax(logits / temperature) (max-shifted); rank ids by p descending,
    ties to the smaller id; keep the first top_k and renormalize; keep the shortest prefix
    of the survivors whose cumulative renormalized probability is >= top_p (the crossing
    token is kept; if rounding keeps every sum below top_p, keep all); draw one survivor
    with probability proportional to p. Returns an int id in [0, V).
    """
    raise NotImplementedError("sample_next: softmax, rank, top-k, top-p, draw")
