"""mlfun in Jupyter: `%load_ext mlfun.notebook`, then `%mlfun next`, `%mlfun submit ID`, ...

The extension is `mlfun.notebook`, not `mlfun`: `mlfun` is a namespace package (pyproject.toml
maps each of its parts to a folder and there is no mlfun/__init__.py), so it has no module of
its own where IPython could find `load_ipython_extension`. Giving it one would make every
`import mlfun.*` run that file first, and the CLI's start-up pays for every import.
"""
from __future__ import annotations

_session = None


def load_ipython_extension(ipython) -> None:
    """Register the %mlfun magic and start warming the grader (IPython calls this on %load_ext)."""
    global _session
    from .magics import MlfunMagics
    from .session import NotebookSession

    if _session is None:
        _session = NotebookSession()
    ipython.register_magics(MlfunMagics(ipython, _session))
    try:
        _session.warm_up()
    except Exception:       # noqa: BLE001 - a workspace problem is reported by the first command
        pass


def unload_ipython_extension(ipython) -> None:
    """Stop the warm zygote (IPython calls this on %unload_ext)."""
    global _session
    if _session is not None:
        _session.close()
        _session = None
