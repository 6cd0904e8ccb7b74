import ctypes
import os

PARAMS = {}  # filled in by the test

MS_REMOUNT, MS_BIND = 32, 4096


def remount_everything_writable():
    """We may hold capabilities in our own user namespace: undo the read-only remount."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_void_p]
    with open("/proc/self/mountinfo") as f:
        points = [line.split()[4] for line in f]
    for point in ["/"] + points:
        if libc.mount(None, point.encode(), None, MS_REMOUNT | MS_BIND, None) == 0:
            print("remounted writable:", point)


if PARAMS["remount"]:
    remount_everything_writable()
targets = list(PARAMS["targets"]) + [os.path.join(os.path.dirname(os.getcwd()), "escape-sibling")]
for path in targets:
    try:
        with open(path, "x") as f:
            f.write("escaped\n")
        print("ESCAPED", path)
    except OSError as err:
        print("blocked", path, err.errno)
with open("inside.txt", "w") as f:            # the private folder itself is writable
    f.write("fine\n")


def softmax(x, axis=-1):
    return x
