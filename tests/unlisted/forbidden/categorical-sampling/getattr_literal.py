# rng.choice written as a string: a literal name is matched against the list like an attribute.
# expect: line 6 uses rng.choice


def sample_categorical(p, n, rng):
    return getattr(rng, "choice")(len(p), size=n, p=p)
