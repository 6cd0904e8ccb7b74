"""Hostile submissions to `softmax`, graded through the public `grade()`.

Each test asserts the precise verdict a learner would read, that `grade()` returned within
its limit, and (through the `hostile` fixture) that no process of the sandbox survived.
Limits are small (1 s, or 0.5 s where a limit is the point) to keep the suite fast; the
messages quote them.

Every grader bug this suite found (a writable root after remounting, symlinked or FIFO
calls files, forged result frames, misreported signals, a reachable reference, unlimited
forks, ...) was fixed; each test guards against its return.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
from pathlib import Path

import pytest
from .hostile_support import CORRECT, SLACK, SUBMISSIONS, expect, strays, submission

# -- a table of submissions whose whole story is the verdict -------------------------------

TIMED_OUT = "your code timed out after 0.5 s in case 1"
VERDICTS = {
    # time
    "loop_in_function.py": [TIMED_OUT],
    "busy_c_dot_loop.py": [TIMED_OUT],
    "busy_c_linalg.py": [TIMED_OUT],
    "sleep_in_function.py": [TIMED_OUT],
    "sigterm_ignored.py": [TIMED_OUT],
    "sigstop_self.py": [TIMED_OUT],
    "loop_at_import.py": ["your code used more than 0.5 s of CPU time while your module was being imported"],
    # exits and exceptions that are not Exceptions
    "sys_exit_in_function.py": ["raised SystemExit at line 5 of softmax.py: 0"],
    "os_exit_in_function.py": ["your code exited in case 1, public example 'one vector' (x: (3,) float64), without returning a result (exit code 0)"],
    "os_exit_at_import.py": ["your code exited without returning a result (exit code 3)"],
    "sys_exit_at_import.py": ["softmax.py could not be imported: it raised SystemExit at line 3 of softmax.py"],
    "keyboard_interrupt.py": ["raised KeyboardInterrupt at line 2 of softmax.py: pretend the user pressed Ctrl-C"],
    "base_exception_subclass.py": ["raised Escape at line 6 of softmax.py: past the harness"],
    "missing_module.py": ["softmax.py could not be imported: it raised ModuleNotFoundError at line 2 of softmax.py: "
                          "No module named 'numpy_but_faster_and_correct'"],
    # memory and stack
    "memory_bomb.py": ["ran out of memory at line 5 of softmax.py: the limit is 1024 MiB"],
    "recursion_bomb.py": ["recursed too deeply at line 2 of softmax.py (maximum recursion depth exceeded)"],
    "c_recursion_bomb.py": ["your code crashed with a segmentation fault in case 1"],
    # what crosses the boundary
    "lying_subclass.py": ["raised WireError: a Liar (a subclass of numpy.ndarray) was returned"],
    "object_array.py": ["raised WireError: an array of dtype object was returned"],
    "returns_dict.py": ["out got a dict, expected a numpy array"],
    "returns_none.py": ["out got None, expected a numpy array"],
    "modifies_input.py": ["your code changed its input 'x' in place"],
    "float32_result.py": ["out has dtype float32, expected float64: precision is lost"],
    "float32_scalar.py": ["out has shape (), expected (3,)"],
    "monkeypatch_numpy.py": ["out differs at", "got 0.25, expected"],
    "close_stdout_stderr.py": ["out differs at", "got 0, expected"],
    "fd_guess.py": ["wrote to the grader's private result channel"],
}


@pytest.mark.parametrize("name", sorted(VERDICTS))
def test_verdict(name, hostile):
    limited = any(f.startswith("your code timed out") or "CPU time" in f for f in VERDICTS[name])
    wall = 0.5 if limited else 1.0                  # time limits are exercised at 0.5 s, to save time
    graded = hostile.grade(submission(name), wall=wall, cpu=wall)
    expect(graded, *VERDICTS[name])
    if limited:
        assert graded.seconds >= 0.5, f"a 0.5 s limit fired after {graded.seconds:.2f} s"
    hostile.no_strays()
    assert hostile.leftover_workdirs() == [], "the private work folder was not removed"


def test_sleep_at_import(hostile, monkeypatch):
    """The import gets STARTUP_SECONDS + the wall limit (20 s + 10 s by default): shortened here."""
    import mlfun.grader.sandbox as sandbox

    monkeypatch.setattr(sandbox, "STARTUP_SECONDS", 1.5)
    graded = hostile.grade(submission("sleep_at_import.py"), wall=0.5, budget=2.0 + SLACK)
    expect(graded, "your module did not finish importing within 2 s")     # start-up allowance + limit
    assert graded.seconds >= 2.0
    hostile.no_strays()


# -- output ------------------------------------------------------------------------------


def test_output_flood(hostile):
    graded = hostile.grade(submission("output_flood.py"))
    expect(graded, "your code printed more than 1 MiB in case 1, public example 'one vector' (x: (3,) float64); print less (or nothing)")
    assert graded.result.output.startswith("spam spam")
    assert len(graded.result.output) <= 16 << 10, "the kept output is not capped"


def test_a_timeout_names_the_case_and_the_line_that_was_running(hostile):
    """At the time limit the child is asked where it is before it is killed (issue 19): the
    learner reads which case and which of their lines never finished."""
    graded = hostile.grade(submission("loop_in_function.py"), wall=0.5)
    expect(graded, "your code timed out after 0.5 s in case 1, public example 'one vector' (x: (3,) float64); "
                   "it was running line 2 of softmax.py, in softmax: while True:")


def test_a_timeout_in_c_code_that_cannot_answer_is_still_a_timeout(hostile):
    """A loop inside one long C call cannot run the child's handler: after a short grace the
    child is killed, and the CPU limit it may reach meanwhile is not blamed."""
    graded = hostile.grade(submission("busy_c_linalg.py"), wall=0.5, cpu=0.8)
    expect(graded, "your code timed out after 0.5 s in case 1")


def test_fake_verdict_in_output(hostile):
    graded = hostile.grade(submission("fake_verdict.py"))
    expect(graded, "out differs at", "got 0.5, expected")
    assert '"passed": true' in graded.result.output            # shown as output, believed by nobody
    assert graded.result.failure is None


# -- processes ---------------------------------------------------------------------------


def test_kill_parent_and_search_proc(hostile):
    marker = f"mlfun-hostile-decoy-{uuid.uuid4().hex[:10]}"
    decoy = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", marker])
    try:
        graded = hostile.grade(submission("kill_parent.py", grader_pid=os.getpid(), decoy_pid=decoy.pid,
                                          marker=marker))
        expect(graded, "out differs at")
        time.sleep(0.2)
        assert decoy.poll() is None, "the sandbox killed a process outside it"
        assert "signalled %d" % decoy.pid not in graded.result.output
        assert "signalled %d" % os.getpid() not in graded.result.output
    finally:
        decoy.kill()
        decoy.wait()


def test_fork_bomb_leaves_no_process(hostile):
    graded = hostile.grade(submission("fork_bomb.py"), wall=5)
    expect(graded, "out differs at", "got 0, expected")
    assert "forked" in graded.result.output or "fork refused" in graded.result.output
    hostile.no_strays()


def test_fork_bomb_is_limited(hostile):
    graded = hostile.grade(submission("fork_bomb.py"), wall=5)
    line = next(l for l in graded.result.output.splitlines() if l.startswith("forked"))
    assert int(line.split()[1]) <= 40, line


def test_setsid_double_fork_leaves_no_process(hostile):
    graded = hostile.grade(submission("setsid_fork.py"))
    expect(graded, "out differs at", "got 0, expected")
    hostile.no_strays()


def test_a_forked_copy_returning_into_the_harness_never_speaks_for_the_child(hostile):
    """A fork of the learner's process that returns (or raises) into the harness exits at its first
    message: the verdict is the original process's, not a race between copies."""
    graded = hostile.grade(submission("fork_returns.py"), wall=5, cpu=5)
    assert graded.result.passed, graded.failure_text
    hostile.no_strays()


def test_background_thread(hostile):
    graded = hostile.grade(submission("background_thread.py"))
    expect(graded, "out differs at", "got 0.5, expected")
    assert graded.seconds < 1.0 + SLACK
    hostile.no_strays()


def test_self_sigkill(hostile):
    graded = hostile.grade(submission("self_sigkill.py"))
    expect(graded, "was killed in case 1")
    assert "Traceback" not in graded.result.output


def test_close_result_channel(hostile):
    graded = hostile.grade(submission("close_result_channel.py"))
    expect(graded, "result channel")
    assert "Traceback" not in graded.result.output


# -- the result channel ------------------------------------------------------------------


def test_forged_well_formed_frame(hostile):
    graded = hostile.grade(submission("forged_frames.py", variant="well-formed duplicate"))
    expect(graded, "wrote to the grader's private result channel")


def test_result_channel_message_is_a_sentence(hostile):
    graded = hostile.grade(submission("fd_guess.py"))
    assert "your code the grader's" not in graded.result.failure


def test_partial_frame_on_result_channel(hostile):
    graded = hostile.grade(submission("fd_partial_frame.py"))
    expect(graded, "result channel")


FORGED_CRASHES = {
    "load_error without error": "KeyError 'error' in _Collector.on_load (message['error'])",
    "load_error without type": "KeyError 'type' in Plan._early_failure (error['type'])",
    "missing not a list": "TypeError in _Collector.on_load (list(message['missing']) of an int)",
    "missing not strings": "TypeError in Plan._early_failure (', '.join of ints)",
    "error without type": "KeyError 'type' in checks.error_text, from RunsCheck.evaluate",
    "inputs_after not a dict": "AttributeError in UnmodifiedCheck.evaluate (a list has no .get)",
}


@pytest.mark.parametrize("variant", [
    pytest.param(variant, id=variant) for variant in sorted(FORGED_CRASHES)])
def test_forged_frames(variant, hostile):
    """Frames made with the grader's own encoder (mlfun.grader.wire is importable in the sandbox),
    written to the fd named by the child's argv[1]: each must end as a tampering verdict."""
    graded = hostile.grade(submission("forged_frames.py", variant=variant))
    expect(graded, "wrote to the grader's private result channel")


# -- files -------------------------------------------------------------------------------


def _assert_no_escape(paths, sandbox_root):
    escaped = [str(p) for p in paths if os.path.lexists(p)]
    escaped += [str(p) for p in sandbox_root.rglob("escape-*")]
    assert not escaped, f"files written outside the sandbox: {escaped}"


def test_writes_outside_the_sandbox(hostile, escape_paths, sandbox_root):
    graded = hostile.grade(submission("escape_writes.py", targets=[str(p) for p in escape_paths], remount=False))
    expect(graded, "out differs at")
    assert "ESCAPED" not in graded.result.output
    _assert_no_escape(escape_paths, sandbox_root)
    assert hostile.leftover_workdirs() == [], "inside.txt: the private work folder was not removed"


def test_writes_outside_the_sandbox_after_remount(hostile, escape_paths, sandbox_root):
    graded = hostile.grade(submission("escape_writes.py", targets=[str(p) for p in escape_paths], remount=True))
    assert not graded.result.passed
    _assert_no_escape(escape_paths, sandbox_root)


def test_symlinked_calls_file(hostile, escape_paths):
    target = escape_paths[0]
    graded = hostile.grade(submission("symlink_calls_file.py", target=str(target)))
    assert not graded.result.passed
    assert not os.path.lexists(target), f"the grader wrote {target} through the learner's symlink"


def test_directory_as_calls_file(hostile):
    """The learner's folder is a private scratch folder beside, not in, the harness's files:
    the directory lands there, grading goes on normally, and the wrong softmax fails."""
    graded = hostile.grade(submission("dir_calls_file.py"))
    assert not graded.result.passed
    assert graded.result.failure is None and "values on hidden cases" in {c.name for c in graded.result.checks}


def test_fifo_as_calls_file(softmax_exercise, sandbox_root, tmp_path):
    """Run in a subprocess so that the hang is bounded; TMPDIR keeps its work folder ours."""
    path = tmp_path / "fifo_calls_file.py"
    path.write_bytes(submission("fifo_calls_file.py"))
    script = textwrap.dedent(f"""
        import dataclasses
        from mlfun.grader.catalog import Catalog
        from mlfun.grader.grade import grade
        from mlfun.grader.model import Limits
        ex = dataclasses.replace(Catalog.load().exercise("softmax"), limits=Limits(1, 1, 1 << 30, 1 << 20))
        r = grade(ex, open({str(path)!r}, "rb").read(), 1)
        print("FAILURE", r.failure)
    """)
    env = dict(os.environ, TMPDIR=str(sandbox_root), MLFUN_SANDBOX_DIR=str(sandbox_root))
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE, text=True)
    try:
        out, _ = proc.communicate(timeout=1.0 + SLACK)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        assert not strays(str(sandbox_root), wait=5), "the hung grade left sandbox processes"
        pytest.fail(f"grade() did not return within {time.monotonic() - started:.0f} s")
    assert proc.returncode == 0 and "FAILURE" in out


# -- the progress database ---------------------------------------------------------------


@pytest.fixture(scope="module")
def progress_db_template(tmp_path_factory):
    """A real workspace database (schema by the store itself) with one recorded attempt."""
    from mlfun.db.store import Store, default_url
    from mlfun.grader.result import CheckResult, Result

    workspace = tmp_path_factory.mktemp("template") / "ws"
    (workspace / ".mlfun").mkdir(parents=True)
    store = Store(default_url(workspace))
    learner = store.learner("victim")
    store.record(learner, Result(exercise="softmax", passed=True, checks=(CheckResult("values", True, "ok"),),
                                 diagnosis=(), seed=1, content_hash="x", duration=0.1), "the victim's source")
    store.close()
    with sqlite3.connect(workspace / ".mlfun" / "progress.db") as conn:      # fold the WAL into the file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return (workspace / ".mlfun" / "progress.db").read_bytes()


@pytest.fixture()
def progress_db(tmp_path, progress_db_template):
    """A copy of the template in a fresh workspace; yields (path, check) where check() asserts
    the database is still there, byte for byte, and sound."""
    path = tmp_path / "ws" / ".mlfun" / "progress.db"
    path.parent.mkdir(parents=True)
    path.write_bytes(progress_db_template)
    digest = hashlib.sha256(progress_db_template).hexdigest()

    def check():
        assert path.exists(), "the progress database was deleted"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, "the progress database was changed"
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("SELECT count(*) FROM attempt").fetchone()[0] == 1

    return path, check


def test_progress_database_tamper(hostile, progress_db):
    path, check = progress_db
    graded = hostile.grade(submission("progress_db_tamper.py", db=str(path), remount=False))
    expect(graded, "out differs at")
    assert "DAMAGED" not in graded.result.output and "WRITABLE" not in graded.result.output, graded.result.output
    check()


def test_progress_database_tamper_after_remount(hostile, progress_db):
    path, check = progress_db
    graded = hostile.grade(submission("progress_db_tamper.py", db=str(path), remount=True))
    assert not graded.result.passed
    check()


def test_progress_database_via_symlinked_calls_file(hostile, progress_db):
    path, check = progress_db
    graded = hostile.grade(submission("symlink_calls_file.py", target=str(path)))
    assert not graded.result.passed
    check()


# -- what the sandbox can see ------------------------------------------------------------


def test_network(hostile):
    graded = hostile.grade(submission("socket_connect.py"))
    expect(graded, "out differs at")
    out = graded.result.output
    assert "CONNECTED" not in out and "RESOLVED" not in out and "SENT UDP" not in out, out
    assert out.count("refused") == 5, out
    assert graded.seconds < 1.0 + SLACK          # no connect waited for its 30 s timeout


def test_parent_memory_is_unreachable(hostile):
    graded = hostile.grade(submission("parent_memory.py", grader_pid=os.getpid()))
    expect(graded, "out differs at")
    assert "LEAK" not in graded.result.output, graded.result.output


def test_reference_is_unreachable(hostile):
    graded = hostile.grade(submission("reference_reachable.py"))
    assert "READ REFERENCE" not in graded.result.output
    expect(graded, "out differs at")


def test_host_processes_are_invisible(hostile):
    graded = hostile.grade(submission("host_processes.py", grader_pid=os.getpid()))
    assert "SEES GRADER" not in graded.result.output, graded.result.output


def test_secret_files_are_unreadable(hostile):
    graded = hostile.grade(submission("secret_files.py"))
    assert "READ /etc/shadow" not in graded.result.output or "READ /etc/shadow 0 bytes" in graded.result.output, \
        graded.result.output                                   # an empty file in its place is fine


# -- files that never reach the sandbox --------------------------------------------------

STATIC = {
    "syntax error at line 4": (b"import numpy as np\n\n\ndef softmax(x, axis=-1)\n    return x\n",
                               "SyntaxError at line 4 of softmax.py: expected ':'"),
    "empty": (b"", "softmax.py is empty: it must define softmax"),
    "only whitespace": (b" \n\t\n\n", "softmax.py is empty: it must define softmax"),
    "not UTF-8": (b"# caf\xe9 cr\xe8me\ndef softmax(x, axis=-1):\n    return x\n",
                  "softmax.py is not UTF-8 text (byte 0xe9 at position 5)"),
    "nested too deeply to parse": (("y = " + "1+" * 200000 + "1\ndef softmax(x, axis=-1):\n    return x\n").encode(),
                                   "softmax.py cannot be parsed"),
}


@pytest.mark.parametrize("case", sorted(STATIC))
def test_static_rejection(case, hostile):
    source, message = STATIC[case]
    graded = hostile.grade(source, budget=5.0)
    expect(graded, message)
    assert graded.result.protections == ()        # rejected before any sandbox started


def test_null_byte(hostile):
    graded = hostile.grade(b"def softmax(x, axis=-1):\n    return x\x00\n", budget=5.0)
    expect(graded, "contains a NUL byte")
    assert "line None" not in graded.failure_text


def test_utf8_bom_is_accepted(hostile):
    graded = hostile.grade(b"\xef\xbb\xbf" + CORRECT)
    assert graded.result.passed, graded.failure_text


def test_correct_solution_still_passes(hostile):
    """The control: the same limits and harness pass the reference."""
    graded = hostile.grade(CORRECT)
    assert graded.result.passed, graded.failure_text
    assert any("network" in p for p in graded.result.protections), graded.result.protections


def test_every_submission_file_is_used():
    used = set(VERDICTS) | {
        "sleep_at_import.py", "output_flood.py", "fake_verdict.py", "kill_parent.py", "fork_bomb.py",
        "setsid_fork.py", "fork_returns.py", "background_thread.py", "self_sigkill.py",
        "close_result_channel.py", "forged_frames.py", "fd_partial_frame.py", "escape_writes.py", "symlink_calls_file.py",
        "dir_calls_file.py", "fifo_calls_file.py", "progress_db_tamper.py", "socket_connect.py",
        "parent_memory.py", "reference_reachable.py", "host_processes.py", "secret_files.py",
        "peek_other_sandboxes.py", "find_secrets.py"}
    assert sorted(p.name for p in SUBMISSIONS.glob("*.py")) == sorted(used)


def test_a_sandbox_cannot_see_other_sandboxes(hostile, sandbox_root):
    """Grades run side by side (a cohort worker's processes) never see each other's folders: not
    one made before this sandbox started, nor one made while it runs."""
    from mlfun.grader.sandbox import work_root

    victim = Path(tempfile.mkdtemp(prefix="mlfun-victim-", dir=work_root()))
    (victim / "softmax.py").write_text("SECRET SOLUTION OF ANOTHER LEARNER")
    try:
        graded = hostile.grade(submission("peek_other_sandboxes.py", victim=str(victim / "softmax.py")))
    finally:
        shutil.rmtree(victim)
    assert graded.result.passed, [c.message for c in graded.result.checks if not c.passed]
    assert "SAW" not in graded.result.output
