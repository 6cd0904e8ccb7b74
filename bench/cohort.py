"""Cohort mode under load: 200 simulated learners submit softmax over loopback to one
`mlfun serve`, graded by `mlfun worker` with 1 and then 2 grading processes.

    python bench/cohort.py [--learners 200] [--clients 32]

Reports submissions graded per second per worker process, and p50/p95 from submit to
verdict, beside the single-learner `mlfun submit` of the same solution timed in the same
run (its cold-start cost is what a cohort's warm workers avoid). Everything here shares
this machine's cores: the server, PostgreSQL, the 200 clients and the workers. Writes
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
from tests.cohort.support import Server, Worker, environment, mlfun_json, request  # noqa: E402
from common import MLFUN, interleaved, write_json  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=200)
    parser.add_argument("--clients", type=int, default=32, help="concurrent learner connections")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()

    from mlfun.grader.catalog import Catalog

    source = Catalog.load().exercise("softmax").reference.source
    cluster = Cluster().start()
    try:
        runs = {w: load(cluster, source, args.learners, args.clients, w) for w in args.workers}
    finally:
        cluster.stop()
    local = single_learner(source)
    report(runs, local, args)


def load(cluster: Cluster, source: str, learners: int, clients: int, workers: int) -> dict:
    """One fresh database and server; every learner submits once; times each submit to its verdict."""
    url = create_database(cluster.url, f"bench_{workers}")
    env = environment(url)
    tokens = mlfun_json("cohort", "create", "bench", env=env)
    mlfun_json("cohort", "exercises", "bench", "softmax", env=env)
    with Server(url, "--submissions-per-minute", "1000") as server:
        people = [json.loads(request(server.url + "/api/v1/join", "POST",
                                     {"join_token": tokens["join_token"], "name": f"learner {i}"})[1])["token"]
                  for i in range(learners)]
        with Worker(url, concurrency=workers):
            submit_and_wait(server, people[0], source)           # the workers are up and warm
            started = time.perf_counter()
            with ThreadPoolExecutor(clients) as pool:
                latencies = list(pool.map(lambda token: submit_and_wait(server, token, source), people[1:]))
            elapsed = time.perf_counter() - started
    graded = len(latencies)
    return {"workers": workers, "graded": graded, "seconds": elapsed, "per_second": graded / elapsed,
            "per_second_per_worker": graded / elapsed / workers,
            "p50": statistics.median(latencies), "p95": statistics.quantiles(latencies, n=20)[18]}


def submit_and_wait(server: Server, token: str, source: str) -> float:
    started = time.perf_counter()
    code, body = request(server.url + "/api/v1/submissions", "POST", {"exercise": "softmax", "source": source},
                         token=token)
    assert code == 202, body
    number = json.loads(body)["submission"]
    while True:
        verdict = json.loads(request(f"{server.url}/api/v1/submissions/{number}?wait=30", token=token)[1])
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


def report(runs: dict, local: dict, args) -> None:
    alone = local["mlfun submit softmax"]
    lines = [f"cohort load: {args.learners} learners, {args.clients} concurrent connections, softmax reference",
             f"{'workers':>8} {'graded':>7} {'graded/s':>9} {'per worker':>11} {'p50 s':>7} {'p95 s':>7} "
             f"{'p50 / alone':>12}"]
    for w, r in runs.items():
        lines.append(f"{w:>8} {r['graded']:>7} {r['per_second']:>9.1f} {r['per_second_per_worker']:>11.1f} "
                     f"{r['p50']:>7.3f} {r['p95']:>7.3f} {r['p50'] / alone:>12.2f}")
    lines.append(f"single learner, local `mlfun submit softmax` (cold process, same run): {alone:.3f} s")
    lines.append("goal: >= 10 softmax submissions graded per second per worker core")
    print("\n".join(lines))
    write_json("cohort", {"runs": runs, "single_learner_submit": alone, "learners": args.learners,
                          "clients": args.clients})


if __name__ == "__main__":
    main()
