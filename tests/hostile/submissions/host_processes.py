import ctypes
import os

PARAMS = {}  # filled in by the test

libc = ctypes.CDLL(None, use_errno=True)
before = sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
print("visible before:", len(before))
libc.umount2(b"/proc", 2)                   # lazily unmount the private /proc we were given
after = sorted(int(p) for p in os.listdir("/proc") if p.isdigit())
print("visible after:", len(after))
if PARAMS["grader_pid"] in after:
    with open(f"/proc/{PARAMS['grader_pid']}/cmdline", "rb") as f:
        print("SEES GRADER", f.read().replace(b"\0", b" ")[:200])


def softmax(x, axis=-1):
    return x
