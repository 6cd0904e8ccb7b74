"""Cohort mode under load: 200 simulated learners submit softmax over loopback to one
`mlfun serve` (1,000 submissions: 5 each), graded by `mlfun worker` with 1 and then 2
grading processes; then the same 200 learners wait for verdicts with nothing to grade.

    python bench/cohort.py [--learners 200] [--each 5] [--clients 32]

Reports submissions graded per second, p50/p95 from submit to verdict, beside the
single-learner `mlfun submit` of the same solution timed in the same run (its cold-start
cost is what a cohort's warm workers avoid), and the CPU share of a core that the server,
PostgreSQL and an idle worker use while 200 learners wait. Everything here shares this
machine's cores: the server, PostgreSQL, the clients and the workers. Writes
bench/results/cohort.json.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from tests.cohort.pgcluster import Cluster, create_database  # noqa: E402
from tests.cohort.support import Server, Worker, cpu_seconds, descendants, environment, mlfun_json, request  # noqa: E402
from common import MLFUN, interleaved, write_json  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=200)
    parser.add_argument("--each", type=int, default=5, help="submissions per learner")
    parser.add_argument("--idle-seconds", type=float, default=100.0,
                        help="how long the learners wait in the waiting-cost run (two of the CLI's waits)")
    parser.add_argument("--clients", type=int, default=32, help="concurrent learner connections")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()

    from mlfun.grader.catalog import Catalog

    source = Catalog.load().exercise("softmax").reference.source
    cluster = Cluster().start()
    try:
        runs = {w: load(cluster, source, args.learners, args.each, args.clients, w) for w in args.workers}
        idle = waiting_cost(cluster, source, args.learners, args.idle_seconds)
    finally:
        cluster.stop()
    local = single_learner(source)
    report(runs, local, idle, args)


OPEN = ("--submissions-per-minute", "1000", "--joins-per-minute", "100000", "--joins-per-address", "100000")


def cohort_of(cluster: Cluster, name: str, learners: int):
    """A fresh database with a cohort of `learners` (softmax only), and its URL and join token."""
    url = create_database(cluster.url, name)
    env = environment(url)
    tokens = mlfun_json("cohort", "create", "bench", env=env)
    mlfun_json("cohort", "exercises", "bench", "softmax", env=env)
    return url, tokens


def join_all(server: Server, tokens: dict, learners: int) -> list[str]:
    return [json.loads(request(server.url + "/api/v1/join", "POST",
                               {"join_token": tokens["join_token"], "name": f"learner {i}"})[1])["token"]
            for i in range(learners)]


def load(cluster: Cluster, source: str, learners: int, each: int, clients: int, workers: int) -> dict:
    """One fresh database and server; every learner submits `each` times, one after another
    (a learner waits for a verdict before submitting again); times each submit to its verdict."""
    url, tokens = cohort_of(cluster, f"bench_{workers}", learners)
    with Server(url, *OPEN) as server:
        people = join_all(server, tokens, learners)
        with Worker(url, concurrency=workers) as worker:
            submit_and_wait(server, people[0], source)           # the workers are up and warm
            groups = {"server": [server.process.pid], "postgres": cluster.pids(),
                      "workers": [worker.process.pid, *descendants(worker.process.pid)]}
            cpu_before = {name: cpu_seconds(pids) for name, pids in groups.items()} | {"clients": _own_cpu()}
            machine_before = _machine_busy()
            started = time.perf_counter()
            with ThreadPoolExecutor(clients) as pool:
                latencies = list(pool.map(lambda token: submit_and_wait(server, token, source),
                                          [t for t in people for _ in range(each)]))
            elapsed = time.perf_counter() - started
            groups["workers"] = [worker.process.pid, *descendants(worker.process.pid)]
            cpu = {name: round((cpu_seconds(pids) - cpu_before[name]) / elapsed, 3) for name, pids in groups.items()}
            cpu["clients"] = round((_own_cpu() - cpu_before["clients"]) / elapsed, 3)
            cpu["whole machine"] = round((_machine_busy() - machine_before) / elapsed, 3)
    graded = len(latencies)
    return {"workers": workers, "graded": graded, "seconds": elapsed, "per_second": graded / elapsed,
            "per_second_per_worker": graded / elapsed / workers,
            "p50": statistics.median(latencies), "p95": statistics.quantiles(latencies, n=20)[18],
            "cores_used": cpu}


def _machine_busy() -> float:
    """Seconds of CPU every core of the machine has spent busy so far (/proc/stat). The groups
    above miss a sandbox's own processes, which the kernel reaps after their reaper dies and
    which are charged to no one; this counts them, and every kernel thread."""
    import os

    with open("/proc/stat") as f:
        ticks = [int(t) for t in f.readline().split()[1:]]
    idle = ticks[3] + ticks[4]                 # idle and iowait
    return (sum(ticks) - idle) / os.sysconf("SC_CLK_TCK")


def _own_cpu() -> float:
    import os

    times = os.times()
    return times.user + times.system


def waiting_cost(cluster: Cluster, source: str, learners: int, seconds: float) -> dict:
    """The share of a core used by the server and PostgreSQL while every learner waits for a
    verdict no worker gives yet, as `mlfun submit` waits (requests of VERDICT_WAIT seconds, one
    after another, the learners' first ones spread over one such wait), then by an idle worker
    and PostgreSQL; CPU time is counted per process."""
    import random

    from mlfun.cli.remote import VERDICT_WAIT

    url, tokens = cohort_of(cluster, "bench_idle", learners)
    with Server(url, *OPEN) as server:
        people = join_all(server, tokens, learners)
        numbers = [json.loads(request(server.url + "/api/v1/submissions", "POST",
                                      {"exercise": "softmax", "source": source}, token=t)[1])["submission"]
                   for t in people]
        time.sleep(2)
        watched = [server.process.pid, *cluster.pids()]
        stop = time.monotonic() + seconds

        def wait(pair):
            time.sleep(random.uniform(0, VERDICT_WAIT))
            while time.monotonic() < stop:
                request(f"{server.url}/api/v1/submissions/{pair[1]}?wait={VERDICT_WAIT}", token=pair[0])

        before, started = cpu_seconds(watched), time.monotonic()
        with ThreadPoolExecutor(learners) as pool:
            futures = [pool.submit(wait, pair) for pair in zip(people, numbers)]
            time.sleep(max(0.0, stop - time.monotonic()))
            waiting = (cpu_seconds(watched) - before) / (time.monotonic() - started)
            for future in futures:
                future.result()
        with Worker(url) as worker:
            time.sleep(20)                                    # grades the queued ones, then idles
            watched = [worker.process.pid, *descendants(worker.process.pid), *cluster.pids()]
            before, started = cpu_seconds(watched), time.monotonic()
            time.sleep(min(seconds, 30))
            idle = (cpu_seconds(watched) - before) / (time.monotonic() - started)
    return {"learners_waiting": learners, "seconds": seconds, "server_and_postgres_cpu": waiting,
            "idle_worker_and_postgres_cpu": idle}


def submit_and_wait(server: Server, token: str, source: str) -> float:
    started = time.perf_counter()
    code, body = request(server.url + "/api/v1/submissions", "POST", {"exercise": "softmax", "source": source},
                         token=token)
    assert code == 202, body
    number = json.loads(body)["submission"]
    while True:
        verdict = json.loads(request(f"{server.url}/api/v1/submissions/{number}?wait=50", token=token)[1])
        if verdict["state"] == "graded":
            assert verdict["result"]["passed"], verdict
            return time.perf_counter() - started


def single_learner(source: str) -> dict:
    """`mlfun submit softmax` on this machine, cold, as one learner alone would run it."""
    with tempfile.TemporaryDirectory() as tmp:
        sys.path.insert(0, str(HERE))
        from run import _open_softmax
        from common import environment as local_environment

        workspace = Path(tmp)
        env = local_environment(workspace)
        import subprocess

        subprocess.run([MLFUN, "next", "--json"], env=env, capture_output=True, check=True)
        _open_softmax(workspace, env)
        return interleaved({"mlfun submit softmax": [MLFUN, "submit", "softmax", "--json"]}, 7, env=env)


def report(runs: dict, local: dict, idle: dict, args) -> None:
    alone = local["mlfun submit softmax"]
    lines = [f"cohort load: {args.learners} learners x {args.each} submissions, {args.clients} concurrent "
             "connections, softmax reference",
             f"{'workers':>8} {'graded':>7} {'graded/s':>9} {'per worker':>11} {'p50 s':>7} {'p95 s':>7} "
             f"{'p50 / alone':>12}"]
    for w, r in runs.items():
        lines.append(f"{w:>8} {r['graded']:>7} {r['per_second']:>9.1f} {r['per_second_per_worker']:>11.1f} "
                     f"{r['p50']:>7.3f} {r['p95']:>7.3f} {r['p50'] / alone:>12.2f}")
    for w, r in runs.items():
        lines.append(f"  cores used with {w} grading process(es): " +
                     ", ".join(f"{name} {share:.2f}" for name, share in r["cores_used"].items()))
    lines.append(f"single learner, local `mlfun submit softmax` (cold process, same run): {alone:.3f} s")
    lines.append(f"{idle['learners_waiting']} learners waiting, nothing to grade: server + PostgreSQL use "
                 f"{idle['server_and_postgres_cpu']:.1%} of a core; an idle worker + PostgreSQL "
                 f"{idle['idle_worker_and_postgres_cpu']:.1%} (goal: under 5%)")
    lines.append("goal: at least 30 graded per second with 2 grading processes")
    print("\n".join(lines))
    write_json("cohort", {"runs": runs, "single_learner_submit": alone, "learners": args.learners,
                          "each": args.each, "clients": args.clients, "waiting": idle})


if __name__ == "__main__":
    main()
