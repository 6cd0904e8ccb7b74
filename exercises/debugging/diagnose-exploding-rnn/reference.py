"""The fixed script. Two changes, one for each half of the cause:

  * Wh starts as an orthogonal matrix scaled by 0.9: every eigenvalue has size 0.9, so the
    product of T Jacobians diag(1 - h^2) Wh shrinks instead of growing like 4^T;
  * the gradient is clipped to a global norm of at most CLIP before each step, so a step is
    never longer than LEARNING_RATE * CLIP, even when training pushes the spectral radius
    above 1 and the gradient spikes.
"""
import numpy as np

HIDDEN, STEPS, LEARNING_RATE, CLIP = 16, 80, 0.6, 0.25


def init_params(rng, H=HIDDEN):
    """Wx (H,), Wh (H, H), b (H,), Wy (H,), in float32."""
    q, r = np.linalg.qr(rng.normal(size=(H, H)))
    orthogonal = q * np.sign(np.diag(r))                    # a random orthogonal matrix (QᵀQ = I)
    params = {"Wx": rng.normal(0.0, 0.3, size=H),
              "Wh": 0.9 * orthogonal,                       # every |eigenvalue| = 0.9
              "b": np.zeros(H),
              "Wy": rng.normal(0.0, 1.0 / np.sqrt(H), size=H)}
    return {key: value.astype(np.float32) for key, value in params.items()}


def forward(params, X):
    """Hidden states hs (T+1, N, H), with hs[0] = 0, and predictions (N, T) for inputs X (N, T):

        h_t = tanh(x_t Wx + h_{t-1} Wh + b),    prediction_t = h_t . Wy
    """
    N, T = X.shape
    drive = X.T[:, :, None] * params["Wx"] + params["b"]      # (T, N, H): x_t Wx + b, every step
    hs = np.zeros((T + 1, N, params["Wh"].shape[0]), dtype=drive.dtype)
    for t in range(T):
        hs[t + 1] = np.tanh(drive[t] + hs[t] @ params["Wh"])
    return hs, (hs[1:] @ params["Wy"]).T


def forward_backward(params, X, y):
    """Mean squared error over every sequence and step, and its gradient by backpropagation
    through time: (loss, grads), grads with the keys and shapes of params."""
    N, T = X.shape
    H = params["Wh"].shape[0]
    hs, pred = forward(params, X)
    err = pred - y                                            # (N, T)
    loss = np.mean(err ** 2)
    dpred = (2.0 / err.size) * err.T                          # (T, N): d loss / d prediction_t
    dh_out = dpred[:, :, None] * params["Wy"]                 # (T, N, H): from prediction_t into h_t
    da = np.empty_like(hs[1:])                                # (T, N, H): d loss / d pre-activation
    dh = np.zeros_like(hs[0])                                 # (N, H): d loss / d h_t from steps after t
    for t in range(T - 1, -1, -1):
        da[t] = (dh + dh_out[t]) * (1.0 - hs[t + 1] ** 2)     # through the tanh
        dh = da[t] @ params["Wh"].T                           # one step back, to h_{t-1}
    flat = da.reshape(-1, H)
    grads = {"Wx": X.T.reshape(-1) @ flat,
             "Wh": hs[:-1].reshape(-1, H).T @ flat,
             "b": flat.sum(axis=0),
             "Wy": hs[1:].reshape(-1, H).T @ dpred.reshape(-1)}
    return loss, grads


def train(X, y, seed, log=None):
    """Full-batch gradient descent on X (N, T), y (N, T), from init_params; returns the
    parameters {"Wx", "Wh", "b", "Wy"}. If log is a list, (loss, gradient norm) is appended
    to it at every step."""
    X, y = X.astype(np.float32), y.astype(np.float32)         # float32, as on a GPU
    params = init_params(np.random.default_rng(seed))
    for step in range(STEPS):
        loss, grads = forward_backward(params, X, y)
        norm = grad_norm(grads)
        if log is not None:
            log.append((float(loss), norm))
        if norm > CLIP:                                       # clip the global norm to CLIP
            grads = {key: g * (CLIP / norm) for key, g in grads.items()}
        for key in params:
            params[key] = params[key] - LEARNING_RATE * grads[key]
    return params


# ---------------------------------------------------------------- tools to look at a run

def grad_norm(grads):
    """The global gradient norm: the square root of the sum of every squared entry (in float64)."""
    return float(np.sqrt(sum(np.sum(np.square(g, dtype=np.float64)) for g in grads.values())))


def spectral_radius(W):
    """The largest |eigenvalue| of a square matrix."""
    return float(np.max(np.abs(np.linalg.eigvals(np.asarray(W, dtype=np.float64)))))


def sequences(rng, n, T, a=0.8):
    """n input sequences X (n, T) ~ N(0, 1) and their targets y (n, T): y_t = s_t + 0.1 noise,
    s_t = a s_{t-1} + sqrt(1 - a^2) x_t, a moving average that remembers about 1 / (1 - a) steps."""
    X = rng.normal(size=(n, T))
    s, y = np.zeros(n), np.empty((n, T))
    for t in range(T):
        s = a * s + np.sqrt(1.0 - a * a) * X[:, t]
        y[:, t] = s
    return X, y + 0.1 * rng.normal(size=(n, T))


def short(x):
    """2 significant digits, exponents without padding: 0.25, 2.6e3, 1.4e-5, inf, nan."""
    return f"{x:.2g}".replace("e+0", "e").replace("e+", "e").replace("e-0", "e-")


def plot(values, title, height=7, width=40):
    """A log-scale plot of positive values, one column per STEPS / width steps (the largest
    value in it); '!' marks columns where a value is inf or NaN."""
    values = np.asarray(values, dtype=np.float64)
    buckets = np.array_split(np.arange(len(values)), width)
    bad = [not np.all(np.isfinite(values[b])) for b in buckets]
    logs = [np.log10(max(values[b].max(), 1e-300)) if not x else np.nan for b, x in zip(buckets, bad)]
    low, high = np.floor(np.nanmin(logs)), np.ceil(np.nanmax(logs))
    rows = [[" "] * width for _ in range(height)]
    for c, v in enumerate(logs):
        if bad[c]:
            rows[0][c] = "!"
        else:
            rows[height - 1 - int(round((v - low) / max(high - low, 1) * (height - 1)))][c] = "*"
    print(title)
    for r, row in enumerate(rows):
        label = f"1e{int(high):+03d}" if r == 0 else f"1e{int(low):+03d}" if r == height - 1 else ""
        print((f"{label:>6} |" + "".join(row)).rstrip())
    print(" " * 7 + "+" + "-" * width)
    print(" " * 8 + f"step 0{'':>{width - 12}}{len(values) - 1:>6}")


def demo(seed=0):
    rng = np.random.default_rng(seed)
    X, y = sequences(rng, 24, 28)                    # 24 training sequences of 28 steps
    X_long, y_long = sequences(rng, 200, 200)        # held out: 200 sequences of 200 steps
    with np.errstate(all="ignore"):                  # NumPy would warn about the overflow
        start = init_params(np.random.default_rng(seed))
        print(f"spectral radius of Wh at initialization: {spectral_radius(start['Wh']):.2f}")
        print("gradient norm at initialization, on the first T steps of each sequence:")
        norms = [grad_norm(forward_backward(start, X[:, :T].astype(np.float32), y[:, :T].astype(np.float32))[1])
                 for T in (1, 2, 4, 8, 16, 28)]
        print("   " + "   ".join(f"T={T}: {short(g)}" for T, g in zip((1, 2, 4, 8, 16, 28), norms)))
        log = []
        params = train(X, y, seed, log)
        losses, gnorms = np.array(log).T
        shown = [s for s in (0, 1, 2, 3, 5, 10, 15, 20, 25, 30, 40, STEPS - 1) if s < len(losses)]
        print("\nstep   " + "".join(f"{s:>7d}" for s in shown))
        print("loss   " + "".join(f"{short(losses[s]):>7}" for s in shown))
        print("|grad| " + "".join(f"{short(gnorms[s]):>7}" for s in shown))
        for name, bad in (("inf", np.isinf(losses)), ("NaN", np.isnan(losses))):
            if bad.any():
                print(f"the loss is {name} from step {int(np.argmax(bad))} on")
        print()
        plot(losses, "loss per step (log scale)")
        print()
        plot(gnorms, "gradient norm per step (log scale)")
        long_loss = np.mean((forward({k: v.astype(np.float64) for k, v in params.items()}, X_long)[1] - y_long) ** 2)
        print(f"\nloss on the held-out sequences of 200 steps: {long_loss:.3g}")
