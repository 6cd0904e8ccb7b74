"""The plain-data format between the sandbox child and the parent. Never pickle.

A message is a JSON header followed by raw array buffers:

    [4 bytes: header length][header JSON][buffer 0][buffer 1]...

The header holds the structure (None, bool, int, float, str, list, tuple, dict with string
keys) and, for each array, its dtype, shape and buffer index. Only numeric, boolean and
plain arrays cross: `type(x) is np.ndarray`, never a subclass, never an object array. The
decoder trusts nothing: a wrong dtype, a shape that does not match its buffer, a size
over the limit or trailing bytes is a `WireError`, which the grader reports as a failed
attempt.
"""
from __future__ import annotations

import json
import math
import struct

import numpy as np

ALLOWED_KINDS = "biuf"          # bool, signed, unsigned, float (complex is not needed by any exercise)
MAX_DEPTH = 32


class WireError(ValueError):
    """A value cannot cross the boundary, or a message is malformed."""


def encode(value) -> bytes:
    buffers: list[bytes] = []
    header = json.dumps(_to_header(value, buffers, 0), allow_nan=True).encode()
    return b"".join([struct.pack("<I", len(header)), header, *buffers])


def _to_header(value, buffers: list, depth: int):
    if depth > MAX_DEPTH:
        raise WireError("the value is nested too deeply")
    if value is None or type(value) in (bool, int, str):
        return value
    if type(value) is float:
        return {"f": repr(value)} if not math.isfinite(value) else value
    if isinstance(value, np.generic) and type(value) is not np.object_:
        return _array_header(np.asarray(value), buffers, scalar=True)
    if type(value) is np.ndarray:
        return _array_header(value, buffers, scalar=False)
    if isinstance(value, np.ndarray):
        raise WireError(f"a {type(value).__name__} (a subclass of numpy.ndarray) was returned; "
                        "return a plain numpy array (np.asarray(x))")
    if type(value) in (list, tuple):
        items = [_to_header(v, buffers, depth + 1) for v in value]
        return {"t": items} if type(value) is tuple else items
    if type(value) is dict:
        if not all(type(k) is str for k in value):
            raise WireError("a dict with non-string keys was returned")
        return {"d": {k: _to_header(v, buffers, depth + 1) for k, v in value.items()}}
    raise WireError(f"a value of type {type(value).__name__} was returned; "
                    "return numpy arrays, numbers, lists, tuples or dicts")


def _array_header(array: np.ndarray, buffers: list, scalar: bool) -> dict:
    if array.dtype.kind not in ALLOWED_KINDS:
        kind = "object" if array.dtype.kind == "O" else str(array.dtype)
        raise WireError(f"an array of dtype {kind} was returned; return a numeric array")
    buffers.append(np.ascontiguousarray(array).tobytes())
    return {"a": len(buffers) - 1, "dtype": array.dtype.newbyteorder("<").str if array.dtype.byteorder == ">"
            else array.dtype.str, "shape": list(array.shape), "s": scalar}


def decode(message: bytes, max_bytes: int = 256 << 20):
    if len(message) > max_bytes:
        raise WireError(f"the result is larger than {max_bytes >> 20} MiB")
    if len(message) < 4:
        raise WireError("the result message is truncated")
    (size,) = struct.unpack_from("<I", message)
    try:
        header = json.loads(message[4:4 + size])
    except (ValueError, RecursionError):
        raise WireError("the result header is not valid") from None
    reader = _Buffers(memoryview(message)[4 + size:])
    value = _from_header(header, reader, 0)
    if reader.offset != len(reader.data):
        raise WireError("the result message has trailing bytes")
    return value


class _Buffers:
    def __init__(self, data: memoryview):
        self.data, self.offset, self.index = data, 0, 0

    def take(self, index: int, nbytes: int) -> memoryview:
        if index != self.index or self.offset + nbytes > len(self.data):
            raise WireError("the result message's arrays are out of order or truncated")
        chunk = self.data[self.offset:self.offset + nbytes]
        self.offset += nbytes
        self.index += 1
        return chunk


def _from_header(node, reader: _Buffers, depth: int):
    if depth > MAX_DEPTH:
        raise WireError("the result is nested too deeply")
    if node is None or type(node) in (bool, int, float, str):
        return node
    if type(node) is list:
        return [_from_header(v, reader, depth + 1) for v in node]
    if type(node) is dict and set(node) == {"t"} and type(node["t"]) is list:
        return tuple(_from_header(v, reader, depth + 1) for v in node["t"])
    if type(node) is dict and set(node) == {"d"} and type(node["d"]) is dict:
        return {k: _from_header(v, reader, depth + 1) for k, v in node["d"].items()}
    if type(node) is dict and set(node) == {"f"} and node["f"] in ("nan", "inf", "-inf"):
        return float(node["f"])
    if type(node) is dict and set(node) == {"a", "dtype", "shape", "s"}:
        return _array_from(node, reader)
    raise WireError("the result message has an unknown structure")


def _array_from(node: dict, reader: _Buffers):
    try:
        dtype = np.dtype(node["dtype"])
        shape = tuple(int(n) for n in node["shape"])
    except (TypeError, ValueError):
        raise WireError("the result has an invalid array description") from None
    if dtype.kind not in ALLOWED_KINDS or any(n < 0 for n in shape) or len(shape) > 32:
        raise WireError(f"the result has an array of a forbidden kind ({node['dtype']})")
    count = math.prod(shape)
    array = np.frombuffer(reader.take(node["a"], count * dtype.itemsize), dtype=dtype).reshape(shape).copy()
    return array[()] if node["s"] is True and array.ndim == 0 else array
