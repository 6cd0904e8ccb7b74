"""How the grader calls the sampler: with a log density it builds and counts, and a
generator made from the case's seed.

Targets (`target` names one; its parameters are plain array inputs):
- "gaussian": log p(x) = -1/2 (x - mean)^T precision (x - mean);
- "box": 0 inside [0, 1]^d, -inf outside (a support with an edge);
- "half-gaussian": -1/2 |x|^2 where every coordinate is >= 0, -inf elsewhere;
- "mixture": two unit Gaussians at -mean and +mean (a bimodal target).
After the chain the driver draws one more number from the generator and reports it: it
equals the reference's only when the sampler drew exactly d normals and one uniform per
step. The generator's whole state (with the half-used 32-bit word PCG64 keeps between
bounded draws, where a stray small draw may leave the 128-bit state unchanged) is also
compared with a twin's that drew exactly those numbers: a `rule:` output. With `batches`, the chain is reported by its batch means (the 40000-step statistics
case: support.py tests them), not row by row.
"""
import numpy as np


def make_log_density(target, mean, precision):
    mean, precision = np.array(mean, dtype=np.float64), np.array(precision, dtype=np.float64)

    def gaussian(x):
        r = x - mean
        return float(-0.5 * r @ precision @ r)

    def box(x):
        return 0.0 if np.all((x >= 0.0) & (x <= 1.0)) else -np.inf

    def half_gaussian(x):
        return float(-0.5 * x @ x) if np.all(x >= 0.0) else -np.inf

    def mixture(x):
        a, b = -0.5 * np.sum((x - mean) ** 2), -0.5 * np.sum((x + mean) ** 2)
        return float(max(a, b) + np.log1p(np.exp(-abs(a - b))))

    return {"gaussian": gaussian, "box": box, "half-gaussian": half_gaussian, "mixture": mixture}[target]


def _drew_exactly_the_stated_numbers(rng, seed, n_steps, d):
    twin = np.random.default_rng(seed)
    for _ in range(n_steps):
        twin.standard_normal(d)
        twin.random()
    return rng.bit_generator.state == twin.bit_generator.state


def run(impl, x0, n_steps, step_size, seed, target, mean, precision, batches=0):
    density = make_log_density(target, mean, precision)
    calls = [0]

    def log_density(x):
        calls[0] += 1
        return density(np.array(x, dtype=np.float64))

    rng = np.random.default_rng(seed)
    chain, rate = impl.metropolis_hastings(log_density, x0, n_steps, step_size, rng)
    outputs = {"acceptance_rate": rate,
               "rule: the generator drew d normals and one uniform per step, nothing else":
                   _drew_exactly_the_stated_numbers(rng, seed, n_steps, len(x0)),
               "rng after the chain: its next number": float(rng.random()),
               "rule: log_density called at most n_steps + 1 times": calls[0] <= n_steps + 1}
    if not batches:
        outputs["chain"] = chain
        return outputs
    chain = np.asarray(chain, dtype=np.float64)
    if chain.shape != (n_steps, len(x0)):
        outputs["chain shape"] = np.array(chain.shape)
        return outputs
    blocks = chain.reshape(batches, n_steps // batches, len(x0))
    outputs["chain: batch means"] = blocks.mean(axis=1)
    outputs["chain: batch means of (x - mean)²"] = ((blocks - np.asarray(mean)) ** 2).mean(axis=1)
    return outputs
