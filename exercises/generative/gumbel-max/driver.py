"""How the grader calls the Gumbel-max sampler and its relaxation.

Each function gets its own generator made from the case's seed, so both see the same
u = rng.random(logits.shape). After each call the driver draws one more number from that
generator and reports it: it equals the reference's only if the call drew exactly the
numbers of one rng.random(logits.shape), no more. Cases with `draws` tile their (C,)
logits into DRAWS identical rows: one call then gives DRAWS independent samples, whose
frequencies support.py tests against softmax(logits).
"""
import numpy as np

DRAWS = 20000


def run(impl, logits, tau, seed, draws=False):
    if draws:
        rng = np.random.default_rng(seed)
        samples = impl.gumbel_max_sample(np.tile(logits, (DRAWS, 1)), rng)
        return {"samples": samples, "rng after gumbel_max_sample: its next number": float(rng.random())}
    rng = np.random.default_rng(seed)
    sample = impl.gumbel_max_sample(logits, rng)
    after_sample = float(rng.random())
    rng = np.random.default_rng(seed)
    relaxation = impl.gumbel_softmax(logits, tau, rng)
    outputs = {"sample": sample, "relaxation": relaxation,
               "rng after gumbel_max_sample: its next number": after_sample,
               "rng after gumbel_softmax: its next number": float(rng.random())}
    if np.ndim(logits) == 1:
        outputs["rule: 1-D logits give a NumPy integer"] = isinstance(sample, np.integer)
    return outputs
