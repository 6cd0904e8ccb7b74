"""Mistake clipping-only, as an override of the reference: gradient clipping alone: every step is
bounded, so nothing overflows, but Wh keeps its spectral radius of about 4: the hidden state is
chaotic and the network learns no memory."""


def init_params(rng, H=HIDDEN):
    """Wx (H,), Wh (H, H), b (H,), Wy (H,), in float32."""
    params = {"Wx": rng.normal(0.0, 0.3, size=H),
              "Wh": rng.normal(0.0, 1.0, size=(H, H)),
              "b": np.zeros(H),
              "Wy": rng.normal(0.0, 1.0 / np.sqrt(H), size=H)}
    return {key: value.astype(np.float32) for key, value in params.items()}
