"""Cohort tests run against a real PostgreSQL: MLFUN_TEST_POSTGRES_URL, or a throwaway cluster
started here from Debian's package. Without either they are skipped, saying why; CI installs
PostgreSQL and Chromium and sets MLFUN_REQUIRE_COHORT=1, which turns such a skip into a failure."""
from __future__ import annotations

import itertools
import os

import pytest

from .pgcluster import Cluster, Unavailable, create_database

_numbers = itertools.count()


@pytest.fixture(scope="session")
def postgres():
    named = os.environ.get("MLFUN_TEST_POSTGRES_URL")
    if named:
        yield named
        return
    try:
        cluster = Cluster().start()
    except Unavailable as err:
        missing(f"no PostgreSQL for the cohort tests: {err}")
    try:
        yield cluster.url
    finally:
        cluster.stop()


@pytest.fixture
def database_url(postgres) -> str:
    """A fresh database per test."""
    return create_database(postgres, f"mlfun_test_{os.getpid()}_{next(_numbers)}")


def missing(reason: str) -> None:
    if os.environ.get("MLFUN_REQUIRE_COHORT"):
        pytest.fail(reason + " (MLFUN_REQUIRE_COHORT is set)")
    pytest.skip(reason)
