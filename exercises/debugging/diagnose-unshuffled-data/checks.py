"""The training loop's batches and the trained network are judged here:

  * train calls the module's epoch_batches(600, rng) once per epoch: 30 calls;
  * each call returns a partition of range(600) into 30 batches of 20 indices;
  * every batch holds at least 2 classes (stored order: every batch is one class);
  * no two consecutive epochs visit the points in the same order (a fresh permutation per
    epoch, not one shuffle for the whole run);
  * every call draws from the rng it is given (its state moves), and a second run with the
    same seed gives the same batches: the randomness comes from the seed, not from NumPy's
    global state or the clock;
  * 900 finite batch losses recorded;
  * predict on 600 fresh spiral points at least 0.95 accurate (the fix: 0.99 or more; the
    broken script: 0.333, class 2 for every point).
"""
import numpy as np

EPOCHS, N, BATCHES, BATCH, ACCURACY = 30, 600, 30, 20, 0.95


def _get(outputs, key):
    return outputs.get(key) if isinstance(outputs, dict) else None


def called_once_per_epoch(inputs, outputs, expected):
    n_given = _get(outputs, "n_given")
    count = 0 if n_given is None else len(n_given)
    if count != EPOCHS:
        return (f"train called epoch_batches {count} times; it must call the module's epoch_batches(len(y), rng) "
                f"once per epoch, {EPOCHS} times, so that every epoch gets its own batches")
    if np.any(n_given != N):
        return f"epoch_batches was called with n = {sorted(set(n_given.tolist()))}, not len(y) = {N}"
    return None


def partitions(inputs, outputs, expected):
    epochs = _get(outputs, "epochs")
    if not _get(outputs, "well_formed") or epochs is None:
        return f"epoch_batches must return a list of {BATCHES} int index arrays of {BATCH} each (n = {N})"
    for e, batches in enumerate(epochs):
        if not np.array_equal(np.sort(batches.ravel()), np.arange(N)):
            return (f"the batches of epoch {e} are not a partition of range({N}): every point must be in exactly "
                    "one batch of every epoch")
    return None


def mixed_batches(inputs, outputs, expected):
    epochs = _get(outputs, "epochs")
    if epochs is None or len(epochs) == 0:
        return "cannot be checked: no well-formed batches were seen"
    labels = inputs["y"][np.clip(epochs, 0, N - 1)]
    pure = np.all(labels == labels[:, :, :1], axis=2)
    if np.any(pure):
        e, b = (int(v) for v in np.argwhere(pure)[0])
        return (f"{int(pure.sum())} batches hold a single class (the first: batch {b} of epoch {e}): with the data "
                "stored sorted by label, batches cut in stored order see one class at a time, and each step "
                "pulls the network toward that class alone")
    return None


def reshuffled_every_epoch(inputs, outputs, expected):
    epochs = _get(outputs, "epochs")
    if epochs is None or len(epochs) < 2:
        return "cannot be checked: fewer than 2 epochs of well-formed batches were seen"
    for e in range(1, len(epochs)):
        if np.array_equal(epochs[e], epochs[e - 1]):
            return (f"epochs {e - 1} and {e} visit the points in the same order: draw a fresh permutation every "
                    "epoch, so that the order of the steps does not repeat (one shuffle shared by all epochs "
                    "makes the same batches in the same order 30 times)")
    return None


def draws_from_the_rng(inputs, outputs, expected):
    moved, epochs, again = _get(outputs, "rng_moved"), _get(outputs, "epochs"), _get(outputs, "epochs_again")
    if moved is None or len(moved) == 0:
        return "cannot be checked: epoch_batches was never called"
    if not np.all(moved):
        e = int(np.flatnonzero(~moved)[0])
        return (f"epoch_batches drew nothing from the rng it was given at epoch {e}: the permutation must come "
                "from that generator (rng.permutation(n)), the one train made from the seed")
    if epochs is None or again is None or not np.array_equal(epochs, again):
        return ("trained twice with the same seed, your script made different batches: its randomness does "
                "not come from np.random.default_rng(seed) alone (np.random's global state, say)")
    return None


def records_900_losses(inputs, outputs, expected):
    losses = _get(outputs, "losses")
    if losses is None or len(losses) != EPOCHS * BATCHES or not np.all(np.isfinite(losses)):
        got = 0 if losses is None else len(losses)
        return f"history must hold the {EPOCHS * BATCHES} finite batch losses, one per step; it holds {got}"
    return None


def accuracy(inputs, outputs, expected):
    predicted = _get(outputs, "predicted")
    truth = inputs["_y_test"]
    if not isinstance(predicted, np.ndarray) or predicted.shape != truth.shape:
        return f"predict must return {len(truth)} int labels"
    acc = float(np.mean(predicted == truth))
    if not acc >= ACCURACY:
        counts = np.bincount(np.clip(predicted.astype(np.int64), 0, 2), minlength=3).tolist()
        return (f"the trained network classifies {acc:.1%} of 600 fresh spiral points right (at least "
                f"{ACCURACY:.0%} is needed); the classes it predicts: {counts}")
    return None


def picture(inputs, outputs, expected):
    """Drawn under a failed check: your batch losses beside the reference's."""
    from mlfun.grader.pictures import curves

    return curves(outputs.get("losses"), expected.get("losses"), "mini-batch loss", x="step")
