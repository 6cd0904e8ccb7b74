"""A real Jupyter kernel (ipykernel, over jupyter_client's messaging) for the notebook tests and
bench/notebook_submit.py: run a cell as a notebook front end would, and read what it showed."""
from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass
class Cell:
    """What one executed cell produced: its reply status, outputs, payloads and wall time."""
    status: str
    seconds: float
    outputs: list = field(default_factory=list)       # iopub messages' contents, by type
    payload: list = field(default_factory=list)       # e.g. set_next_input
    error: dict | None = None

    def _data(self, mime: str) -> list[str]:
        return [o["data"][mime] for kind, o in self.outputs
                if kind in ("execute_result", "display_data") and mime in o.get("data", {})]

    @property
    def html(self) -> str:
        return "\n".join(self._data("text/html"))

    @property
    def markdown(self) -> str:
        return "\n".join(self._data("text/markdown"))

    @property
    def text(self) -> str:
        streams = [o["text"] for kind, o in self.outputs if kind == "stream"]
        return "\n".join(self._data("text/plain") + streams)


class Kernel:
    """`python3` (this interpreter's ipykernel) started with the given environment and folder."""

    def __init__(self, env: dict, cwd: str):
        self.env, self.cwd = env, cwd

    def __enter__(self) -> "Kernel":
        from jupyter_client.manager import start_new_kernel

        self.manager, self.client = start_new_kernel(kernel_name="python3", startup_timeout=60,
                                                     env=self.env, cwd=self.cwd)
        return self

    def __exit__(self, *exc) -> None:
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=True)

    def run(self, code: str, timeout: float = 60) -> Cell:
        outputs = []

        def keep(message):
            kind = message["header"]["msg_type"]
            if kind in ("execute_result", "display_data", "stream", "error"):
                outputs.append((kind, message["content"]))

        started = time.perf_counter()
        reply = self.client.execute_interactive(code, timeout=timeout, output_hook=keep, allow_stdin=False)
        seconds = time.perf_counter() - started
        content = reply["content"]
        failed = content["status"] == "error"
        error = {"ename": content.get("ename"), "evalue": content.get("evalue")} if failed else None
        return Cell(content["status"], seconds, outputs, content.get("payload", []), error)

    def value(self, expression: str):
        """A Python literal the kernel computes (its repr, read back)."""
        import ast

        cell = self.run(expression)
        assert cell.status == "ok", cell.error
        return ast.literal_eval(cell._data("text/plain")[0])
