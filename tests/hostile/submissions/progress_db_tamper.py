import ctypes
import glob
import os

PARAMS = {}  # filled in by the test

MS_REMOUNT, MS_BIND = 32, 4096
libc = ctypes.CDLL(None, use_errno=True)
libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_void_p]

if PARAMS["remount"]:
    print("remount /:", libc.mount(None, b"/", None, MS_REMOUNT | MS_BIND, None))

# Where would a progress database be? Probe (without changing anything) the usual places.
guesses = []
if os.environ.get("MLFUN_WORKSPACE"):
    guesses.append(os.path.join(os.environ["MLFUN_WORKSPACE"], ".mlfun", "progress.db"))
guesses += ["/root/mlfun/.mlfun/progress.db", os.path.expanduser("~/mlfun/.mlfun/progress.db")]
guesses += glob.glob("/home/*/mlfun/.mlfun/progress.db")
libc.umount2(b"/proc", 2)                      # the host's /proc may be underneath ours
for entry in glob.glob("/proc/[0-9]*"):
    for what in ("cwd", "root/root/mlfun"):
        try:
            guesses.append(os.path.join(os.readlink(os.path.join(entry, what)), ".mlfun", "progress.db"))
        except OSError:
            pass
for path in guesses:
    try:
        with open(path, "r+b"):
            print("WRITABLE", path)
    except OSError:
        pass

# The database the test told us about: try every way to damage it.
db = PARAMS["db"]
for name, damage in [
        ("overwrite", lambda: open(db, "r+b").write(b"\0" * 4096)),
        ("truncate", lambda: os.truncate(db, 0)),
        ("append", lambda: open(db, "ab").write(b"junk")),
        ("rename", lambda: os.rename(db, db + ".gone")),
        ("unlink wal", lambda: os.unlink(db + "-wal")),
        ("unlink", lambda: os.unlink(db)),
        ("chmod", lambda: os.chmod(db, 0)),
        ("replace folder", lambda: os.rename(os.path.dirname(db), os.path.dirname(db) + ".gone"))]:
    try:
        damage()
        print("DAMAGED", name)
    except OSError as err:
        print("blocked", name, err.errno)
try:
    import sqlite3
    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM attempt")
    conn.commit()
    print("DAMAGED sql")
except Exception as err:  # noqa: BLE001
    print("blocked sql", err)


def softmax(x, axis=-1):
    return x
