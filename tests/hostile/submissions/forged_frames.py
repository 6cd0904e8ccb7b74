import inspect
import os
import struct
import sys

from mlfun.grader.wire import encode   # the grader's own encoder is importable in the sandbox

PARAMS = {}  # filled in by the test
FD = int(sys.argv[1])                   # and the child's command line names the result pipe


def send(message):
    data = encode(message)
    os.write(FD, struct.pack("<I", len(data)) + data)


if PARAMS["variant"] == "load_error without error":
    send({"event": "load_error"})
elif PARAMS["variant"] == "load_error without type":
    send({"event": "load_error", "error": {"message": "forged"}})
elif PARAMS["variant"] == "missing not a list":
    send({"event": "loaded", "missing": 5})
elif PARAMS["variant"] == "missing not strings":
    send({"event": "loaded", "missing": [1, 2]})
elif PARAMS["variant"] == "well-formed duplicate":
    send({"event": "loaded", "missing": []})


def softmax(x, axis=-1):
    if PARAMS["variant"] in ("error without type", "inputs_after not a dict"):
        frame = inspect.currentframe()
        while "request" not in frame.f_locals:       # the child's own request, up the stack
            frame = frame.f_back
        calls = len(frame.f_locals["request"]["calls"])
        if PARAMS["variant"] == "error without type":
            bogus = {"event": "error", "error": {"forged": True}}
        else:
            bogus = {"event": "done", "outputs": {"out": 0.5}, "inputs_after": ["forged"]}
        send(dict(bogus, call=0))
        for i in range(1, calls):
            send({"event": "start", "call": i})
            send(dict(bogus, call=i))
        send({"event": "finished"})
        os._exit(0)
    return x
