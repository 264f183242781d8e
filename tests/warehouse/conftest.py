"""Fixtures for the warehouse tests (batches are built in warehouse_batches.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from warehouse_batches import batch_one, batch_two
from models.records import LoadBatch


@pytest.fixture
def first_batch() -> LoadBatch:
    return batch_one()


@pytest.fixture
def second_batch() -> LoadBatch:
    return batch_two()


@pytest.fixture
def warehouse_path(tmp_path: Path) -> Path:
    return tmp_path / "wh" / "test.duckdb"
