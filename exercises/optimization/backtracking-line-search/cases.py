"""Line searches whose every trial is far (1e-6 relative) from each acceptance boundary.

Cases are drawn, then simulated with the Armijo test and with the tests of the named
mistakes (a plain decrease; −‖g‖² as the slope), and redrawn until no trial sits near any
of those boundaries: a correct program and each mistake then decide every trial the same
way whatever its rounding. Each group also asks that the mistake it targets accepts another
step than the Armijo test does, so that every seed tells them apart.
"""
import numpy as np

MARGIN = 1e-6
MAX_TRIALS = 60


def value(spec, z):
    if spec["kind"] == "quadratic":
        return float(0.5 * z @ (spec["A"] @ z) - spec["b"] @ z)
    return float(np.sum(100.0 * (z[1:] - z[:-1] ** 2) ** 2 + (1.0 - z[:-1]) ** 2))


def gradient(spec, z):
    if spec["kind"] == "quadratic":
        return spec["A"] @ z - spec["b"]
    grad = np.zeros_like(z)
    inner = z[1:] - z[:-1] ** 2
    grad[:-1] = -400.0 * z[:-1] * inner - 2.0 * (1.0 - z[:-1])
    grad[1:] += 200.0 * inner
    return grad


def _search(spec, x, p, rho, c, slope, plain=False):
    """The accepted trial index under one test, or None past MAX_TRIALS or near a boundary."""
    fx, alpha = value(spec, x), 1.0
    for k in range(MAX_TRIALS):
        trial = value(spec, x + alpha * p)
        bound = fx if plain else fx + c * alpha * slope
        if abs(trial - bound) <= MARGIN * (abs(trial) + abs(bound) + abs(c * alpha * slope)):
            return None
        if trial <= bound:
            return k
        alpha *= rho
    return None


def _outcomes(case):
    spec, x, g, p = case["f_spec"], case["x"], case["g"], case["p"]
    rho = 0.5 if case["rho"] is None else case["rho"]
    c = 1e-4 if case["c"] is None else case["c"]
    return (_search(spec, x, p, rho, c, float(g @ p)),
            _search(spec, x, p, rho, c, float(g @ p), plain=True),
            _search(spec, x, p, rho, c, -float(g @ g)))


def _draw(rng, make, want_simple=False, want_slope=False):
    """Redraw `make(rng)` until every test is decided clearly, and the wanted ones differ."""
    for _ in range(2000):
        case = make(rng)
        armijo, simple, slope = _outcomes(case)
        if None in (armijo, simple, slope):
            continue
        if (want_simple and simple == armijo) or (want_slope and slope == armijo):
            continue
        return case
    raise RuntimeError("no case found")


def _spd(rng, d, low, high):
    q, _ = np.linalg.qr(rng.normal(size=(d, d)))
    return (q * rng.uniform(low, high, size=d)) @ q.T


def _quadratic(rng, d=None, low=0.5, high=20.0):
    d = int(rng.integers(2, 7)) if d is None else d
    return {"kind": "quadratic", "A": _spd(rng, d, low, high), "b": rng.normal(size=d)}


def _case(spec, x, p, rho, c):
    return {"f_spec": spec, "x": x, "g": gradient(spec, x), "p": p, "rho": rho, "c": c}


def worked_example(rng):
    spec = {"kind": "quadratic", "A": np.array([[4.0, 0.0], [0.0, 1.0]]), "b": np.array([0.0, 0.0])}
    x = np.array([1.0, 1.0])
    return _case(spec, x, -gradient(spec, x), None, None)


def quadratic_steepest(rng):
    """p = −g on a quadratic whose curvature forces a few halvings; default rho and c."""
    def make(rng):
        spec = _quadratic(rng, high=float(rng.uniform(5.0, 50.0)))
        x = rng.normal(size=spec["b"].size) * 2.0
        return _case(spec, x, -gradient(spec, x), None, None)
    return _draw(rng, make)


def quadratic_newton(rng):
    """p = −A⁻¹g: the full step α = 1 satisfies Armijo for any c < ½, so it is the answer."""
    def make(rng):
        spec = _quadratic(rng)
        x = rng.normal(size=spec["b"].size)
        g = gradient(spec, x)
        return _case(spec, x, -np.linalg.solve(spec["A"], g), float(rng.uniform(0.3, 0.8)),
                     float(rng.uniform(1e-4, 0.4)))
    return _draw(rng, make, want_slope=True)


def sufficient_decrease_matters(rng):
    """c from 0.3 to 0.5: some trial decreases f, but not by enough; the plain test takes it."""
    def make(rng):
        spec = _quadratic(rng, high=30.0)
        x = rng.normal(size=spec["b"].size) * 2.0
        p = -gradient(spec, x) * rng.uniform(0.5, 3.0, size=x.size)
        return _case(spec, x, p, float(rng.uniform(0.3, 0.75)), float(rng.uniform(0.3, 0.5)))
    return _draw(rng, make, want_simple=True)


def scaled_direction(rng):
    """p = −Bg with B positive definite, not the identity: g·p is not −‖g‖²."""
    def make(rng):
        spec = _quadratic(rng)
        x = rng.normal(size=spec["b"].size) * 2.0
        B = _spd(rng, x.size, 0.05, 3.0)
        return _case(spec, x, -B @ gradient(spec, x), float(rng.uniform(0.2, 0.8)),
                     float(rng.uniform(0.01, 0.45)))
    return _draw(rng, make, want_slope=True)


def rosenbrock_steepest(rng):
    """Rosenbrock's narrow valley: the gradient is large, so many trials are rejected."""
    def make(rng):
        spec = {"kind": "rosenbrock"}
        x = rng.uniform(-2.0, 2.0, size=int(rng.integers(2, 6)))
        return _case(spec, x, -gradient(spec, x), float(rng.uniform(0.3, 0.7)), float(rng.uniform(1e-4, 0.3)))
    return _draw(rng, make)


def rosenbrock_other_direction(rng):
    """Rosenbrock with a descent direction that is not −g (a rotated, rescaled gradient)."""
    def make(rng):
        spec = {"kind": "rosenbrock"}
        x = rng.uniform(-1.5, 1.5, size=int(rng.integers(2, 6)))
        B = _spd(rng, x.size, 0.01, 2.0)
        return _case(spec, x, -B @ gradient(spec, x), float(rng.uniform(0.3, 0.7)), float(rng.uniform(1e-4, 0.5)))
    return _draw(rng, make, want_slope=True)


def long_search(rng):
    """41 to 60 trials: p = −2^K·g, so the accepted α is about 2^−K; a search that caps its
    trials (or floors α) below the promised 60 stops before accepting."""
    def make(rng):
        spec = _quadratic(rng, high=float(rng.uniform(5.0, 50.0)))
        x = rng.normal(size=spec["b"].size) * 2.0
        return _case(spec, x, -gradient(spec, x) * 2.0 ** int(rng.integers(41, 57)), None, None)
    while True:
        case = _draw(rng, make)
        if _outcomes(case)[0] >= 40:
            return case


def non_contiguous(rng):
    """x, g and p as strided views of larger arrays."""
    case = scaled_direction(rng)
    for name in ("x", "g", "p"):
        wide = np.zeros(2 * case[name].size)
        wide[::2] = case[name]
        case[name] = wide[::2]
    return case
