"""The plain-data channel: only numbers and numeric arrays cross, and nothing malformed is believed."""
from __future__ import annotations

import struct

import numpy as np
import pytest

from mlfun.grader.wire import WireError, decode, encode


def test_round_trip_keeps_types_shapes_and_dtypes():
    value = {"out": np.arange(6, dtype=np.float32).reshape(2, 3).T, "n": 3, "f": float("nan"),
             "t": (1, "a", None, True), "s": np.float32(1.5), "l": [np.int64(2), -np.inf]}
    back = decode(encode(value))
    assert back["out"].dtype == np.float32 and back["out"].shape == (3, 2)
    assert np.array_equal(back["out"], value["out"]) and back["t"] == (1, "a", None, True)
    assert np.isnan(back["f"]) and type(back["s"]) is np.float32 and back["l"][1] == -np.inf


def test_subclasses_and_object_arrays_are_refused():
    class Liar(np.ndarray):
        def __eq__(self, other):
            return True
    with pytest.raises(WireError, match="subclass"):
        encode({"out": np.zeros(3).view(Liar)})
    with pytest.raises(WireError, match="object"):
        encode({"out": np.array([1, "a"], dtype=object)})
    with pytest.raises(WireError, match="type"):
        encode({"out": lambda: 1})


@pytest.mark.parametrize("blob", [b"", b"\x05\x00\x00\x00{", encode([1]) + b"extra",
                                  struct.pack("<I", 2) + b"{}", encode({"a": np.zeros(4)})[:-8]])
def test_malformed_messages_are_errors(blob):
    with pytest.raises(WireError):
        decode(blob)


def test_a_forged_dtype_is_refused():
    header = b'{"a": 0, "dtype": "|O", "shape": [1], "s": false}'
    with pytest.raises(WireError):
        decode(struct.pack("<I", len(header)) + header + b"\x00" * 8)
