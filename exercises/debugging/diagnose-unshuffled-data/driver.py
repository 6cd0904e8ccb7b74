"""How the grader calls your script: train(X, y, seed) on the spiral as stored (sorted by
label), twice with the same seed, then predict(params, X_test) on fresh points whose labels
only the grader knows.

While train runs, the module's epoch_batches is wrapped: every call is noted with the n it
was given, whether it drew from the rng it was given (the generator's state moved), and the
batches it returned."""
import numpy as np

EPOCHS, BATCHES, BATCH = 30, 30, 20


def _state(rng):
    return rng.bit_generator.state if isinstance(rng, np.random.Generator) else None


def _as_epoch(batches):
    """The batches as an int array (30, 20), or None when they are not 30 batches of 20 ints."""
    try:
        parts = [np.asarray(b) for b in batches]
    except TypeError:
        return None
    if len(parts) != BATCHES or any(p.shape != (BATCH,) or p.dtype.kind not in "iu" for p in parts):
        return None
    return np.stack(parts).astype(np.int64)


def _watched_train(impl, X, y, seed):
    notes = []
    original = impl.epoch_batches

    def noting(n, rng):
        before = _state(rng)
        batches = original(n, rng)
        moved = before is not None and _state(rng) != before
        if len(notes) < 1000:
            notes.append((n, moved, _as_epoch(batches)))
        return batches

    impl.epoch_batches = noting
    try:
        params, history = impl.train(X, y, seed)
    finally:
        impl.epoch_batches = original
    shaped = [e for _, _, e in notes]
    epochs = np.stack(shaped) if shaped and all(e is not None for e in shaped) else np.zeros((0, BATCHES, BATCH), int)
    return params, history, {"n_given": np.array([int(n) for n, _, _ in notes], dtype=np.int64),
                             "rng_moved": np.array([m for _, m, _ in notes], dtype=bool),
                             "well_formed": all(e is not None for e in shaped), "epochs": epochs}


def run(impl, X, y, seed, X_test):
    params, history, first = _watched_train(impl, X, y, seed)
    _, _, again = _watched_train(impl, X, y, seed)
    try:
        losses = np.asarray(history, dtype=np.float64).ravel()
    except (TypeError, ValueError):
        losses = np.zeros(0)
    return {**first, "epochs_again": again["epochs"], "losses": losses,
            "predicted": np.asarray(impl.predict(params, X_test))}
