# rng.choice, forbidden here, reached by a name glued together at run time: the text
# "choice" never appears, so only the refusal of dynamic lookup can see it.
# expect: line 8: getattr() with a computed attribute name
# expect: forbidden names must not be reachable through dynamic lookup


def sample_categorical(p, n, rng):
    return getattr(rng, "ch" + "oice")(len(p), size=n, p=p)
