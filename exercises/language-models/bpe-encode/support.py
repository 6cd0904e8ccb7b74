"""Properties of an encoder the statement promises beyond matching the reference's ids."""
import numpy as np


def corpus_reproduces_training(inputs, outputs, expected):
    """Encoding the corpus the merges were trained on gives training's final sequence."""
    final = inputs.get("_final")
    got = outputs.get("corpus_ids") if isinstance(outputs, dict) else None
    if final is None or not isinstance(got, np.ndarray):
        return None
    if got.shape == (len(final),) and np.array_equal(got, np.array(final, dtype=np.int64)):
        return None
    return (f"encoding the training corpus ({len(inputs['corpus'])} bytes) with its own merges gave "
            f"{got.size} ids, not training's final sequence of {len(final)} ids: applying the "
            "merges in rank order replays training step by step, so the two must be equal")


def decode_inverts_encode(inputs, outputs, expected):
    """bpe_decode(bpe_encode(data)) == data."""
    got = outputs.get("roundtrip") if isinstance(outputs, dict) else None
    data = np.asarray(inputs["data"], dtype=np.uint8)
    if not isinstance(got, np.ndarray):
        return None
    if got.shape == data.shape and np.array_equal(got, data):
        return None
    return (f"bpe_decode(bpe_encode(data)) gave {got.size} bytes that are not the {data.size} bytes "
            "of data: every id must expand to exactly the bytes it was made from")
