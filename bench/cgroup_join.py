"""Why the sandbox's standby child joins its pids cgroup before it is asked for (grader/zygote.py).

Moving a process into a cgroup waits for an RCU grace period unless another move happened a few
milliseconds earlier. A grade lasts tens of milliseconds, so a child that joins when its grade
starts pays the wait on every grade. This forks children that join a fresh cgroup after idle
gaps of several lengths and prints the median time of the join, against no gap, in one run.

Needs root and a writable pids cgroup (cgroup v1's pids controller, or v2); run:
    sudo python bench/cgroup_join.py [--joins 40]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

BASES = ("/sys/fs/cgroup/pids", "/sys/fs/cgroup")


def writable_base() -> str | None:
    for base in BASES:
        if os.path.exists(os.path.join(base, "cgroup.procs")) and os.access(base, os.W_OK):
            return base
    return None


def one_join(base: str, index: int) -> float:
    """Seconds a forked child takes to write itself into a new cgroup."""
    folder = os.path.join(base, f"mlfun-bench-{os.getpid()}-{index}")
    os.mkdir(folder)
    read, write = os.pipe()
    try:
        child = os.fork()
        if child == 0:
            started = time.perf_counter()
            with open(os.path.join(folder, "cgroup.procs"), "w") as f:
                f.write(str(os.getpid()))
            os.write(write, repr(time.perf_counter() - started).encode())
            os._exit(0)
        os.waitpid(child, 0)
        return float(os.read(read, 64))
    finally:
        os.close(read)
        os.close(write)
        for attempt in range(100):
            try:
                os.rmdir(folder)
                break
            except OSError:
                time.sleep(0.001)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--joins", type=int, default=40)
    args = parser.parse_args()
    base = writable_base()
    if os.geteuid() != 0 or base is None:
        sys.exit("needs root and a writable pids cgroup")
    medians = {}
    for gap_ms in (0, 5, 20, 50):
        times = []
        for i in range(args.joins):
            times.append(one_join(base, i))
            time.sleep(gap_ms / 1000)
        medians[gap_ms] = statistics.median(times)
    for gap_ms, median in medians.items():
        print(f"idle {gap_ms:2d} ms before a join: median {median * 1000:6.2f} ms, "
              f"{median / medians[0]:6.1f} x no gap")


if __name__ == "__main__":
    main()
