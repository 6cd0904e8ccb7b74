"""How the grader calls the Gumbel-max sampler and its relaxation.

Each function gets its own generator made from the case's seed, so both see the same
u = rng.random(logits.shape). After each call the driver draws one more number from that
generator and reports it: it equals the reference's only if the call drew exactly the
numbers of one rng.random(logits.shape), no more. Cases with `draws` tile their (C,)
logits into DRAWS identical rows: one call then gives DRAWS independent samples, whose
frequencies support.py tests against softmax(logits).
The generator's whole state after each call is also compared with a twin's that drew one
rng.random(logits.shape) (a `rule:` output): the state dict includes the half-used 32-bit
word PCG64 keeps between bounded draws, which a stray small draw may take while leaving the
128-bit state, and so the next double, where they were.
"""
import numpy as np

DRAWS = 20000
RULE = "rule: the call drew one rng.random(logits.shape), nothing else"


def _drew_exactly_one_random(rng, seed, shape):
    twin = np.random.default_rng(seed)
    twin.random(shape)
    return rng.bit_generator.state == twin.bit_generator.state


def run(impl, logits, tau, seed, draws=False):
    if draws:
        rng = np.random.default_rng(seed)
        tiled = np.tile(logits, (DRAWS, 1))
        samples = impl.gumbel_max_sample(tiled, rng)
        return {"samples": samples, RULE + " (gumbel_max_sample)": _drew_exactly_one_random(rng, seed, tiled.shape),
                "rng after gumbel_max_sample: its next number": float(rng.random())}
    shape = np.shape(logits)
    rng = np.random.default_rng(seed)
    sample = impl.gumbel_max_sample(logits, rng)
    sample_rule = _drew_exactly_one_random(rng, seed, shape)
    after_sample = float(rng.random())
    rng = np.random.default_rng(seed)
    relaxation = impl.gumbel_softmax(logits, tau, rng)
    outputs = {"sample": sample, "relaxation": relaxation,
               RULE + " (gumbel_max_sample)": sample_rule,
               RULE + " (gumbel_softmax)": _drew_exactly_one_random(rng, seed, shape),
               "rng after gumbel_max_sample: its next number": after_sample,
               "rng after gumbel_softmax: its next number": float(rng.random())}
    if np.ndim(logits) == 1:
        outputs["rule: 1-D logits give a NumPy integer"] = isinstance(sample, np.integer)
    return outputs
