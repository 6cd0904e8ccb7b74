"""How the grader calls ddpm_step: one step on a case, or the whole sampler.

The whole sampler (cases with `s`): T = 1000 steps of the linear schedule from x_T, with
the exact noise predictor of data x_0 ~ N(0, s^2), vectorized over M = 2048 samples.
Then x_t ~ N(0, v_t) with v_t = abar_t s^2 + 1 - abar_t, and the best prediction of the
noise is E[eps | x_t] = sqrt(1 - abar_t) x_t / v_t. A right sampler ends at variance s^2
(within 0.7% for this schedule: the sigma_t^2 = beta_t variance is not exact).

Why the noise is not plain independent draws: with M independent samples the sample
variance errs by sqrt(2/M) (1% at M = 20000, already seconds of work), so a 3% bound would
fail right samplers. The noise rows here (x_T and the 1000 z's, the one at t = 1 to be ignored) are M-vectors that are
exactly orthogonal, each of mean square 1: rows of H D1 H D2 / sqrt(M), with H the
Hadamard matrix and D1, D2 random signs; their entries are sums of M random signs, so they
look Gaussian. Every step is affine in (x_t, z), so x_0 = sum_r c_r w_r (+ an offset), and
its mean square over the M samples is exactly sum_r c_r^2 (+ offset^2): the variance the
sampler reaches with Gaussian noise, with no sampling error, in a fraction of a second.
"""
import numpy as np

T, M = 1000, 2048


def run(impl, x_t=None, eps_pred=None, t=None, betas=None, z=None, s=None, seed=None):
    if s is None:
        return {"x_prev": impl.ddpm_step(x_t, eps_pred, t, betas, z)}
    x0 = run_sampler(impl.ddpm_step, s, seed)
    return {"sampler x_0": x0, "sampler mean square of x_0": float(np.mean(x0 * x0))}


def run_sampler(step, s, seed):
    betas = np.linspace(1e-4, 0.02, T)
    alpha_bars = np.cumprod(1.0 - betas)
    noise = orthogonal_noise(T + 1, seed)
    x = noise[0]                                           # x_T ~ N(0, 1)
    for t in range(T, 0, -1):
        v = alpha_bars[t - 1] * s * s + 1.0 - alpha_bars[t - 1]
        eps_pred = np.sqrt(1.0 - alpha_bars[t - 1]) * x / v
        x = np.array(step(x, eps_pred, t, betas, noise[t]), dtype=np.float64)   # z at t = 1 too: ignored
    return x


def orthogonal_noise(rows, seed):
    """`rows` (<= M) orthogonal M-vectors of mean square 1: rows of H D1 H D2 / sqrt(M)."""
    rng = np.random.default_rng(seed)
    picked = np.zeros((rows, M))
    picked[np.arange(rows), rng.permutation(M)[:rows]] = 1.0       # rows of the identity
    signs1, signs2 = rng.choice([-1.0, 1.0], M), rng.choice([-1.0, 1.0], M)
    return walsh_hadamard(walsh_hadamard(picked) * signs1) * signs2 / np.sqrt(M)


def walsh_hadamard(x):
    """x @ H along the last axis (H the Sylvester Hadamard matrix, entries +-1): log2(M) passes."""
    x = x.copy()
    n, h = x.shape[-1], 1
    while h < n:
        pairs = x.reshape(x.shape[:-1] + (n // (2 * h), 2, h))
        a, b = pairs[..., 0, :].copy(), pairs[..., 1, :].copy()
        pairs[..., 0, :], pairs[..., 1, :] = a + b, a - b
        h *= 2
    return x
