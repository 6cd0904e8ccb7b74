"""A cohort learner in Jupyter: after `mlfun login`, `%mlfun` talks to the cohort server exactly
as the terminal does (the server's workers grade; the attempt is the cohort's)."""
from __future__ import annotations

from notebook_support import Kernel

from .support import Server, Worker, environment, mlfun, mlfun_json
from .test_cohort import RIGHT, WRONG, create_cohort


def test_a_cohort_learner_submits_from_a_notebook_to_the_server(database_url, tmp_path):
    tokens = create_cohort(database_url, "notebooks")
    with Server(database_url) as server, Worker(database_url):
        env = environment(workspace=tmp_path / "ws", MLFUN_LEARNER="ignored-in-a-cohort")
        mlfun("login", server.url, tokens["join_token"], "--name", "ines", env=env, check=True)
        with Kernel(env, str(tmp_path)) as kernel:
            assert kernel.run("%load_ext mlfun.notebook").status == "ok"
            shown = kernel.run("%mlfun next")
            assert "matmul, topic linear-algebra" in shown.markdown
            wrong = kernel.run("%%mlfun submit matmul\n" + WRONG["transposed-operand"])
            assert kernel.run(RIGHT).status == "ok"                  # defined in the kernel, then
            right = kernel.run("%mlfun submit matmul")               # rebuilt from it and sent
            status = kernel.run("%mlfun status")
            refused = kernel.run("%mlfun next projection")
        history = mlfun_json("history", env=env)["attempts"]
    assert "Diagnosis: transposed-operand" in wrong.html and "attempt 1." in wrong.html
    assert "Passed</strong>: matmul" in right.html and "attempt 2." in right.html
    assert "Opened:</strong> projection" in right.html
    assert "✓ matmul" in status.text and "→ projection" in status.text
    assert refused.error["ename"] == "UsageError" and "follows a cohort server" in refused.error["evalue"]
    assert [(a["attempt"], a["passed"]) for a in history] == [(2, True), (1, False)]
