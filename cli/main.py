"""`mlfun`: the entry point. The only place that turns errors into messages and exit codes;
the commands underneath (learn.py, author.py, cohort.py) have no error handling of their own.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

# The grader's own arrays are small (a few hundred rows): one BLAS thread is fastest, and on a
# busy 2-core machine OpenBLAS's thread pool made a 100x100 solve 45 ms instead of 0.01 ms.
# Set before anything imports NumPy; a value the user exported wins.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import click

from mlfun.grader.errors import MlfunError

from .app import Exit, mlfun          # its commands are imported when used (app.LazyGroup)


def main(argv: list[str] | None = None) -> None:
    """Run a command; map every outcome to an exit code, and every error to one sentence."""
    args = sys.argv[1:] if argv is None else argv
    try:
        code = mlfun.main(args=args, prog_name="mlfun", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("mlfun: cancelled", err=True)
        code = Exit.INTERRUPTED
    except KeyboardInterrupt:
        click.echo("\nmlfun: interrupted", err=True)
        code = Exit.INTERRUPTED
    except click.ClickException as err:
        err.show()
        code = err.exit_code
    except MlfunError as err:
        code = _report(err, "--json" in args)
    except Exception as err:    # noqa: BLE001 - a bug: say so in one sentence, keep the details
        code = _internal(err)
    sys.exit(int(code or 0))


def _report(err: MlfunError, as_json: bool) -> int:
    if as_json:
        click.echo(json.dumps({"error": str(err), "hint": err.hint}))
    else:
        click.echo(f"mlfun: {err}", err=True)
        if err.hint:
            click.echo(f"  hint: {err.hint}", err=True)
    return Exit.ERROR


def _internal(err: Exception) -> int:
    import tempfile
    import traceback

    log = Path(tempfile.gettempdir()) / "mlfun-crash.log"
    log.write_text("".join(traceback.format_exception(err)))
    click.echo(f"mlfun: internal error ({type(err).__name__}: {err}); details in {log}. "
               "Please report it.", err=True)
    return Exit.INTERNAL
