"""What the server refuses before it does any work, and how it behaves when PostgreSQL is away.

- Text a learner sends may not hold a NUL character: PostgreSQL cannot store one, and the
  insert failed with a 500. Body fields are typed `Clean`; the URL (path and query) is
  checked by `nul_in_url`.
- Ids are PostgreSQL integers: one outside 1..2^31-1 is a 422 of its own, not an overflow.
- Joins are limited per address here (per cohort in `Cohorts.join`): a script that joins
  hundreds of times multiplies the per-learner submission limit.
- An outage of the database answers 503 with `Retry-After`, in JSON like every error, and
  logs one line per outage (not a traceback per request).
"""
from __future__ import annotations

import logging
import time
from collections import deque
from typing import Annotated
from urllib.parse import unquote

from fastapi import Path
from fastapi.responses import JSONResponse
from pydantic import AfterValidator

log = logging.getLogger("mlfun.server")

MAX_ID = 2 ** 31 - 1
Id = Annotated[int, Path(ge=1, le=MAX_ID)]


def _no_nul(text: str) -> str:
    if "\x00" in text:
        raise ValueError("must not contain a NUL character (\\x00)")
    return text


Clean = Annotated[str, AfterValidator(_no_nul)]


def nul_in_url(path: str, query: str) -> bool:
    return "\x00" in path or "\x00" in unquote(query)


def refused_nul() -> JSONResponse:
    return JSONResponse({"error": "the address holds a NUL character (%00)", "hint": "remove it"}, status_code=400)


class Outage:
    """Answers for the time the database cannot be reached. An outage is a run of database
    errors less than QUIET seconds apart: its first error is logged, the rest are not."""

    QUIET = 10.0
    RETRY_AFTER = 5

    def __init__(self):
        self.last_error = 0.0

    def answer(self, err: Exception) -> JSONResponse:
        now = time.monotonic()
        if now - self.last_error > self.QUIET:
            log.error("the database cannot be reached (%s); answering 503 until it is back",
                      str(err).splitlines()[0][:200] if str(err) else type(err).__name__)
        self.last_error = now
        return JSONResponse({"error": "the server's database is not reachable right now",
                             "hint": f"nothing you sent before was lost; try again in {self.RETRY_AFTER} seconds",
                             "retry_after": self.RETRY_AFTER},
                            status_code=503, headers={"Retry-After": str(self.RETRY_AFTER)})


class AddressLimit:
    """At most `per_minute` events a minute from one client address (kept in this process)."""

    def __init__(self, per_minute: int):
        self.per_minute = per_minute
        self.seen: dict[str, deque] = {}

    def allow(self, address: str) -> bool:
        now = time.monotonic()
        if len(self.seen) > 65536:
            self.seen.clear()
        recent = self.seen.setdefault(address, deque())
        while recent and now - recent[0] > 60.0:
            recent.popleft()
        if len(recent) >= self.per_minute:
            return False
        recent.append(now)
        return True
